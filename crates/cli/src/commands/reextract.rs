//! `quotebook reextract [ARTICLE...]`: run the current extractor again over
//! stored articles; edits, statuses and notes stay with their quotes.

use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// Article ids (default: every article).
    articles: Vec<i64>,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let mut library = ctx.open_library()?;
    library.check_writable()?;
    let ids = if args.articles.is_empty() {
        library.article_ids()?
    } else {
        args.articles
    };
    let (mut found, mut new, mut failed) = (0, 0, 0);
    for id in &ids {
        match library.reextract(*id) {
            Ok(outcome) => {
                found += outcome.quotes_found;
                new += outcome.quotes_new;
            }
            Err(e) => {
                esay!("quotebook: {e}");
                failed += 1;
            }
        }
    }
    say!(
        "re-extracted {} articles: {found} quotes found, {new} new; {failed} failed",
        ids.len() - failed
    );
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
