//! `quotebook styles`: the citation styles `cite --style` accepts by name.

use std::process::ExitCode;

use quotebook_core::cite::{bundled_styles, StyleKind};

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Result<ExitCode, quotebook_core::Error> {
    say!("ap\tAP attribution sentence (Quotebook)");
    say!("line\tCompact attribution line (Quotebook)");
    for style in bundled_styles() {
        let kind = match style.kind {
            StyleKind::Note => "notes and bibliography",
            StyleKind::InText => "reference list",
        };
        say!("{}\t{} ({kind})", style.name, style.title);
    }
    say!("\nAny independent CSL file works too: quotebook cite ID --style ./house.csl");
    Ok(ExitCode::SUCCESS)
}
