//! A source with no name that the sentence before a pronoun is about: "In
//! the crowd outside the church, a woman in her seventies held a
//! handwritten sign. \"…,\" she said." The woman is the "she", not the
//! person the story is about, who is named earlier.

use super::attribution::Cue;
use super::document::Document;
use super::entities::People;
use super::lexicon::{self, Gender};
use super::resolve::{Form, Speaker};
use super::time;

/// Past tenses that end the description without "-ed", beside those of
/// events [`time::IRREGULAR_EVENTS`] lists ("came", "took", "made").
const IRREGULAR_PAST: &[&str] = &[
    "held", "stood", "sat", "wore", "gave", "was", "had", "sang", "wept", "knelt", "laid", "put",
    "read", "wrote", "lit", "carried",
];

/// A qualifying phrase after the noun is short: "in her seventies".
const MAX_QUALIFIER_TOKENS: usize = 5;

/// The source a pronoun of gender `gender` in `cue` stands for, when the
/// sentence right before the cue's, in its paragraph, opens (perhaps after
/// a place set off by a comma) with a person described, not named, and
/// reports no words of its own.
pub fn described_before(
    doc: &Document,
    people: &People,
    cue: &Cue,
    gender: Gender,
) -> Option<Speaker> {
    let s = cue.sentence.checked_sub(1)?;
    let sentence = doc.sentences[s];
    if sentence.para != cue.para {
        return None;
    }
    let outside = |k: usize| doc.tokens[k].is_word && !doc.in_quote(k);
    // Words reported there have their own cue.
    if (sentence.first..sentence.last)
        .any(|k| outside(k) && lexicon::is_reporting_verb(doc.word(k)))
    {
        return None;
    }
    // After a place set off ("In the crowd outside the church,").
    let mut a = sentence.first;
    if matches!(
        doc.word(a),
        "In" | "At" | "Outside" | "Inside" | "Among" | "Near"
    ) {
        a = (a..sentence.last.min(a + 12)).find(|&k| doc.word(k) == ",")? + 1;
    }
    if a >= sentence.last || !matches!(doc.word(a).to_lowercase().as_str(), "a" | "an" | "one") {
        return None;
    }
    // Up to two modifiers, then the noun for a person.
    let head = (a + 1..sentence.last.min(a + 4)).find(|&k| {
        let w = doc.word(k);
        outside(k) && lexicon::is_role_noun(w) && w.bytes().all(|b| b.is_ascii_lowercase())
    })?;
    if (a + 1..head).any(|k| {
        !outside(k)
            || !doc
                .word(k)
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
    }) {
        return None;
    }
    let noun_gender = lexicon::role_gender(doc.word(head));
    if noun_gender != Gender::Unknown && gender != Gender::Unknown && noun_gender != gender {
        return None;
    }
    // "a woman in her seventies held": a phrase up to the verb.
    let mut end = head + 1;
    if end < sentence.last
        && matches!(
            doc.word(end),
            "in" | "from" | "of" | "with" | "near" | "for" | "at"
        )
    {
        let verb = (end + 1..sentence.last.min(end + 1 + MAX_QUALIFIER_TOKENS)).find(|&k| {
            let w = doc.word(k);
            (w.len() > 3 && w.ends_with("ed"))
                || IRREGULAR_PAST.contains(&w)
                || time::IRREGULAR_EVENTS.contains(&w)
        });
        if let Some(v) = verb {
            end = v;
        }
    }
    // No one named since the description: a name would be the likelier "she".
    let from = doc.tokens[a].start;
    let to = cue.at;
    if people.sightings.iter().any(|x| x.at >= from && x.at < to) {
        return None;
    }
    let written = doc.text[doc.tokens[a].start..doc.tokens[end - 1].end].to_string();
    let mut speaker = Speaker::described(written, None);
    speaker.mention = cue.mention.clone();
    speaker.form = Form::Description;
    Some(speaker)
}
