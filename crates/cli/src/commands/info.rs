use std::process::ExitCode;

use super::Context;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(ctx: &Context, _args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    say!("library:  {}", library.path().display());
    say!("articles: {}", library.article_count()?);
    say!("quotes:   {}", library.quote_count()?);
    Ok(ExitCode::SUCCESS)
}
