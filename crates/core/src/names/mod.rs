//! Names of authors, read from bylines: one parser for citations (the CSL
//! record of an article) and for import (bylines of web pages).
//!
//! [`parse_byline`] reads "By Jane Doe and John Roe in Washington | Reuters"
//! into [`Author`]s: people split into given name, particle, family name and
//! suffix, and organisations (wire services, desks, newsrooms) kept whole as
//! institutional authors.

mod byline;
mod organisation;
mod person;

use serde::{Deserialize, Serialize};

pub use byline::parse_byline;
pub use organisation::{is_organisation, takes_definite_article};
pub use person::parse_person;

/// A person's name in its parts: "Ludwig" "van" "Beethoven" "Jr.".
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersonName {
    /// Given names, as written ("Martin Luther", "Jean-Paul").
    pub given: Option<String>,
    /// The family name without its particle ("Beethoven").
    pub family: String,
    /// A lowercase particle kept with the family name but not sorted on
    /// ("van", "de la", "bin").
    pub particle: Option<String>,
    /// "Jr.", "Sr.", "III".
    pub suffix: Option<String>,
}

impl PersonName {
    /// "Ludwig van Beethoven Jr."
    pub fn natural(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.given.as_deref());
        parts.extend(self.particle.as_deref());
        parts.push(&self.family);
        parts.extend(self.suffix.as_deref());
        parts.join(" ")
    }
}

/// One author of an article.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Author {
    Person(PersonName),
    /// A wire service, newsroom or other institution, kept whole
    /// ("The Associated Press", "Reuters", "BBC News").
    Organisation {
        name: String,
    },
}

impl Author {
    /// The name as it reads in running text.
    pub fn natural(&self) -> String {
        match self {
            Author::Person(p) => p.natural(),
            Author::Organisation { name } => name.clone(),
        }
    }
}
