//! Citing a quote from the library by its id: what the CLI's `cite` and the
//! desktop app's copy command both call.

use super::{cite, cite_reference, Citation, CiteOptions, CslStyle, QuoteRef, Style, StyleChoice};
use crate::store::{Library, StoreError};
use crate::Error;

/// The citation of stored quote `id` in `style`, with the user's corrections
/// applied and the article's byline (which quote listings do not carry).
pub fn cite_stored(
    library: &Library,
    id: i64,
    style: Style,
    options: &CiteOptions,
) -> Result<Citation, StoreError> {
    let record = library.quote(id)?;
    let article = library.article(record.article_id)?.meta;
    Ok(cite(
        QuoteRef {
            quote: &record.quote,
            article: &article,
        },
        style,
        options,
    ))
}

/// The reference to stored quote `id`'s article in any CSL style (a bundled
/// one by name or a user's file).
pub fn cite_stored_reference(
    library: &Library,
    id: i64,
    style: &CslStyle,
    options: &CiteOptions,
) -> Result<Citation, Error> {
    let record = library.quote(id)?;
    let article = library.article(record.article_id)?.meta;
    Ok(cite_reference(
        QuoteRef {
            quote: &record.quote,
            article: &article,
        },
        style,
        options,
    )?)
}

/// The citation of stored quote `id` in a style as the user chose it (see
/// [`StyleChoice::resolve`]): what the app's copy and cite commands call.
pub fn cite_stored_as(
    library: &Library,
    id: i64,
    style: &StyleChoice,
    options: &CiteOptions,
) -> Result<Citation, Error> {
    let record = library.quote(id)?;
    let article = library.article(record.article_id)?.meta;
    Ok(style.cite(
        QuoteRef {
            quote: &record.quote,
            article: &article,
        },
        options,
    )?)
}
