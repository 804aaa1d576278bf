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
    println!("quote {}  [{}]", quote.id, quote.status.as_str());
    println!("  \u{201C}{}\u{201D}", q.text);
    println!("speaker:  {}", dash(q.speaker.as_deref()));
    if let Some(mention) = &q.speaker_mention {
        println!("          (written as \u{201C}{mention}\u{201D})");
    }
    println!("role:     {}", dash(q.role.as_deref()));
    println!("date:     {}", q.date.map_or("-".into(), |d| d.to_string()));
    println!("venue:    {}", dash(q.venue.as_deref()));
    println!(
        "kind:     {} (confidence {:.2})",
        q.kind.as_str(),
        q.confidence
    );
    if let Some(note) = &quote.note {
        println!("note:     {note}");
    }
    println!();
    println!(
        "article {}: {}",
        article.id,
        dash(article.meta.title.as_deref())
    );
    println!("  outlet:    {}", dash(article.meta.outlet.as_deref()));
    if let Some(wire) = &article.meta.wire {
        println!("  wire:      {wire}");
    }
    println!(
        "  published: {}",
        article.meta.published.map_or("-".into(), |d| d.to_string())
    );
    println!("  url:       {}", dash(article.meta.url.as_deref()));
    println!("  file:      {}", dash(article.meta.source_path.as_deref()));
    println!("  bytes:     {}..{}", q.start, q.end);
    println!();
    println!("in context:");
    println!("  {}", quote.paragraph);
    if sources.len() > 1 {
        println!();
        println!(
            "the same words in {} articles (earliest first):",
            sources.len()
        );
        for s in &sources {
            println!(
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
        println!();
        println!("history:");
        for c in &history {
            println!("  {} #{} {}", c.at, c.id, c.summary);
        }
    }
    Ok(ExitCode::SUCCESS)
}
