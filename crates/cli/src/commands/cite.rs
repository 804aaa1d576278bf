//! `quotebook cite ID --style ap|line|apa|mla|chicago [--format text|html|markdown]`

use std::process::ExitCode;

use chrono::NaiveDate;
use quotebook_core::cite::{cite_stored, CiteOptions, Format, Style};

use super::Context;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StyleArg {
    /// AP attribution sentence around the quote.
    Ap,
    /// Compact "— Name, Role, venue, date (Outlet/Wire, URL)" line.
    Line,
    /// APA 7 reference to the article.
    Apa,
    /// MLA 9 works-cited entry for the article.
    Mla,
    /// Chicago note, then Chicago bibliography entry.
    Chicago,
    /// Chicago footnote only.
    ChicagoNote,
    /// Chicago bibliography entry only.
    #[value(alias = "chicago-bibliography")]
    ChicagoBib,
    /// Every style, one per line, each labelled.
    All,
}

impl StyleArg {
    fn styles(self) -> Vec<Style> {
        match self {
            StyleArg::Ap => vec![Style::Ap],
            StyleArg::Line => vec![Style::Line],
            StyleArg::Apa => vec![Style::Apa],
            StyleArg::Mla => vec![Style::Mla],
            StyleArg::Chicago => vec![Style::ChicagoNote, Style::ChicagoBibliography],
            StyleArg::ChicagoNote => vec![Style::ChicagoNote],
            StyleArg::ChicagoBib => vec![Style::ChicagoBibliography],
            StyleArg::All => Style::ALL.to_vec(),
        }
    }
}

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
    #[arg(long, value_enum, default_value = "ap")]
    style: StyleArg,
    #[arg(long, value_enum, default_value = "text")]
    format: FormatArg,
    /// The day of citing, YYYY-MM-DD (AP leaves out its year; references give
    /// it as the access date). Default: today.
    #[arg(long, value_name = "DATE")]
    today: Option<NaiveDate>,
    /// Shorten a quote longer than N characters at a word boundary.
    #[arg(long, value_name = "N")]
    max_chars: Option<usize>,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode, quotebook_core::Error> {
    let library = ctx.open_library()?;
    let options = CiteOptions {
        today: args
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        max_quote_chars: args.max_chars,
    };
    let styles = args.style.styles();
    let mut printed = 0;
    for style in &styles {
        let citation = cite_stored(&library, args.id, *style, &options)?;
        let text = citation.get(args.format.into());
        if text.is_empty() {
            continue;
        }
        if args.style == StyleArg::All {
            say!("{}: {text}", label(*style));
        } else {
            say!("{text}");
        }
        printed += 1;
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
