use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(ctx: &Context, _args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    println!("library:  {}", library.path().display());
    println!("articles: {}", library.article_count()?);
    println!("quotes:   {}", library.quote_count()?);
    Ok(ExitCode::SUCCESS)
}
