//! The speaker scorer: a logistic model over a candidate's evidence features
//! that gives the probability that the candidate is who said the quote.
//!
//! The weights live in `speaker_weights.txt` beside this file (one `feature
//! weight` per line), written by `scripts/train-speaker-scorer.py` and read
//! at compile time: no download, no file at run time. A different weights
//! text can be handed to [`SpeakerScorer::from_text`], which is how the
//! training script scores each cross-validation fold with weights that never
//! saw its articles.

use std::sync::LazyLock;

use super::calibration::{AttributionKind, Calibration};
use super::candidates::Candidate;

/// The evidence a candidate carries. Each is a number, mostly 0 or 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub enum Feature {
    /// Always 1: the model's intercept.
    Bias,
    // Where the candidate comes from (exactly one is 1).
    /// A transcript label inside the quote ("LEE: We will...").
    SourceLabel,
    /// A dashed credit after the quote ("..." ― Ann Lee).
    SourceCredit,
    /// A name right before a dash that opens the quote.
    SourceDashName,
    /// A reporting cue in the quote's sentence.
    SourceSentenceCue,
    /// A reporting cue elsewhere in the quote's paragraph.
    SourceParagraphCue,
    /// The speaker of the quote's earlier paragraphs (one quote over several).
    SourceContinuation,
    /// The person who is the subject of the quote's sentence, no verb.
    SourceSubject,
    /// The speaker of the previous quote.
    SourcePreviousQuote,
    /// The subject of the latest cue before the quote.
    SourcePreviousCue,
    // The cue.
    /// The cue's verb comes after the quote ("...," Lee said).
    CueAfter,
    /// Tokens between the quote and the cue's verb, as ln(1 + n) / 4.
    CueDistance,
    /// "according to".
    CueAccording,
    /// "said" or "says".
    CueSaid,
    // How the speaker is written where the evidence names them.
    /// A name of two words or more.
    FormFullName,
    /// One word that stands for a fuller name of the article.
    FormSurname,
    /// One word and no fuller name for it in the article.
    FormLoneName,
    /// "he" or "she".
    FormPronoun,
    /// A description that names a role someone of the article holds.
    FormRole,
    /// An epithet ("the businessman") for someone already named.
    FormEpithet,
    /// A description of a source with no name ("a spokeswoman").
    FormDescription,
    // What the speaker is.
    /// A named organisation, body or place.
    KindOrganisation,
    /// A source the text only describes.
    KindUnnamed,
    /// Something marks them as a person (a given name, an honorific, a title).
    Personish,
    /// How often the article writes the person's full name, ln(1 + n) / 2.
    Salience,
    /// They already spoke an earlier quote of the article.
    SpokeBefore,
    /// A pronoun whose gender is the person's known gender.
    GenderAgrees,
    // The quote.
    /// A few quoted words inside reported speech.
    QuotePartial,
    /// Paragraphs between the evidence and the quote, divided by 4 (at most 1).
    ParagraphGap,
    /// Other candidates of the quote that name the same speaker, divided by 2
    /// (at most 1).
    OthersAgree,
}

/// How many features there are.
pub const FEATURES: usize = Feature::OthersAgree as usize + 1;

/// Each feature's name in the weights file, in the order of [`Feature`].
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "bias",
    "source_label",
    "source_credit",
    "source_dash_name",
    "source_sentence_cue",
    "source_paragraph_cue",
    "source_continuation",
    "source_subject",
    "source_previous_quote",
    "source_previous_cue",
    "cue_after",
    "cue_distance",
    "cue_according",
    "cue_said",
    "form_full_name",
    "form_surname",
    "form_lone_name",
    "form_pronoun",
    "form_role",
    "form_epithet",
    "form_description",
    "kind_organisation",
    "kind_unnamed",
    "personish",
    "salience",
    "spoke_before",
    "gender_agrees",
    "quote_partial",
    "paragraph_gap",
    "others_agree",
];

/// One candidate's feature values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features(pub [f32; FEATURES]);

impl Default for Features {
    fn default() -> Self {
        let mut f = [0.0; FEATURES];
        f[Feature::Bias as usize] = 1.0;
        Features(f)
    }
}

impl Features {
    pub fn set(&mut self, f: Feature, value: f32) {
        self.0[f as usize] = value;
    }

    pub fn flag(&mut self, f: Feature, on: bool) {
        self.0[f as usize] = if on { 1.0 } else { 0.0 };
    }

    pub fn get(&self, f: Feature) -> f32 {
        self.0[f as usize]
    }
}

/// A logistic model over [`Features`].
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerScorer {
    weights: [f32; FEATURES],
    /// Moves the chosen speaker's probability for the kind of attribution
    /// that found them (see [`Calibration`]).
    calibration: Calibration,
}

static DEFAULT: LazyLock<SpeakerScorer> = LazyLock::new(|| {
    SpeakerScorer::from_text(include_str!("speaker_weights.txt"))
        .expect("the committed speaker weights parse (a unit test checks them)")
        .with_calibration(Calibration::default())
});

impl Default for SpeakerScorer {
    fn default() -> Self {
        DEFAULT.clone()
    }
}

impl SpeakerScorer {
    /// The committed weights and calibration.
    pub fn committed() -> &'static SpeakerScorer {
        &DEFAULT
    }

    /// Weights from the text of a weights file: `name value` per line, `#`
    /// comments. A feature the text leaves out weighs 0; an unknown name or a
    /// value that is not a number is an error naming the line. No calibration:
    /// the confidence is the probability (the calibration was learned for the
    /// committed weights, not these).
    pub fn from_text(text: &str) -> Result<SpeakerScorer, String> {
        let weights = super::named_values::parse(text, &FEATURE_NAMES, ("feature", "weight"))?;
        Ok(SpeakerScorer {
            weights,
            calibration: Calibration::identity(),
        })
    }

    /// The same weights with another calibration.
    pub fn with_calibration(mut self, calibration: Calibration) -> SpeakerScorer {
        self.calibration = calibration;
        self
    }

    /// The confidence to report for the chosen candidate: its probability,
    /// calibrated for the kind of attribution that found it.
    pub fn confidence(&self, chosen: &Candidate) -> f32 {
        self.calibration
            .confidence(AttributionKind::of(chosen), chosen.probability)
    }

    /// The probability that a candidate with these features is the speaker.
    pub fn probability(&self, f: &Features) -> f32 {
        let z: f32 = self
            .weights
            .iter()
            .zip(f.0.iter())
            .map(|(w, x)| w * x)
            .sum();
        1.0 / (1.0 + (-z).exp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_weights_parse_and_name_every_feature_once() {
        let text = include_str!("speaker_weights.txt");
        SpeakerScorer::from_text(text).unwrap();
        for (name, n) in crate::named_values::lines_naming(text, &FEATURE_NAMES) {
            assert_eq!(n, 1, "{name}");
        }
    }

    #[test]
    fn bad_weights_text_names_the_line() {
        let e = SpeakerScorer::from_text("bias 1\nloudness 2").unwrap_err();
        assert!(e.contains("line 2") && e.contains("loudness"), "{e}");
        let e = SpeakerScorer::from_text("bias x").unwrap_err();
        assert!(e.contains("line 1"), "{e}");
    }

    #[test]
    fn more_evidence_for_gives_a_higher_probability() {
        let s =
            SpeakerScorer::from_text("bias -1\nsource_sentence_cue 3\nform_pronoun -1").unwrap();
        let mut named = Features::default();
        named.flag(Feature::SourceSentenceCue, true);
        let mut pronoun = named;
        pronoun.flag(Feature::FormPronoun, true);
        let none = Features::default();
        assert!(s.probability(&named) > s.probability(&pronoun));
        assert!(s.probability(&pronoun) > s.probability(&none));
        assert!((s.probability(&none) - 1.0 / (1.0 + 1f32.exp())).abs() < 1e-6);
    }
}
