//! The whole library's merge suggestions, for the Merge dialog and
//! `quotebook speakers --suggest-merges`: every pair of speakers the speaker
//! page would suggest for one another, with the same evidence, listed once.
//!
//! The dialog and the CLI once had rules of their own (a surname alone, or the
//! same first and last words), so a pair could be offered in one place and
//! not the other, with a different reason. Both now ask
//! [`merge_candidates`](super::merge_candidates) for its judgement.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::merge_candidates::{evidence, fuller, words};
use crate::store::{Library, SpeakerSummary, StoreError};

/// Two speakers that may be one person; never merged without the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MergeSuggestion {
    /// The name that would become an alias.
    pub from: String,
    /// The name that would be kept (the fuller one).
    pub into: String,
    /// Why they may be one person, strongest first, as sentences to show.
    pub evidence: Vec<String>,
}

/// At most this many: a long list of weak pairs hides the few that matter.
const MOST: usize = 50;

/// Every pair of speakers that may be one person, most evidence first.
pub fn merge_suggestions(library: &Library) -> Result<Vec<MergeSuggestion>, StoreError> {
    Ok(suggest(&library.speakers()?))
}

fn suggest(speakers: &[SpeakerSummary]) -> Vec<MergeSuggestion> {
    // Two names can only match when they share a word (a family name, or the
    // shorter name inside the longer), so only speakers sharing one are
    // compared: a library of thousands of names is not compared pair by pair.
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in speakers.iter().enumerate() {
        let mut seen = HashSet::new();
        let names = std::iter::once(&s.name).chain(&s.aliases);
        for word in names.flat_map(|n| words(n)) {
            if seen.insert(word.clone()) {
                by_word.entry(word).or_default().push(i);
            }
        }
    }
    let mut pairs: HashSet<(usize, usize)> = HashSet::new();
    for group in by_word.values() {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut out: Vec<(u64, MergeSuggestion)> = pairs
        .into_iter()
        .filter_map(|(a, b)| {
            let (a, b) = (&speakers[a], &speakers[b]);
            let evidence = evidence(a, b);
            if evidence.is_empty() {
                return None;
            }
            let (from, into) = if fuller(b) > fuller(a) {
                (a, b)
            } else {
                (b, a)
            };
            Some((
                a.quote_count + b.quote_count,
                MergeSuggestion {
                    from: from.name.clone(),
                    into: into.name.clone(),
                    evidence,
                },
            ))
        })
        .collect();
    out.sort_by(|(xq, x), (yq, y)| {
        y.evidence
            .len()
            .cmp(&x.evidence.len())
            .then(yq.cmp(xq))
            .then_with(|| (&x.into, &x.from).cmp(&(&y.into, &y.from)))
    });
    out.truncate(MOST);
    out.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::RoleSeen;

    fn speaker(id: i64, name: &str, quotes: u64, roles: &[&str]) -> SpeakerSummary {
        SpeakerSummary {
            id,
            name: name.to_string(),
            aliases: Vec::new(),
            quote_count: quotes,
            roles: roles
                .iter()
                .map(|r| RoleSeen {
                    role: r.to_string(),
                    first: None,
                    last: None,
                })
                .collect(),
            first: None,
            last: None,
        }
    }

    #[test]
    fn pairs_are_offered_once_into_the_fuller_name_with_their_evidence() {
        let speakers = [
            speaker(1, "Ada Lovelace", 4, &["Mayor of Port Ellis"]),
            speaker(2, "Lovelace", 2, &["Mayor"]),
            speaker(3, "Grace Hopper", 3, &[]),
            speaker(4, "John Q. Smith", 1, &[]),
            speaker(5, "John Smith", 1, &[]),
            // Quoted more, but an initial: the full given name is kept.
            speaker(7, "H. Marsh", 9, &[]),
            speaker(8, "Helena Marsh", 1, &[]),
            speaker(6, "Jane Smith", 5, &[]),
        ];
        let s = suggest(&speakers);
        let pairs: Vec<(&str, &str)> = s
            .iter()
            .map(|s| (s.from.as_str(), s.into.as_str()))
            .collect();
        // The pair with a shared role as well as a name comes first; Jane and
        // John Smith are two people.
        assert_eq!(
            pairs,
            [
                ("Lovelace", "Ada Lovelace"),
                ("H. Marsh", "Helena Marsh"),
                ("John Smith", "John Q. Smith")
            ]
        );
        assert_eq!(s[0].evidence.len(), 2, "{:?}", s[0].evidence);
        assert!(s[0].evidence[1].contains("Mayor"), "{:?}", s[0].evidence);
    }

    #[test]
    fn an_alias_brings_its_speaker_into_the_comparison() {
        let mut known = speaker(1, "Ada King", 3, &[]);
        known.aliases.push("Ada Lovelace".to_string());
        let speakers = [known, speaker(2, "Lovelace", 1, &[])];
        let s = suggest(&speakers);
        assert_eq!(s.len(), 1);
        assert_eq!(
            (s[0].from.as_str(), s[0].into.as_str()),
            ("Lovelace", "Ada King")
        );
        assert!(
            s[0].evidence[0].contains("already written for Ada King"),
            "{:?}",
            s[0].evidence
        );
    }
}
