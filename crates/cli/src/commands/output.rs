//! How listings are printed: `--format table` for people, `--format json`
//! for programs (the same quote object everywhere).

use std::io::IsTerminal;

use quotebook_core::store::QuoteRecord;
use serde::Serialize;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
}

pub fn print_json(value: &impl Serialize) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("library records always serialise")
    );
}

/// Cuts `s` to `width` characters, marking the cut.
pub fn fit(s: &str, width: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= width {
        return one_line;
    }
    let mut out: String = one_line.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Prints rows as aligned columns; the last column is never padded.
pub fn print_table(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let last = cells.len() - 1;
        let mut out = String::new();
        for (i, cell) in cells.into_iter().enumerate() {
            if i == last {
                out.push_str(&cell);
            } else {
                out.push_str(&format!("{cell:<w$}  ", w = widths[i]));
            }
        }
        println!("{}", out.trim_end());
    };
    line(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        line(row.clone());
    }
}

/// How wide the quote column may be: the terminal's width when known.
fn quote_width() -> usize {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    match columns {
        Some(c) if std::io::stdout().is_terminal() => usize::max(c, 100) - 70,
        _ => 60,
    }
}

pub fn dash(v: Option<&str>) -> String {
    v.unwrap_or("-").to_string()
}

/// The date column of a quote listing.
pub fn filed_date(q: &QuoteRecord) -> String {
    q.filed_date().map_or_else(|| "-".into(), |d| d.to_string())
}

pub fn print_quote_table(quotes: &[QuoteRecord]) {
    let width = quote_width();
    let rows: Vec<Vec<String>> = quotes
        .iter()
        .map(|q| {
            vec![
                q.id.to_string(),
                filed_date(q),
                fit(&dash(q.quote.speaker.as_deref()), 24),
                fit(&dash(q.quote.role.as_deref()), 20),
                fit(&dash(q.source_name()), 16),
                fit(&q.quote.text, width),
            ]
        })
        .collect();
    print_table(&["ID", "DATE", "SPEAKER", "ROLE", "OUTLET", "QUOTE"], &rows);
}
