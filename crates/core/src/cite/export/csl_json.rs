//! CSL-JSON export: one `article-newspaper` record per article the selection
//! quotes, for Zotero, Pandoc or any citeproc tool.

use std::io::Write;

use chrono::NaiveDate;

use super::{ExportError, Selection};
use crate::cite::CslItem;

/// The CSL id of a library article: stable across exports.
pub fn csl_id(article_id: i64) -> String {
    format!("article-{article_id}")
}

pub fn csl_items(selection: &Selection, accessed: NaiveDate) -> Vec<CslItem> {
    let mut seen = std::collections::HashSet::new();
    selection
        .quotes
        .iter()
        .filter(|q| seen.insert(q.article_id))
        .map(|q| CslItem::from_article(csl_id(q.article_id), &selection.article_of(q), accessed))
        .collect()
}

pub fn write_csl_json<W: Write>(
    selection: &Selection,
    accessed: NaiveDate,
    mut out: W,
) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut out, &csl_items(selection, accessed))?;
    out.write_all(b"\n")?;
    Ok(())
}
