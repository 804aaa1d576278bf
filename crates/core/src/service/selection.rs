//! What can be done to several quotes at once: export them, cite them,
//! verify or delete them, and undo that as one step.

use std::collections::BTreeMap;
use std::path::Path;

use crate::cite::export::{export, ExportError, ExportFormat, ExportOptions, Selection};
use crate::cite::{cite_stored_as, Citation, CiteOptions, StyleChoice};
use crate::store::{Change, Library, QuoteStatus, StoreError};
use crate::Error;

/// The quotes with these ids (in that order; ids no longer in the library
/// left out), with their articles.
pub fn selection_of(library: &Library, ids: &[i64]) -> Result<Selection, StoreError> {
    let quotes = library.quotes_by_ids(ids)?;
    let mut articles = BTreeMap::new();
    for q in &quotes {
        if let std::collections::btree_map::Entry::Vacant(slot) = articles.entry(q.article_id) {
            slot.insert(library.article(q.article_id)?.meta);
        }
    }
    Ok(Selection { quotes, articles })
}

/// Writes the chosen quotes to `path` in `format`; returns how many.
pub fn export_selection(
    library: &Library,
    ids: &[i64],
    format: ExportFormat,
    options: &ExportOptions,
    path: &Path,
) -> Result<usize, Error> {
    let selection = selection_of(library, ids)?;
    let file = std::fs::File::create(path).map_err(|source| ExportError::File {
        path: path.display().to_string(),
        source,
    })?;
    export(&selection, format, options, std::io::BufWriter::new(file))?;
    Ok(selection.quotes.len())
}

/// The citations of the chosen quotes, one paragraph each, in the order
/// chosen.
pub fn cite_selection(
    library: &Library,
    ids: &[i64],
    style: &StyleChoice,
    options: &CiteOptions,
) -> Result<Citation, Error> {
    let mut all = Citation {
        text: String::new(),
        html: String::new(),
        markdown: String::new(),
    };
    for (i, &id) in ids.iter().enumerate() {
        let one = cite_stored_as(library, id, style, options)?;
        if i > 0 {
            all.text.push_str("\n\n");
            all.markdown.push_str("\n\n");
        }
        all.text.push_str(&one.text);
        all.markdown.push_str(&one.markdown);
        all.html.push_str(&format!("<p>{}</p>", one.html));
    }
    Ok(all)
}

/// Sets the status of every chosen quote; returns how many changed. Each
/// is one change in the log; [`undo_changes`] with that count undoes them.
pub fn set_status_of(
    library: &mut Library,
    ids: &[i64],
    status: QuoteStatus,
) -> Result<usize, StoreError> {
    // Quotes deleted meanwhile (by another window) are left alone.
    let live = library.quotes_by_ids(ids)?;
    let mut changed = 0;
    for quote in live.iter().filter(|q| q.status != status) {
        library.set_status(quote.id, status, None)?;
        changed += 1;
    }
    Ok(changed)
}

/// Deletes every chosen quote (those not deleted already); returns how many.
pub fn delete_quotes(library: &mut Library, ids: &[i64]) -> Result<usize, StoreError> {
    let live = library.quotes_by_ids(ids)?;
    for quote in &live {
        library.delete_quote(quote.id)?;
    }
    Ok(live.len())
}

/// Undoes the latest `count` changes (a step done to a selection), newest
/// first; returns them.
pub fn undo_changes(library: &mut Library, count: usize) -> Result<Vec<Change>, StoreError> {
    let mut undone = Vec::with_capacity(count);
    for _ in 0..count {
        match library.undo()? {
            Some(change) => undone.push(change),
            None => break,
        }
    }
    Ok(undone)
}
