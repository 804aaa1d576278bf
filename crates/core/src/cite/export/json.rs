//! JSON export: an array of the library's quote objects, exactly as
//! `quotebook quotes --json` lists them (unknown values are `null`).

use std::io::{Read, Write};

use super::ExportError;
use crate::store::QuoteRecord;

pub fn write_json<W: Write>(quotes: &[QuoteRecord], mut out: W) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut out, quotes)?;
    out.write_all(b"\n")?;
    Ok(())
}

pub fn read_json<R: Read>(input: R) -> Result<Vec<QuoteRecord>, ExportError> {
    Ok(serde_json::from_reader(input)?)
}
