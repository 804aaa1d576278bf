//! MLA 9 works-cited entry for a newspaper article:
//! `Lima, Ana, and Jonas Ørsted. “Title.” *Outlet*, 7 Feb. 2024, host/path.`

use super::csl::CslItem;
use super::dates;
use super::names::CslName;
use super::punct::{close_with, quoted_title, without_scheme};
use super::rich::Rich;

pub fn mla(item: &CslItem) -> Rich {
    let mut out = Rich::new();
    let authors = authors(&item.author);
    if !authors.is_empty() {
        out.text(close_with(&authors, '.'));
    }
    if let Some(title) = &item.title {
        if !out.is_empty() {
            out.text(" ");
        }
        out.text(quoted_title(title, '.'));
    }

    // The container and its details, separated by commas, closed by a period.
    let mut container = Rich::new();
    let mut first = true;
    let mut sep = |r: &mut Rich| {
        if !first {
            r.text(", ");
        }
        first = false;
    };
    if let Some(outlet) = &item.container_title {
        sep(&mut container);
        container.italic(outlet.clone());
    }
    let issued = item.issued_date();
    if let Some(d) = issued {
        sep(&mut container);
        container.text(dates::mla(d));
    }
    if let Some(url) = &item.url {
        sep(&mut container);
        container.link_labelled(url.clone(), without_scheme(url));
    }
    if !container.is_empty() {
        if !out.is_empty() {
            out.text(" ");
        }
        out.append(&container).end_sentence();
    }
    // MLA recommends the access date when the work gives no date of its own.
    if let (None, Some(accessed)) = (issued, item.accessed_date()) {
        if !out.is_empty() {
            out.text(" ");
        }
        out.text(format!("Accessed {}.", dates::mla(accessed)));
    }
    out
}

fn authors(names: &[CslName]) -> String {
    match names {
        [] => String::new(),
        [one] => one.inverted(),
        [a, b] => format!("{}, and {}", a.inverted(), b.natural()),
        [a, ..] => format!("{}, et al.", a.inverted()),
    }
}
