//! Page titles without the site's name: "Storm hits coast - BBC News" ->
//! "Storm hits coast" when "BBC News" is the outlet (or the site's domain).

const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / ", " : ",
];

/// `title` with a leading or trailing site name removed. `site_names` are
/// the outlet and the domain's name ("bbc" for www.bbc.co.uk).
pub(super) fn drop_site_name(title: &str, site_names: &[String]) -> String {
    let names: Vec<String> = site_names
        .iter()
        .map(|n| key(n))
        .filter(|n| n.len() >= 2)
        .collect();
    let is_site = |part: &str| {
        let k = key(part);
        !k.is_empty()
            && names
                .iter()
                .any(|n| k == *n || (k.starts_with(n.as_str()) && k.len() <= n.len() + 8))
    };
    for sep in SEPARATORS {
        if let Some(at) = title.rfind(sep) {
            let (head, tail) = (&title[..at], &title[at + sep.len()..]);
            if is_site(tail) && !head.trim().is_empty() {
                return drop_site_name(head.trim(), site_names);
            }
        }
        if let Some(at) = title.find(sep) {
            let (head, tail) = (&title[..at], &title[at + sep.len()..]);
            if is_site(head) && !tail.trim().is_empty() {
                return tail.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The title without its last " | part" (" - part", " » part"...), if at
/// least three words remain: "Story | Section | Site" -> "Story | Section".
pub(super) fn drop_last_part(title: &str) -> String {
    let cut = [" | ", " - ", " – ", " — ", " » ", " / ", " :: "]
        .iter()
        .filter_map(|sep| title.rfind(sep))
        .max();
    match cut {
        Some(at) if title[..at].split_whitespace().count() >= 3 => title[..at].trim().to_string(),
        _ => title.to_string(),
    }
}

/// JSON-LD may give both a `headline` and a `name`; some sites put a
/// description in one of them. The one that shares more words with the
/// page's `<title>` is the title.
pub(super) fn json_ld_title(
    headline: Option<String>,
    name: Option<String>,
    page_title: Option<&str>,
) -> Option<String> {
    match (headline, name, page_title) {
        (Some(h), Some(n), Some(t)) if h != n => {
            let words = |s: &str| -> std::collections::HashSet<String> {
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect()
            };
            let tw = words(t);
            let share = |s: &str| words(s).intersection(&tw).count();
            Some(if share(&n) > share(&h) { n } else { h })
        }
        (h, n, _) => h.or(n),
    }
}

/// Letters and digits only, lowercased: "BBC News" -> "bbcnews".
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The name part of a URL's host: "https://www.bbc.co.uk/news" -> "bbc".
pub(super) fn domain_name(url: &str) -> Option<String> {
    let host = url
        .split("://")
        .nth(1)?
        .split(['/', '?', '#', ':'])
        .next()?;
    let parts: Vec<&str> = host.split('.').filter(|p| *p != "www").collect();
    // The label before the public suffix ("co.uk", "com.au" or "com").
    let n = parts.len();
    let name = if n >= 3 && parts[n - 1].len() == 2 && parts[n - 2].len() <= 3 {
        parts[n - 3]
    } else if n >= 2 {
        parts[n - 2]
    } else {
        parts.first()?
    };
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_suffix_or_prefix_is_dropped() {
        let names = vec!["BBC News".to_string(), "bbc".to_string()];
        assert_eq!(
            drop_site_name("Storm hits coast - BBC News", &names),
            "Storm hits coast"
        );
        assert_eq!(
            drop_site_name("BBC News | Storm hits coast", &names),
            "Storm hits coast"
        );
        assert_eq!(
            drop_site_name("Storm - a study - BBC", &names),
            "Storm - a study"
        );
        assert_eq!(
            drop_site_name("Storm hits coast - Reuters", &names),
            "Storm hits coast - Reuters"
        );
    }

    #[test]
    fn the_domain_name_of_a_url() {
        assert_eq!(
            domain_name("https://www.bbc.co.uk/news/x").as_deref(),
            Some("bbc")
        );
        assert_eq!(
            domain_name("http://edition.cnn.com/a").as_deref(),
            Some("cnn")
        );
    }
}
