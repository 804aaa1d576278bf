//! The extractor's output: one attributed quote, with where it stands in the
//! text. The CLI prints it as the quote object of its JSON contract, and the
//! library stores it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::lexicon;
use crate::mentions;

/// How a quote appears in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quotation in quote marks.
    Direct,
    /// A few quoted words inside reported speech.
    Partial,
    /// A pull quote set apart with no quote marks.
    Block,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Block => "block",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "direct" => Some(QuoteKind::Direct),
            "partial" => Some(QuoteKind::Partial),
            "block" => Some(QuoteKind::Block),
            _ => None,
        }
    }
}

/// What kind of source a speaker is: a named person, a named organisation
/// (a ministry's statement, a court's ruling), or a source the text only
/// describes ("a spokeswoman", "one witness").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organisation,
    Unnamed,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Unnamed => "unnamed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "person" => Some(SpeakerKind::Person),
            "organisation" => Some(SpeakerKind::Organisation),
            "unnamed" => Some(SpeakerKind::Unnamed),
            _ => None,
        }
    }

    /// The kind a speaker's written name shows: a description starts in lower
    /// case ("a spokeswoman"); a name holding an organisation word ("Ministry",
    /// "University", "Inc.") names an organisation; any other name a person.
    pub fn of_name(name: &str) -> SpeakerKind {
        let first = name.trim_start().chars().next();
        let lead = name.split_whitespace().next().unwrap_or("");
        if first.is_none_or(|c| !c.is_uppercase()) && !mentions::has_article_prefix(lead) {
            return SpeakerKind::Unnamed;
        }
        // "Biden campaign": a body named after whom it serves. "China
        // said": a state speaks as a body.
        if lexicon::is_country(name.trim())
            || name.split_whitespace().any(lexicon::is_org_word)
            // "Brennan & Vale": a firm.
            || name.split_whitespace().any(|w| w == "&")
            || name
                .split_whitespace()
                .last()
                .is_some_and(lexicon::is_named_body_noun)
        {
            return SpeakerKind::Organisation;
        }
        SpeakerKind::Person
    }
}

/// One attributed quote as the extractor found it.
///
/// This is the quote object of the CLI contract: `quotebook extract` prints it,
/// and the library's listings and exports print the same fields. An unknown
/// value is `null`, never `""`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExtractedQuote {
    /// The quoted words, without the quote marks.
    pub text: String,
    /// UTF-8 byte offsets of `text` in the article text the extractor was given.
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// Canonical full name ("Benjamin Netanyahu") or a short description of an
    /// unnamed source ("a campaign spokesman").
    pub speaker: Option<String>,
    /// Person, organisation or unnamed source; `null` when there is no speaker.
    pub speaker_kind: Option<SpeakerKind>,
    /// The speaker as the attributing sentence writes it ("he", "the PM").
    pub speaker_mention: Option<String>,
    /// The speaker's role at the time, as the article states it.
    pub role: Option<String>,
    /// The day the words were said.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub date: Option<NaiveDate>,
    /// The setting ("press conference in Jerusalem", "interview with CNN").
    pub venue: Option<String>,
    /// The reporting verb or phrase that attributes the quote.
    pub cue: Option<String>,
    /// How sure the extractor is of the attribution, in [0, 1].
    pub confidence: f32,
    /// UTF-8 byte offsets of the paragraph the quote stands in. The quote
    /// refers to its paragraph rather than copying it: an article of many
    /// short quotes on one long line would otherwise hold the line once per
    /// quote.
    pub paragraph_start: usize,
    pub paragraph_end: usize,
}

impl ExtractedQuote {
    /// The paragraph the quote stands in, cut from the text it was found in.
    pub fn paragraph<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.paragraph_start..self.paragraph_end)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speakers_kind_follows_how_the_name_is_written() {
        assert_eq!(SpeakerKind::of_name("Ann Lee"), SpeakerKind::Person);
        assert_eq!(
            SpeakerKind::of_name("Ministry of Health"),
            SpeakerKind::Organisation
        );
        assert_eq!(
            SpeakerKind::of_name("a spokeswoman for the ministry"),
            SpeakerKind::Unnamed
        );
        assert_eq!(SpeakerKind::of_name(""), SpeakerKind::Unnamed);
    }

    #[test]
    fn bodies_are_organisations_and_descriptions_unnamed() {
        assert_eq!(
            SpeakerKind::of_name("Harbour Police"),
            SpeakerKind::Organisation
        );
        assert_eq!(
            SpeakerKind::of_name("Supreme Court"),
            SpeakerKind::Organisation
        );
        assert_eq!(SpeakerKind::of_name("Tom Park"), SpeakerKind::Person);
        assert_eq!(SpeakerKind::of_name("an eyewitness"), SpeakerKind::Unnamed);
    }

    #[test]
    fn kinds_read_back_what_they_write() {
        for k in [
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Unnamed,
        ] {
            assert_eq!(SpeakerKind::parse(k.as_str()), Some(k));
        }
        for k in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Block] {
            assert_eq!(QuoteKind::parse(k.as_str()), Some(k));
        }
    }
}
