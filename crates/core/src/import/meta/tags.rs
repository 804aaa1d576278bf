//! `<meta>` tags gathered by key. Pages spell the same fact many ways
//! (`property="og:title"`, `name="twitter:title"`, `itemprop="headline"`,
//! `name="DC.title"`, `property="dc:title og:title"`); keys are lowercased,
//! each space-separated token counts, and `dc.` is read as `dc:`.

use std::collections::HashMap;
use std::sync::LazyLock;

use scraper::{Html, Selector};

static META: LazyLock<Selector> =
    LazyLock::new(|| Selector::parse("meta[content]").expect("valid selector"));

/// Every meta value by key, in page order.
#[derive(Debug, Default)]
pub(super) struct MetaTags(HashMap<String, Vec<String>>);

impl MetaTags {
    pub(super) fn read(doc: &Html) -> MetaTags {
        let mut map: HashMap<String, Vec<(String, bool)>> = HashMap::new();
        for el in doc.select(&META) {
            let content = squash(el.attr("content").unwrap_or(""));
            if content.is_empty() {
                continue;
            }
            let keys = [
                (el.attr("property"), true),
                (el.attr("name"), false),
                (el.attr("itemprop"), false),
                (el.attr("http-equiv"), false),
            ];
            for (key, is_property) in keys {
                for token in key.into_iter().flat_map(str::split_whitespace) {
                    let entry = map.entry(normalise_key(token)).or_default();
                    entry.push((content.clone(), is_property));
                }
            }
        }
        // Where a key is given both as `property` (RDFa, the standard form)
        // and as `name`, the `property` values are the ones meant.
        let map = map
            .into_iter()
            .map(|(k, values)| {
                let any_property = values.iter().any(|(_, p)| *p);
                let kept = values
                    .into_iter()
                    .filter(|(_, p)| *p || !any_property)
                    .map(|(v, _)| v)
                    .collect();
                (k, kept)
            })
            .collect();
        MetaTags(map)
    }

    /// The first value under any of `keys`, tried in order.
    pub(super) fn first(&self, keys: &'static [&'static str]) -> Option<(&str, &'static str)> {
        keys.iter().find_map(|k| {
            let value = self.0.get(*k)?.first()?;
            Some((value.as_str(), static_key(keys, k)))
        })
    }

    /// Every value under `key`.
    pub(super) fn all(&self, key: &str) -> &[String] {
        self.0.get(key).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// The key as written in our own key lists (which are `'static`), so a found
/// value can name where it came from.
fn static_key(keys: &[&'static str], k: &str) -> &'static str {
    keys.iter().find(|s| **s == k).copied().unwrap_or("meta")
}

fn normalise_key(key: &str) -> String {
    let key = key.to_ascii_lowercase();
    match key.strip_prefix("dc.") {
        Some(rest) => format!("dc:{rest}"),
        None => match key.strip_prefix("dcterms.") {
            Some(rest) => format!("dcterm:{rest}"),
            None => key.replacen("dcterms:", "dcterm:", 1),
        },
    }
}

pub(super) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
