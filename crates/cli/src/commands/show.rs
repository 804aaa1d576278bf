//! `quotebook show ID`: one quote with its paragraph, its article, the other
//! articles that carry the same words, and its history.

use std::process::ExitCode;

use serde_json::json;

use super::output::{dash, print_json, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// The quote's id (from `quotes`).
    id: i64,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    let quote = library.quote(args.id)?;
    let article = library.article(quote.article_id)?;
    let sources = library.quote_sources(args.id)?;
    let history = library.history(args.id)?;
    if args.format == OutputFormat::Json {
        print_json(&json!({
            "quote": quote,
            "article": {
                "id": article.id,
                "title": article.meta.title,
                "outlet": article.meta.outlet,
                "wire": article.meta.wire,
                "url": article.meta.url,
                "byline": article.meta.byline,
                "published": article.meta.published,
                "source_path": article.meta.source_path,
                "versions": article.versions,
            },
            "sources": sources,
            "history": history,
        }));
        return Ok(ExitCode::SUCCESS);
    }
    let q = &quote.quote;
    say!("quote {}  [{}]", quote.id, quote.status.as_str());
    say!("  \u{201C}{}\u{201D}", q.text);
    say!("speaker:  {}", dash(q.speaker.as_deref()));
    if let Some(mention) = &q.speaker_mention {
        say!("          (written as \u{201C}{mention}\u{201D})");
    }
    say!("role:     {}", dash(q.role.as_deref()));
    say!("date:     {}", q.date.map_or("-".into(), |d| d.to_string()));
    say!("venue:    {}", dash(q.venue.as_deref()));
    say!(
        "kind:     {} (confidence {:.2})",
        q.kind.as_str(),
        q.confidence
    );
    if let Some(note) = &quote.note {
        say!("note:     {note}");
    }
    say!();
    say!(
        "article {}: {}",
        article.id,
        dash(article.meta.title.as_deref())
    );
    say!("  outlet:    {}", dash(article.meta.outlet.as_deref()));
    if let Some(wire) = &article.meta.wire {
        say!("  wire:      {wire}");
    }
    say!(
        "  published: {}",
        article.meta.published.map_or("-".into(), |d| d.to_string())
    );
    say!("  url:       {}", dash(article.meta.url.as_deref()));
    say!("  file:      {}", dash(article.meta.source_path.as_deref()));
    say!("  bytes:     {}..{}", q.start, q.end);
    say!();
    if quote.present {
        say!("in context:");
    } else {
        say!("in context (no longer in the latest version of the article; kept):");
    }
    say!("  {}", quote.paragraph);
    if sources.len() > 1 {
        say!();
        say!(
            "the same words in {} articles (earliest first):",
            sources.len()
        );
        for s in &sources {
            say!(
                "  quote {} in article {}: {} {} ({})",
                s.id,
                s.article_id,
                dash(s.outlet.as_deref()),
                s.published.map_or("-".into(), |d| d.to_string()),
                dash(s.title.as_deref())
            );
        }
    }
    if !history.is_empty() {
        say!();
        say!("history:");
        for c in &history {
            say!("  {} #{} {}", c.at, c.id, c.summary);
        }
    }
    Ok(ExitCode::SUCCESS)
}
