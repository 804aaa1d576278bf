//! The one asked answers: "Commission counsel Jordan Whitehorse asked
//! Beaulieu why he had not reported the readings. \"Because I thought the
//! province already knew,\" he answered." The "he" who answers is the one
//! asked, not the one who asked, though the asker was named last.

use super::attribution::Cue;
use super::document::Document;
use super::entities::People;
use super::lexicon::Gender;
use super::resolve::{Form, Speaker};

/// Verbs that give an answer.
const ANSWERING: &[&str] = &["answered", "replied", "responded", "retorted"];

/// Whether `verb` gives an answer, which the one who asked does not.
pub fn answers(verb: &str) -> bool {
    ANSWERING.contains(&verb)
}

/// The person asked in the sentence before the cue's, in its paragraph,
/// when the cue answers with a pronoun of gender `gender`: the name right
/// after "asked" there.
pub fn asked_before(doc: &Document, people: &People, cue: &Cue, gender: Gender) -> Option<Speaker> {
    if !answers(doc.word(cue.verb)) {
        return None;
    }
    let before = doc.sentences[cue.sentence.checked_sub(1)?];
    if before.para != cue.para {
        return None;
    }
    let asked =
        (before.first..before.last).find(|&k| doc.word(k) == "asked" && !doc.in_quote(k))?;
    let at = doc.tokens.get(asked + 1)?.start;
    let sighting = people.sightings.iter().find(|s| s.at == at)?;
    let p = &people.persons[sighting.person];
    if !p.personish || !p.gender.compatible(gender) {
        return None;
    }
    let mut s = Speaker::of_person(people, sighting.person, None, &cue.mention, Form::Pronoun);
    s.gender_agrees = p.gender == gender && gender != Gender::Unknown;
    Some(s)
}
