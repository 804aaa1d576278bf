//! APA 7 reference for a newspaper article:
//! `Lima, A., & Ørsted, J. (2024, February 7). Title. *Outlet*. URL`

use super::csl::CslItem;
use super::dates;
use super::names::CslName;
use super::punct::close_with;
use super::rich::Rich;

/// APA lists up to 20 authors; past that, the first 19, an ellipsis, the last.
const MAX_AUTHORS: usize = 20;

pub fn apa(item: &CslItem) -> Rich {
    let mut out = Rich::new();
    let date = match item.issued_date() {
        Some(d) => format!("({}).", dates::apa(d)),
        None => "(n.d.).".to_string(),
    };
    let authors = authors(&item.author);
    match (authors.is_empty(), &item.title) {
        (false, title) => {
            out.text(close_with(&authors, '.')).text(" ").text(date);
            if let Some(title) = title {
                out.text(" ").text(close_with(title, '.'));
            }
        }
        // No author: the title moves to the author's place.
        (true, Some(title)) => {
            out.text(close_with(title, '.')).text(" ").text(date);
        }
        (true, None) => {
            out.text(date);
        }
    }
    if let Some(outlet) = &item.container_title {
        // An agency's own site is not named twice.
        let same_as_author =
            item.author.len() == 1 && item.author[0].literal.as_deref() == Some(outlet.as_str());
        if !same_as_author {
            out.text(" ").italic(outlet.clone()).text(".");
        }
    }
    if let Some(url) = &item.url {
        // APA ends with the address and no period, so it still works as a link.
        out.text(" ").link(url.clone());
    }
    out
}

fn authors(names: &[CslName]) -> String {
    let names: Vec<String> = names.iter().map(CslName::with_initials).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a}, & {b}"),
        list if list.len() <= MAX_AUTHORS => {
            let (last, rest) = list.split_last().unwrap_or((&list[0], &[]));
            format!("{}, & {last}", rest.join(", "))
        }
        list => format!(
            "{}, . . . {}",
            list[..MAX_AUTHORS - 1].join(", "),
            list[list.len() - 1]
        ),
    }
}
