//! Chicago (17th ed.) notes and bibliography for a newspaper article.
//! Note: `Ana Lima, “Title,” *Outlet*, February 7, 2024, URL.`
//! Bibliography: `Lima, Ana. “Title.” *Outlet*, February 7, 2024. URL.`

use super::csl::CslItem;
use super::dates;
use super::names::CslName;
use super::punct::{close_with, quoted_title, serial_list};
use super::rich::Rich;

/// Chicago: a bibliography lists up to ten authors; past that, seven and
/// "et al."
const BIBLIOGRAPHY_MAX_AUTHORS: usize = 10;
const BIBLIOGRAPHY_AUTHORS_SHOWN: usize = 7;

/// "February 7, 2024", or the access date when the article has none.
fn date_text(item: &CslItem, accessed_word: &str) -> Option<String> {
    match (item.issued_date(), item.accessed_date()) {
        (Some(d), _) => Some(dates::chicago(d)),
        (None, Some(a)) => Some(format!("{accessed_word} {}", dates::chicago(a))),
        (None, None) => None,
    }
}

pub fn note(item: &CslItem) -> Rich {
    let names: Vec<String> = item.author.iter().map(CslName::natural).collect();
    let authors = if names.len() > 3 {
        format!("{} et al.", names[0])
    } else {
        serial_list(&names, "and")
    };
    // What follows the title: outlet, date, address.
    let mut after: Vec<Rich> = Vec::new();
    if let Some(outlet) = &item.container_title {
        let mut r = Rich::new();
        r.italic(outlet.clone());
        after.push(r);
    }
    if let Some(date) = date_text(item, "accessed") {
        let mut r = Rich::new();
        r.text(date);
        after.push(r);
    }
    if let Some(url) = &item.url {
        let mut r = Rich::new();
        r.link(url.clone());
        after.push(r);
    }

    let mut out = Rich::new();
    out.text(&authors);
    match &item.title {
        Some(title) => {
            if !authors.is_empty() {
                out.text(", ");
            }
            // The comma after the title stands inside its quotes.
            let sep = if after.is_empty() { '.' } else { ',' };
            out.text(quoted_title(title, sep));
            if !after.is_empty() {
                out.text(" ");
            }
        }
        None if !authors.is_empty() && !after.is_empty() => {
            out.text(", ");
        }
        None => {}
    }
    for (i, element) in after.iter().enumerate() {
        if i > 0 {
            out.text(", ");
        }
        out.append(element);
    }
    if !out.is_empty() {
        out.end_sentence();
    }
    out
}

pub fn bibliography(item: &CslItem) -> Rich {
    let mut out = Rich::new();
    let names = &item.author;
    let authors = bibliography_authors(names);
    let mut outlet_leads = false;
    if !authors.is_empty() {
        out.text(close_with(&authors, '.'));
    } else if let Some(outlet) = &item.container_title {
        // An unsigned article is listed under the newspaper's name.
        out.italic(outlet.clone()).text(".");
        outlet_leads = true;
    }
    if let Some(title) = &item.title {
        if !out.is_empty() {
            out.text(" ");
        }
        out.text(quoted_title(title, '.'));
    }

    let mut details: Vec<Rich> = Vec::new();
    if let Some(outlet) = item.container_title.as_ref().filter(|_| !outlet_leads) {
        let mut r = Rich::new();
        r.italic(outlet.clone());
        details.push(r);
    }
    let issued = item.issued_date();
    if let Some(d) = issued {
        let mut r = Rich::new();
        r.text(dates::chicago(d));
        details.push(r);
    }
    if !details.is_empty() {
        if !out.is_empty() {
            out.text(" ");
        }
        for (i, d) in details.iter().enumerate() {
            if i > 0 {
                out.text(", ");
            }
            out.append(d);
        }
        out.end_sentence();
    }
    // Without a date of its own, the access date is a sentence of its own.
    if let (None, Some(accessed)) = (issued, item.accessed_date()) {
        if !out.is_empty() {
            out.text(" ");
        }
        out.text(format!("Accessed {}.", dates::chicago(accessed)));
    }
    if let Some(url) = &item.url {
        if !out.is_empty() {
            out.text(" ");
        }
        out.link(url.clone()).text(".");
    }
    out
}

fn bibliography_authors(names: &[CslName]) -> String {
    let Some(first) = names.first() else {
        return String::new();
    };
    if names.len() > BIBLIOGRAPHY_MAX_AUTHORS {
        let shown: Vec<String> = std::iter::once(first.inverted())
            .chain(
                names[1..BIBLIOGRAPHY_AUTHORS_SHOWN]
                    .iter()
                    .map(CslName::natural),
            )
            .collect();
        return format!("{}, et al.", shown.join(", "));
    }
    let all: Vec<String> = std::iter::once(first.inverted())
        .chain(names[1..].iter().map(CslName::natural))
        .collect();
    match all.as_slice() {
        [one] => one.clone(),
        // "Lima, Ana, and Jonas Ørsted": the inverted first name needs the comma.
        [a, b] => format!("{a}, and {b}"),
        _ => serial_list(&all, "and"),
    }
}
