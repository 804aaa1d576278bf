//! `quotebook cite ID [--style NAME|FILE.csl] [--format text|html|markdown]`
//!
//! `--style` takes our own forms (`ap`, `line`, `chicago-note`,
//! `chicago-bib`, `all`), a bundled CSL style by name (`apa`, `mla`,
//! `chicago`, `ieee`, ...: `quotebook styles` lists them) or the path of an
//! independent CSL file (`./house.csl`).

use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::cite::{
    cite_stored, cite_stored_as, Citation, CiteOptions, Format, Style, StyleChoice,
};

use super::Context;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Text,
    Html,
    Markdown,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Text => Format::Text,
            FormatArg::Html => Format::Html,
            FormatArg::Markdown => Format::Markdown,
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// The quote's id.
    id: i64,
    /// ap (the attribution sentence), line (the compact line), apa, mla,
    /// chicago (note and bibliography), chicago-note, chicago-bib, all, any
    /// bundled CSL style by name (see `quotebook styles`), or the path of a
    /// CSL file (e.g. ./house.csl).
    #[arg(long, default_value = "ap", value_name = "STYLE")]
    style: String,
    #[arg(long, value_enum, default_value = "text")]
    format: FormatArg,
    /// The day of citing, YYYY-MM-DD (AP leaves out its year and names the
    /// weekday within a week; references give it as the access date).
    /// Default: today.
    #[arg(long, value_name = "DATE")]
    today: Option<NaiveDate>,
    /// Shorten a quote longer than N characters at a word boundary.
    #[arg(long, value_name = "N")]
    max_chars: Option<usize>,
}

/// What `--style` names.
enum Choice {
    /// Every one of our own renderings, each labelled.
    All,
    /// One style, ours or CSL, parsed as the app's settings parse it.
    One(StyleChoice),
}

fn choose(style: &str) -> Result<Choice, quotebook_core::Error> {
    if style.trim().eq_ignore_ascii_case("all") {
        return Ok(Choice::All);
    }
    Ok(Choice::One(StyleChoice::resolve(style)?))
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    // The style is checked before the library is opened: a typo in a style
    // name is reported as such, whatever the library holds.
    let choice = choose(&args.style)?;
    let library = ctx.open_library()?;
    let options = CiteOptions {
        today: args
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        max_quote_chars: args.max_chars,
    };
    let format: Format = args.format.into();
    let mut printed = 0;
    let mut print = |label: Option<&str>, citation: &Citation| {
        let text = citation.get(format);
        if text.is_empty() {
            return;
        }
        match label {
            Some(label) => say!("{label}: {text}"),
            None => say!("{text}"),
        }
        printed += 1;
    };
    match choice {
        Choice::All => {
            for style in Style::ALL {
                let citation = cite_stored(&library, args.id, style, &options)?;
                print(Some(label(style)), &citation);
            }
        }
        Choice::One(style) => {
            let citation = cite_stored_as(&library, args.id, &style, &options)?;
            print(None, &citation);
        }
    }
    if printed == 0 {
        return Err(quotebook_core::Error::InvalidInput(format!(
            "quote {}: its article has no author, title, outlet or address to cite",
            args.id
        )));
    }
    Ok(ExitCode::SUCCESS)
}

fn label(style: Style) -> &'static str {
    match style {
        Style::Ap => "ap",
        Style::Line => "line",
        Style::Apa => "apa",
        Style::Mla => "mla",
        Style::ChicagoNote => "chicago-note",
        Style::ChicagoBibliography => "chicago-bib",
    }
}
