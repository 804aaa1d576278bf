//! How listings are printed: `--format table` for people, `--format json`
//! for programs (the same quote object everywhere).

use std::borrow::Cow;
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

/// True for a character that must not reach a terminal raw: C0 and C1
/// control characters (ESC starts the sequences that retitle windows, clear
/// the screen or write the clipboard; BEL rings; CR overwrites a line), DEL,
/// and the marks that reorder text right to left (which can make a quote
/// read other than it is).
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every unsafe character (see [`is_unsafe`]) written out as a
/// visible escape (`\u{1b}`), for every human-readable output: untrusted
/// article text printed to a terminal or a file never acts on the terminal.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Where a table cell's highlight starts and ends (search results). Table
/// printing turns them into bold on a terminal and drops them elsewhere,
/// after the cell is cleaned, so article text can never carry its own
/// escape sequences.
pub const HIGHLIGHT_START: char = '\u{E000}';
pub const HIGHLIGHT_END: char = '\u{E001}';

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

/// Prints rows as aligned columns; the last column is never padded. Every
/// cell is cleaned (see [`clean`]) and its highlight marks applied.
pub fn print_table(header: &[&str], rows: &[Vec<String>]) {
    let (bold, plain) = if std::io::stdout().is_terminal() {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("", "")
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| clean(cell).into_owned()).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate() {
            let marks = cell
                .chars()
                .filter(|&c| c == HIGHLIGHT_START || c == HIGHLIGHT_END)
                .count();
            widths[i] = widths[i].max(cell.chars().count() - marks);
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
        let out = out
            .trim_end()
            .replace(HIGHLIGHT_START, bold)
            .replace(HIGHLIGHT_END, plain);
        println!("{out}");
    };
    line(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        line(row);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_bells_and_bidi_marks_are_written_out() {
        let evil = "a\x1b]52;c;aGk=\x07b\u{202E}c\u{9b}d\re";
        assert_eq!(
            clean(evil),
            "a\\u{1b}]52;c;aGk=\\u{7}b\\u{202e}c\\u{9b}d\\u{d}e"
        );
        assert_eq!(clean("line\n\tnext “quoted”"), "line\n\tnext “quoted”");
    }
}
