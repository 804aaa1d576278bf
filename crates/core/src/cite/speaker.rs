//! Who said it, as the attribution sentence names them.

use super::punct::present;

/// Words that may stand in a formal title without being capitalised
/// ("Secretary of State").
const SMALL_WORDS: &[&str] = &[
    "of", "for", "and", "the", "on", "at", "to", "in", "de", "du",
];

/// A title short enough to stand before the name, as AP writes
/// "Israeli Prime Minister Benjamin Netanyahu". Longer or descriptive roles go
/// after the name ("said Dana Ruiz, chair of the water board").
pub fn role_goes_before_name(role: &str) -> bool {
    let words: Vec<&str> = role.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if role.contains([',', '(', ';']) || role.chars().count() > 40 || words.len() > 5 {
        return false;
    }
    if matches!(first.to_lowercase().as_str(), "a" | "an" | "the" | "who") {
        return false;
    }
    let capitalised = words
        .iter()
        .filter(|w| !SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    capitalised || words.len() <= 2
}

/// A speaker given as a description ("a campaign spokesman") rather than a
/// name: it begins with a lowercase letter.
pub fn is_description(speaker: &str) -> bool {
    speaker.chars().next().is_some_and(char::is_lowercase)
}

/// The speaker and role of a quote, blank values treated as missing.
pub struct Speaker<'a> {
    pub name: Option<&'a str>,
    pub role: Option<&'a str>,
}

impl<'a> Speaker<'a> {
    pub fn new(name: Option<&'a str>, role: Option<&'a str>) -> Self {
        let name = present(name);
        // A role beside a description ("a spokesman", "spokesman") says the
        // same thing twice.
        let role = present(role).filter(|_| !name.is_some_and(is_description));
        Speaker { name, role }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formal_titles_go_before_the_name() {
        assert!(role_goes_before_name("Israeli Prime Minister"));
        assert!(role_goes_before_name("Secretary of State"));
        assert!(role_goes_before_name("spokeswoman"));
    }

    #[test]
    fn long_or_descriptive_roles_go_after_the_name() {
        assert!(!role_goes_before_name("chair of the regional water board"));
        assert!(!role_goes_before_name("the party's deputy leader"));
        assert!(!role_goes_before_name("Minister, Foreign Affairs"));
        assert!(!role_goes_before_name(
            "Deputy Director General of the International Atomic Energy Agency"
        ));
    }

    #[test]
    fn a_description_takes_no_role() {
        let s = Speaker::new(Some("a ministry spokesman"), Some("spokesman"));
        assert_eq!(s.role, None);
        let s = Speaker::new(Some(" "), Some("Mayor"));
        assert_eq!(s.name, None);
        assert_eq!(s.role, Some("Mayor"));
    }
}
