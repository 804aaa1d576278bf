//! `quotebook shared ...`: set up a newsroom's shared library on PostgreSQL
//! (`init`) and keep a password for it in the system keyring (`login`,
//! `logout`).

use std::io::BufRead;
use std::process::ExitCode;

use super::sync::failed;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Create the shared schema on an empty PostgreSQL database (or upgrade
    /// an older one). Run once, as a role allowed to create tables.
    Init {
        /// postgres://user@host:port/database
        url: String,
    },
    /// Store the password for a shared library in the system keyring
    /// (read from the first line of standard input, never from the command
    /// line).
    Login {
        /// postgres://user@host:port/database
        url: String,
    },
    /// Forget the password stored for a shared library.
    Logout {
        /// postgres://user@host:port/database
        url: String,
    },
}

pub fn run(args: Args) -> Result<ExitCode, quotebook_core::Error> {
    match args.command {
        Command::Init { url } => match quotebook_sync::init(&url) {
            Ok(outcome) if outcome.from == outcome.to => {
                say!(
                    "{} is already a Quotebook shared library (schema {})",
                    quotebook_sync::without_password(&url),
                    outcome.to
                );
                Ok(ExitCode::SUCCESS)
            }
            Ok(outcome) => {
                say!(
                    "{} is a Quotebook shared library (schema {} -> {}); desktops join it \
                     with `quotebook sync --url URL`",
                    quotebook_sync::without_password(&url),
                    outcome.from,
                    outcome.to
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => Ok(failed(&e)),
        },
        Command::Login { url } => {
            let mut secret = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut secret)
                .map_err(|e| quotebook_core::Error::InvalidInput(format!("stdin: {e}")))?;
            let secret = secret.trim_end_matches(['\r', '\n']);
            if secret.is_empty() {
                return Err(quotebook_core::Error::InvalidInput(
                    "no password on standard input".to_string(),
                ));
            }
            match quotebook_sync::password::store(&url, secret) {
                Ok(()) => {
                    say!(
                        "password for {} stored in the system keyring",
                        quotebook_sync::without_password(&url)
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => Ok(failed(&e)),
            }
        }
        Command::Logout { url } => match quotebook_sync::password::forget(&url) {
            Ok(()) => {
                say!(
                    "password for {} forgotten",
                    quotebook_sync::without_password(&url)
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => Ok(failed(&e)),
        },
    }
}
