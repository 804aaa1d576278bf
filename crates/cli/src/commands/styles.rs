//! `quotebook styles`: the citation styles `cite --style` accepts by name.

use std::process::ExitCode;

use quotebook_core::cite::{bundled_styles, StyleKind};

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Result<ExitCode, quotebook_core::Error> {
    println!("ap\tAP attribution sentence (Quotebook)");
    println!("line\tCompact attribution line (Quotebook)");
    for style in bundled_styles() {
        let kind = match style.kind {
            StyleKind::Note => "notes and bibliography",
            StyleKind::InText => "reference list",
        };
        println!("{}\t{} ({kind})", style.name, style.title);
    }
    println!("\nAny independent CSL file works too: quotebook cite ID --style ./house.csl");
    Ok(ExitCode::SUCCESS)
}
