//! The wire service an article credits ("(AP)", "By Xinhua", "— Reuters"),
//! kept apart from the outlet that printed it.

use std::sync::LazyLock;

use regex::Regex;

/// How a wire service is written, and the name it is stored under.
const WIRES: &[(&str, &str)] = &[
    ("Associated Press", "Associated Press"),
    ("AP", "Associated Press"),
    ("Reuters", "Reuters"),
    ("Agence France-Presse", "Agence France-Presse"),
    ("Agence France Presse", "Agence France-Presse"),
    ("AFP", "Agence France-Presse"),
    ("Xinhua", "Xinhua"),
    ("Bloomberg", "Bloomberg"),
    ("dpa", "dpa"),
    ("EFE", "EFE"),
    ("ANSA", "ANSA"),
    ("Kyodo", "Kyodo"),
    ("Yonhap", "Yonhap"),
    ("TASS", "TASS"),
    ("Press Trust of India", "Press Trust of India"),
    ("PTI", "Press Trust of India"),
    ("IANS", "IANS"),
    ("ANI", "ANI"),
    ("United Press International", "United Press International"),
    ("UPI", "United Press International"),
    ("Anadolu", "Anadolu"),
    ("Bernama", "Bernama"),
];

fn alternation() -> String {
    WIRES
        .iter()
        .map(|(written, _)| regex::escape(written))
        .collect::<Vec<_>>()
        .join("|")
}

static CREDITS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let names = alternation();
    [
        // "JERUSALEM, Feb 8 (Reuters) -", "(AP) —"
        format!(r"(?i)\(({names})\)"),
        // "By Xinhua", "Source: Reuters", "Credit: AP Photo" (not "By Xinhua's...")
        format!(r"(?im)^\s*(?:by|source|credit|sources?)\s*:?\s+(?:the\s+)?({names})\b"),
        // A closing credit line: "— Reuters", "-- AFP"
        format!(r"(?im)^\s*(?:[—–]|--?)\s*({names})\s*$"),
    ]
    .into_iter()
    .map(|re| Regex::new(&re).expect("wire patterns are valid"))
    .collect()
});

/// The canonical name of a written wire name. Short acronyms must be written
/// in capitals ("(AP)" is a credit, "(ap)" is not), except dpa's own style.
fn canonical(written: &str) -> Option<&'static str> {
    WIRES.iter().find_map(|(w, name)| {
        let same = if w.len() <= 4 && *w != "dpa" {
            written == *w
        } else {
            written.eq_ignore_ascii_case(w)
        };
        same.then_some(*name)
    })
}

/// The wire service `text` credits in its opening or closing lines, or in
/// its byline.
pub(super) fn detect(text: &str, byline: Option<&str>) -> Option<String> {
    if let Some(name) = byline.and_then(|b| canonical(b.trim())) {
        return Some(name.to_string());
    }
    let head = prefix(text, 1500);
    let tail = suffix(text, 400);
    for part in [head, tail] {
        for re in CREDITS.iter() {
            for c in re.captures_iter(part) {
                if let Some(name) = canonical(&c[1]) {
                    return Some(name.to_string());
                }
            }
        }
    }
    None
}

fn prefix(s: &str, n: usize) -> &str {
    let mut end = s.len().min(n);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn suffix(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_in_datelines_bylines_and_closing_lines() {
        assert_eq!(
            detect("HARBOURTON, March 3 (Reuters) - The port reopened.", None).as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            detect("Title\nBy Xinhua writer Li Wen\n\nThe fair opened.", None).as_deref(),
            Some("Xinhua")
        );
        assert_eq!(
            detect("The fair opened.\n\n— AFP", None).as_deref(),
            Some("Agence France-Presse")
        );
        assert_eq!(
            detect("Body.", Some("Associated Press")).as_deref(),
            Some("Associated Press")
        );
    }

    #[test]
    fn ordinary_words_are_not_credits() {
        assert_eq!(
            detect("We walked to the (ap) store by the map.", None),
            None
        );
        assert_eq!(
            detect("By the river, Reuters reported nothing.", None),
            None
        );
    }
}
