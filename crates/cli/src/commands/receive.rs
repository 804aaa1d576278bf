//! `quotebook receive`: the loopback receiver the browser extension sends
//! pages to, for use without the desktop app (and for testing the
//! extension). `--token` prints the token to paste into the extension's
//! options and exits.

use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use quotebook_core::import::receiver::{import_page, token_path, Receiver, Token, DEFAULT_PORT};

use super::Context;

#[derive(clap::Args)]
pub struct Args {
    /// The loopback port to listen on (the extension's default is the same).
    #[arg(long, default_value_t = DEFAULT_PORT)]
    port: u16,
    /// Print this library's receiver token (made on first use) and exit.
    #[arg(long)]
    token: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let path = token_path(&ctx.library_path());
    let token = Token::load_or_create(&path).map_err(|e| {
        quotebook_core::Error::InvalidInput(format!(
            "{}: the receiver token could not be read or made: {e}",
            path.display()
        ))
    })?;
    if args.token {
        println!("{}", token.as_str());
        return Ok(ExitCode::SUCCESS);
    }
    let mut library = ctx.open_library()?;
    let receiver = Receiver::bind(args.port, token).map_err(|e| {
        quotebook_core::Error::InvalidInput(format!(
            "127.0.0.1:{}: cannot listen there ({e}); is the app or another receiver running? Use --port",
            args.port
        ))
    })?;
    println!(
        "quotebook: receiving pages on http://127.0.0.1:{} (token: quotebook receive --token); Ctrl+C stops",
        receiver.port()
    );
    let never = AtomicBool::new(false);
    receiver
        .serve(&never, |page| {
            let summary = import_page(&mut library, page);
            for file in &summary.files {
                match (&file.error, file.article_id) {
                    (Some(error), _) => eprintln!("quotebook: {error}"),
                    (None, Some(id)) => println!(
                        "{}: article {id}, {} quotes ({} new)",
                        file.file,
                        file.quotes_found.unwrap_or(0),
                        file.quotes_new.unwrap_or(0)
                    ),
                    (None, None) => {}
                }
            }
            summary
        })
        .map_err(|e| quotebook_core::Error::InvalidInput(format!("the receiver stopped: {e}")))?;
    Ok(ExitCode::SUCCESS)
}
