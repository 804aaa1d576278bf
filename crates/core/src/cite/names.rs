//! Authors as CSL-JSON names: what the byline parser ([`crate::names`])
//! reads, in the shape CSL processors expect.

use serde::{Deserialize, Serialize};

use crate::names::{parse_byline, Author};

/// A CSL-JSON name: a person split into family and given names, or an
/// organisation kept whole as `literal`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CslName {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// "van", "de la", "bin": kept with the family name but not sorted on.
    #[serde(
        rename = "non-dropping-particle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub particle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<String>,
}

impl CslName {
    pub fn literal(name: &str) -> Self {
        CslName {
            literal: Some(name.to_string()),
            ..Default::default()
        }
    }
}

impl From<&Author> for CslName {
    fn from(author: &Author) -> Self {
        match author {
            Author::Organisation { name } => CslName::literal(name),
            // A lone family name ("Madonna") is printed whole, as CSL prints
            // a literal, rather than as a family name with no initials.
            Author::Person(p) if p.given.is_none() && p.particle.is_none() => {
                CslName::literal(&p.natural())
            }
            Author::Person(p) => CslName {
                family: Some(p.family.clone()),
                given: p.given.clone(),
                particle: p.particle.clone(),
                suffix: p.suffix.clone(),
                literal: None,
            },
        }
    }
}

/// The authors a byline names, as CSL names.
pub fn authors_from_byline(byline: &str) -> Vec<CslName> {
    parse_byline(byline).iter().map(CslName::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_split_and_agencies_kept_whole() {
        let names = authors_from_byline("By Martin Luther King Jr. and The Associated Press");
        assert_eq!(names[0].family.as_deref(), Some("King"));
        assert_eq!(names[0].given.as_deref(), Some("Martin Luther"));
        assert_eq!(names[0].suffix.as_deref(), Some("Jr."));
        assert_eq!(names[1], CslName::literal("The Associated Press"));
        let json = serde_json::to_value(&names[0]).unwrap();
        assert_eq!(json["suffix"], "Jr.");
        assert!(json.get("literal").is_none());
    }

    #[test]
    fn particles_are_non_dropping() {
        let names = authors_from_byline("Ludwig van Beethoven");
        let json = serde_json::to_value(&names[0]).unwrap();
        assert_eq!(json["non-dropping-particle"], "van");
        assert_eq!(json["family"], "Beethoven");
    }
}
