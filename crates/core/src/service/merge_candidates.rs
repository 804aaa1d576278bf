//! Speakers that are likely the same person as one speaker, with the
//! evidence for each, for the speaker page's merge suggestions.
//!
//! Only names are compared (a speaker's own name and every alias merged into
//! it): the same family name with compatible given names or initials ("J.
//! Smith", "John Q. Smith", "Smith" beside "John Smith"), or one name
//! contained in the other ("Lula" in "Luiz Inácio Lula da Silva"). Roles
//! both were quoted in support a suggestion; nothing is merged without the
//! user, since two John Smiths are two people.

use serde::Serialize;

use crate::store::normalize::name_words;
use crate::store::{Library, SpeakerSummary, StoreError};

/// Another speaker that may be this one, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MergeCandidate {
    /// The other speaker's id and name, as the speaker list has them.
    pub id: i64,
    pub name: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub quote_count: u64,
    /// Whether the page's speaker should become an alias of the other (the
    /// other's name is the fuller one), rather than the other way round.
    pub merge_into_other: bool,
    /// Why they may be one person, strongest first, as sentences to show.
    pub evidence: Vec<String>,
}

/// At most this many suggestions on one page: past the first few they are
/// rarely right, and the merge dialog lists the whole library's
/// ([`merge_suggestions`](super::merge_suggestions)).
const MOST: usize = 8;

/// Words a name is written with around the person's names ("Sen.", "Jr.").
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sen", "rep", "gov", "gen", "rev",
];
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// A name's words, lower-cased, without titles, suffixes or punctuation.
pub(super) fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name_words(name)
        .into_iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && TITLES.contains(&words[0].as_str()) {
        words.remove(0);
    }
    while words.len() > 1 && SUFFIXES.contains(&words[words.len() - 1].as_str()) {
        words.pop();
    }
    words
}

/// Whether two given names can be one: equal, or one an initial of the other.
fn given_compatible(a: &str, b: &str) -> bool {
    let initial = |short: &str, long: &str| {
        short.chars().count() == 1 && long.chars().next() == short.chars().next()
    };
    a == b || initial(a, b) || initial(b, a)
}

/// How two names may be one person's, as a sentence; None when they may not.
fn name_match(a: &str, b: &str) -> Option<String> {
    let (aw, bw) = (words(a), words(b));
    if aw.is_empty() || bw.is_empty() || aw == bw {
        return None;
    }
    let (a_family, b_family) = (aw.last()?, bw.last()?);
    if a_family == b_family {
        let (ag, bg) = (&aw[..aw.len() - 1], &bw[..bw.len() - 1]);
        match (ag.first(), bg.first()) {
            (None, _) | (_, None) => {
                let (alone, full) = if ag.is_empty() { (a, b) } else { (b, a) };
                return Some(format!("“{alone}” is the family name of “{full}”"));
            }
            (Some(x), Some(y)) if x == y => {
                return Some(format!(
                    "“{a}” and “{b}” share first and family names; one adds a middle name"
                ));
            }
            (Some(x), Some(y)) if given_compatible(x, y) => {
                let (initial, full) = if x.chars().count() == 1 {
                    (a, b)
                } else {
                    (b, a)
                };
                return Some(format!(
                    "same family name; “{initial}” gives an initial of “{full}”"
                ));
            }
            // Same family name, different given names: two people.
            _ => return None,
        }
    }
    let (short, long, sw, lw) = if aw.len() <= bw.len() {
        (a, b, &aw, &bw)
    } else {
        (b, a, &bw, &aw)
    };
    let contained = lw.windows(sw.len()).any(|run| run == sw.as_slice());
    // A single word contained in a longer name must be a name-like word, not
    // a short particle ("da", "de") that happens to occur in it.
    let substantial = sw.len() > 1 || sw[0].chars().count() > 3;
    (contained && substantial).then(|| format!("“{short}” is part of “{long}”"))
}

/// A speaker's names: their own first, then their aliases.
fn names(s: &SpeakerSummary) -> impl Iterator<Item = (&str, bool)> {
    std::iter::once((s.name.as_str(), false)).chain(s.aliases.iter().map(|a| (a.as_str(), true)))
}

/// Why `other` may be `this` speaker, or nothing.
pub(super) fn evidence(this: &SpeakerSummary, other: &SpeakerSummary) -> Vec<String> {
    let mut out = Vec::new();
    for (a, a_alias) in names(this) {
        for (b, b_alias) in names(other) {
            let Some(why) = name_match(a, b) else {
                continue;
            };
            // An alias that matches says where it came from.
            let whose = match (a_alias, b_alias) {
                (false, false) => String::new(),
                (true, false) => format!(" (“{a}” is already written for {})", this.name),
                (false, true) => format!(" (“{b}” is already written for {})", other.name),
                (true, true) => format!(" (aliases of {} and {})", this.name, other.name),
            };
            out.push(format!("{why}{whose}"));
        }
    }
    if out.is_empty() {
        return out;
    }
    let roles = |s: &SpeakerSummary| -> Vec<String> {
        s.roles.iter().map(|r| r.role.to_lowercase()).collect()
    };
    // A role one was given that the other's contains ("Mayor" and "mayor of
    // Port Ellis") supports the names; the shorter wording is shown.
    let theirs = roles(other);
    let mut shared: Vec<&str> = Vec::new();
    for (mine, role) in roles(this).iter().zip(&this.roles) {
        let Some(at) = theirs
            .iter()
            .position(|t| t.contains(mine.as_str()) || mine.contains(t.as_str()))
        else {
            continue;
        };
        // As it was written, not lower-cased.
        let shorter = if theirs[at].len() < mine.len() {
            other.roles[at].role.as_str()
        } else {
            role.role.as_str()
        };
        if !shared.iter().any(|s| s.eq_ignore_ascii_case(shorter)) {
            shared.push(shorter);
        }
    }
    out.extend(shared.iter().map(|role| format!("both quoted as “{role}”")));
    out
}

/// Which of two names to keep when merging: the one with more words, then
/// the longer one ("Helena Marsh" over "H. Marsh"), then the one quoted more.
pub(super) fn fuller(s: &SpeakerSummary) -> (usize, usize, u64) {
    let words = words(&s.name);
    let letters = words.iter().map(|w| w.chars().count()).sum();
    (words.len(), letters, s.quote_count)
}

/// The speakers that may be the one with this id, most evidence first.
pub fn merge_candidates(
    library: &Library,
    speaker_id: i64,
) -> Result<Vec<MergeCandidate>, StoreError> {
    let speakers = library.speakers()?;
    let this = speakers
        .iter()
        .find(|s| s.id == speaker_id)
        .ok_or(StoreError::NotFound {
            what: "speaker",
            id: speaker_id.to_string(),
        })?;
    Ok(candidates_among(this, &speakers))
}

/// [`merge_candidates`] over a speaker list already read.
pub(super) fn candidates_among(
    this: &SpeakerSummary,
    speakers: &[SpeakerSummary],
) -> Vec<MergeCandidate> {
    let mut out: Vec<MergeCandidate> = speakers
        .iter()
        .filter(|other| other.id != this.id)
        .filter_map(|other| {
            let evidence = evidence(this, other);
            if evidence.is_empty() {
                return None;
            }
            Some(MergeCandidate {
                id: other.id,
                name: other.name.clone(),
                quote_count: other.quote_count,
                merge_into_other: fuller(other) > fuller(this),
                evidence,
            })
        })
        .collect();
    out.sort_by(|x, y| {
        y.evidence
            .len()
            .cmp(&x.evidence.len())
            .then(y.quote_count.cmp(&x.quote_count))
            .then_with(|| x.name.cmp(&y.name))
    });
    out.truncate(MOST);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_may_be_one_person() {
        assert!(name_match("Lovelace", "Ada Lovelace")
            .unwrap()
            .contains("family name"));
        assert!(name_match("J. Smith", "John Smith")
            .unwrap()
            .contains("initial"));
        assert!(name_match("John Q. Smith", "John Smith")
            .unwrap()
            .contains("middle name"));
        assert!(name_match("Sen. John Smith Jr.", "J Smith").is_some());
        assert!(name_match("Lula", "Luiz Inácio Lula da Silva")
            .unwrap()
            .contains("part of"));
    }

    #[test]
    fn names_that_are_two_people() {
        assert_eq!(name_match("Jane Smith", "John Smith"), None);
        assert_eq!(name_match("K. Smith", "John Smith"), None);
        assert_eq!(name_match("Ada Lovelace", "Grace Hopper"), None);
        // A particle is no evidence.
        assert_eq!(name_match("Da", "Luiz Inácio Lula da Silva"), None);
        assert_eq!(name_match("Ada Lovelace", "ada  lovelace"), None);
    }
}
