//! `quotebook cite ID [--style NAME|FILE.csl] [--format text|html|markdown]`
//!
//! `--style` takes our own forms (`ap`, `line`, `chicago-note`,
//! `chicago-bib`, `all`), a bundled CSL style by name (`apa`, `mla`,
//! `chicago`, `ieee`, ...: `quotebook styles` lists them) or the path of an
//! independent CSL file (`./house.csl`).

use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::cite::{
    cite_stored, cite_stored_reference, Citation, CiteOptions, CslStyle, Format, Style,
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
    /// Our own renderings, labelled when there are several.
    Own(Vec<Style>),
    /// A CSL style, bundled or from a file.
    Csl(Box<CslStyle>),
}

fn choose(style: &str) -> Result<Choice, quotebook_core::Error> {
    let own = match style.trim().to_lowercase().as_str() {
        "ap" => Some(vec![Style::Ap]),
        "line" => Some(vec![Style::Line]),
        "chicago-note" => Some(vec![Style::ChicagoNote]),
        "chicago-bib" | "chicago-bibliography" => Some(vec![Style::ChicagoBibliography]),
        "all" => Some(Style::ALL.to_vec()),
        _ => None,
    };
    Ok(match own {
        Some(styles) => Choice::Own(styles),
        None => Choice::Csl(Box::new(CslStyle::resolve(style)?)),
    })
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
        Choice::Own(styles) => {
            let labelled = styles.len() > 1;
            for style in styles {
                let citation = cite_stored(&library, args.id, style, &options)?;
                print(labelled.then(|| label(style)), &citation);
            }
        }
        Choice::Csl(style) => {
            let citation = cite_stored_reference(&library, args.id, &style, &options)?;
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
