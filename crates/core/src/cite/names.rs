//! Authors from a byline ("By Ana Lima and Jonas Ørsted"), as CSL names.

use serde::{Deserialize, Serialize};

/// A CSL-JSON name: a person split into family and given names, or an
/// organisation (or a name that cannot be split) kept whole as `literal`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CslName {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// "van", "de", "al-" kept with the family name but not sorted on.
    #[serde(
        rename = "non-dropping-particle",
        skip_serializing_if = "Option::is_none"
    )]
    pub particle: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
}

const PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "dos", "das",
    "ter", "bin", "ibn", "al", "el",
];

const SUFFIXES: &[&str] = &["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"];

/// Byline words that describe a job, not a person ("Staff Writer").
const NOT_NAMES: &[&str] = &[
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "bureau",
];

impl CslName {
    pub fn literal(name: &str) -> Self {
        CslName {
            literal: Some(name.to_string()),
            ..Default::default()
        }
    }

    /// "Ana Lima" or "Ludwig van Beethoven" split into its parts.
    pub fn person(name: &str) -> Self {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 {
            return CslName::literal(name.trim());
        }
        let mut family_start = words.len() - 1;
        while family_start > 1
            && PARTICLES.contains(&words[family_start - 1].to_lowercase().as_str())
        {
            family_start -= 1;
        }
        let particle = (family_start < words.len() - 1)
            .then(|| words[family_start..words.len() - 1].join(" "));
        CslName {
            family: Some(words[words.len() - 1].to_string()),
            given: Some(words[..family_start].join(" ")),
            particle,
            ..Default::default()
        }
    }

    /// The family name with its particle ("van Beethoven"), or the literal.
    pub fn family_with_particle(&self) -> String {
        match (&self.literal, &self.particle, &self.family) {
            (Some(l), _, _) => l.clone(),
            (None, Some(p), Some(f)) => format!("{p} {f}"),
            (None, None, Some(f)) => f.clone(),
            _ => String::new(),
        }
    }

    /// "Ana Lima", "Ludwig van Beethoven", "Martin Luther King Jr."
    pub fn natural(&self) -> String {
        if let Some(l) = &self.literal {
            return l.clone();
        }
        let mut parts: Vec<String> = Vec::new();
        parts.extend(self.given.clone());
        parts.push(self.family_with_particle());
        let mut s = parts.join(" ");
        if let Some(suffix) = &self.suffix {
            s.push(' ');
            s.push_str(suffix);
        }
        s
    }

    /// "Lima, Ana", "van Beethoven, Ludwig", "King, Martin Luther, Jr."
    pub fn inverted(&self) -> String {
        if let Some(l) = &self.literal {
            return l.clone();
        }
        let mut s = self.family_with_particle();
        if let Some(given) = &self.given {
            s.push_str(", ");
            s.push_str(given);
        }
        if let Some(suffix) = &self.suffix {
            s.push_str(", ");
            s.push_str(suffix);
        }
        s
    }

    /// APA: "Lima, A." / "Ørsted, J.-P." / an organisation whole.
    pub fn with_initials(&self) -> String {
        if let Some(l) = &self.literal {
            return l.clone();
        }
        let mut s = self.family_with_particle();
        if let Some(given) = &self.given {
            s.push_str(", ");
            s.push_str(&initials(given));
        }
        if let Some(suffix) = &self.suffix {
            s.push_str(", ");
            s.push_str(suffix);
        }
        s
    }
}

/// "Jean-Paul Marie" becomes "J.-P. M."
fn initials(given: &str) -> String {
    given
        .split_whitespace()
        .map(|word| {
            word.split('-')
                .filter_map(|part| part.chars().next())
                .map(|c| format!("{c}."))
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The authors a byline names: "By Ana Lima and Jonas Ørsted", "Ana Lima,
/// Staff Writer", "Lima, Jr., Ana" are all read as well as a byline allows.
pub fn authors_from_byline(byline: &str) -> Vec<CslName> {
    let mut text = byline.trim();
    // "By" and its counterparts in bylines of other languages.
    for prefix in ["By ", "by ", "BY ", "Par ", "Por ", "Von "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.trim();
        }
    }
    let normalized = text
        .replace(" and ", ",")
        .replace(" & ", ",")
        .replace(';', ",");
    let mut names: Vec<CslName> = Vec::new();
    for item in normalized
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if SUFFIXES.contains(&item.to_lowercase().as_str()) {
            if let Some(last) = names.last_mut().filter(|n| n.literal.is_none()) {
                last.suffix = Some(item.to_string());
            }
            continue;
        }
        let describes_a_job = item
            .split_whitespace()
            .any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()));
        if describes_a_job {
            continue;
        }
        names.push(CslName::person(item));
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_byline_gives_names_that_print(byline in "\\PC{0,80}") {
            for name in authors_from_byline(&byline) {
                prop_assert!(!name.natural().trim().is_empty());
                prop_assert!(!name.with_initials().contains(", ,"));
            }
        }
    }

    #[test]
    fn two_authors_with_non_ascii_names() {
        let names = authors_from_byline("By Ana Lima and Jonas Ørsted");
        assert_eq!(names.len(), 2);
        assert_eq!(names[1].inverted(), "Ørsted, Jonas");
        assert_eq!(names[0].with_initials(), "Lima, A.");
    }

    #[test]
    fn bylines_in_other_languages() {
        let names = authors_from_byline("Par Søren Ørsted");
        assert_eq!(names, vec![CslName::person("Søren Ørsted")]);
    }

    #[test]
    fn job_descriptions_are_not_authors() {
        let names = authors_from_byline("Ana Lima, Staff Writer");
        assert_eq!(names, vec![CslName::person("Ana Lima")]);
    }

    #[test]
    fn particles_and_suffixes() {
        let names = authors_from_byline("Ludwig van Beethoven, Jr.");
        assert_eq!(names[0].inverted(), "van Beethoven, Ludwig, Jr.");
        assert_eq!(names[0].natural(), "Ludwig van Beethoven Jr.");
    }

    #[test]
    fn hyphenated_given_names_keep_their_hyphen_in_initials() {
        assert_eq!(
            CslName::person("Jean-Paul Marie Dubois").with_initials(),
            "Dubois, J.-P. M."
        );
    }

    #[test]
    fn a_single_word_stays_whole() {
        assert_eq!(CslName::person("Xinhua").natural(), "Xinhua");
    }
}
