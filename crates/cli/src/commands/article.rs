//! `quotebook article ID`: an article's metadata and the text stored for it,
//! so what the importer kept (and what the extractor read) can be checked.

use std::process::ExitCode;

use super::output::{dash, print_json, OutputFormat};
use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// The article's id (from `quotes` or `show`).
    id: i64,
    #[arg(long, value_enum, default_value_t)]
    format: OutputFormat,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let article = ctx.open_library()?.article(args.id)?;
    if args.format == OutputFormat::Json {
        print_json(&article);
        return Ok(ExitCode::SUCCESS);
    }
    let m = &article.meta;
    println!("article {}", article.id);
    println!("title:     {}", dash(m.title.as_deref()));
    println!("outlet:    {}", dash(m.outlet.as_deref()));
    if let Some(wire) = &m.wire {
        println!("wire:      {wire}");
    }
    println!("byline:    {}", dash(m.byline.as_deref()));
    let published = m.published.map(|d| d.to_string());
    println!("published: {}", dash(published.as_deref()));
    println!("url:       {}", dash(m.url.as_deref()));
    println!("source:    {}", dash(m.source_path.as_deref()));
    println!(
        "imported:  {} ({} version{})",
        article.imported_at,
        article.versions,
        if article.versions == 1 { "" } else { "s" }
    );
    println!();
    println!("{}", article.text);
    Ok(ExitCode::SUCCESS)
}
