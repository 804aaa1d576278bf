//! quotebook-extract: finds attributed quotes in an article's text.
//!
//! Text in, quotes out: no storage, no HTML, no files. The library
//! (`quotebook-core`) reads articles and stores what this crate finds.
//!
//! Small passes over one document model ([`document::Document`]), as
//! `DESIGN.md` draws them: paragraphs ([`segment`]), quote marks ([`marks`]),
//! name mentions ([`mentions`]), cues and their subjects ([`attribution`]),
//! people and coreference ([`entities`]), dates ([`time`]) and venues
//! ([`place`]), plus pull quotes with a credit line ([`block`]) and the
//! labelled lines of a transcript printed without quote marks
//! ([`transcript`]). The
//! [`speakers`] pass ties them together: for each quote, [`candidates`]
//! collects the speakers the evidence proposes (a transcript label, a credit,
//! a cue in the sentence or paragraph, the speaker it continues, the previous
//! speaker), [`resolve`] says who each names, and one logistic [`scorer`]
//! picks the most probable; its probability, moved for the kind of
//! attribution that found the speaker ([`calibration`]), is the quote's
//! `confidence`.

mod answered;
mod askers;
mod attribution;
mod audience;
mod block;
mod calibration;
mod candidates;
mod cue_index;
mod described_topic;
mod description_tail;
mod document;
mod entities;
mod interview;
mod issuer;
mod lexicon;
mod marks;
mod mentions;
mod named_values;
mod opening_place;
mod place;
mod quote;
mod recount;
mod resolve;
mod scorer;
mod segment;
mod setting;
mod speakers;
mod taken_posts;
mod time;
mod tokens;
mod transcript;
mod turns;

use std::collections::HashMap;

use chrono::NaiveDate;

pub use quote::{ExtractedQuote, QuoteKind, SpeakerKind};

pub use calibration::Calibration;
pub use scorer::{SpeakerScorer, FEATURE_NAMES};
pub use time::publication_date;

/// Every attributed quote in `text`, in order of appearance.
///
/// Dates are resolved against `published`, or the date the text itself
/// states when that is `None`.
pub fn extract_quotes(text: &str, published: Option<NaiveDate>) -> Vec<ExtractedQuote> {
    extract_quotes_with(text, published, SpeakerScorer::committed())
}

/// As [`extract_quotes`], with the speaker scorer's weights given: the
/// training script scores each cross-validation fold with weights learned
/// without its articles.
pub fn extract_quotes_with(
    text: &str,
    published: Option<NaiveDate>,
    scorer: &SpeakerScorer,
) -> Vec<ExtractedQuote> {
    let published: Option<NaiveDate> = published.or_else(|| publication_date(text));
    let doc = document::Document::new(text);
    let mut quotes = speakers::attribute(&doc, published, scorer, None);
    dedupe(text, &mut quotes);
    quotes.sort_by_key(|q| q.start);
    quotes
}

/// One candidate speaker of a quote as the scorer saw it: who, from which
/// source of evidence, the feature values (in the order of
/// [`FEATURE_NAMES`]) and the probability it was given.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CandidateReport {
    pub speaker: String,
    pub source: &'static str,
    pub features: Vec<f32>,
    pub probability: f32,
}

/// A quote (before duplicates are dropped) with every candidate speaker the
/// scorer weighed: what the training script learns from.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ExplainedQuote {
    pub quote: ExtractedQuote,
    pub candidates: Vec<CandidateReport>,
    /// The kind of attribution that found the chosen speaker (a name of
    /// `calibration::KIND_NAMES`), which its confidence is calibrated for;
    /// none for a pull quote or a quote with no candidate.
    pub attribution: Option<&'static str>,
}

/// Every quote with the candidates its speaker was chosen from.
pub fn explain_quotes(
    text: &str,
    published: Option<NaiveDate>,
    scorer: &SpeakerScorer,
) -> Vec<ExplainedQuote> {
    let published: Option<NaiveDate> = published.or_else(|| publication_date(text));
    let doc = document::Document::new(text);
    let mut sink = Vec::new();
    let quotes = speakers::attribute(&doc, published, scorer, Some(&mut sink));
    // Pull quotes come last and were chosen without candidates.
    let mut sink = sink.into_iter();
    quotes
        .into_iter()
        .map(|quote| {
            let weighed = if quote.kind == QuoteKind::Block {
                Vec::new()
            } else {
                sink.next().unwrap_or_default()
            };
            let attribution = candidates::pick(scorer, &mut weighed.clone())
                .map(|c| calibration::AttributionKind::of(&c).name());
            let candidates = weighed
                .into_iter()
                .map(|c| CandidateReport {
                    speaker: c.speaker.name,
                    source: c.source.as_str(),
                    features: c.features.0.to_vec(),
                    probability: c.probability,
                })
                .collect();
            ExplainedQuote {
                quote,
                candidates,
                attribution,
            }
        })
        .collect()
}

/// Normalised words of a quote, to spot the same words quoted twice: lower
/// case, punctuation dropped, words joined by single spaces.
fn words_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    let mut pending_space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of ASCII letters and digits, most of a quote, is copied and
        // lowered at once rather than char by char.
        let run = bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if run > 0 {
            if pending_space {
                key.push(' ');
                pending_space = false;
            }
            let at = key.len();
            key.push_str(&s[i..i + run]);
            key[at..].make_ascii_lowercase();
            i += run;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            pending_space = !key.is_empty();
        } else if c.is_alphanumeric() {
            if pending_space {
                key.push(' ');
                pending_space = false;
            }
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
        }
    }
    key
}

/// The same words quoted twice (a pull quote repeated in the body) are one
/// quote: the one with quote marks is kept, else the earlier one. A word or
/// two said again as a whole utterance is said again ("Wallace asked:
/// \"Done?\" \"Done,\" Trump said"); a term quoted twice is still one.
fn dedupe(text: &str, quotes: &mut Vec<ExtractedQuote>) {
    let keys: Vec<String> = quotes
        .iter()
        .map(|q| {
            let k = words_key(&q.text);
            let short = k.split(' ').nth(2).is_none();
            if short && q.kind == QuoteKind::Direct && q.speaker.is_some() {
                String::new()
            } else {
                k
            }
        })
        .collect();
    let rank = |k: usize| (quotes[k].kind == QuoteKind::Block, quotes[k].start);
    let mut best: HashMap<&str, usize> = HashMap::with_capacity(keys.len());
    for (i, key) in keys.iter().enumerate() {
        if key.is_empty() {
            continue;
        }
        best.entry(key)
            .and_modify(|b| {
                if rank(i) < rank(*b) {
                    *b = i;
                }
            })
            .or_insert(i);
    }
    let mut keep: Vec<bool> = keys
        .iter()
        .enumerate()
        .map(|(i, key)| key.is_empty() || best.get(key.as_str()) == Some(&i))
        .collect();
    // A pull quote set in a paragraph of its own that repeats part of a
    // quote the story gives in full ("We will not be lectured" above "'We
    // will not be lectured by people who did nothing,' she said") is the
    // same words again.
    // Keys padded with spaces, so a match starts and ends on whole words.
    let padded: Vec<String> = keys.iter().map(|k| format!(" {k} ")).collect();
    for i in 0..quotes.len() {
        if !keep[i] || keys[i].split(' ').nth(2).is_none() || !alone_in_paragraph(text, &quotes[i])
        {
            continue;
        }
        let repeated = (0..quotes.len()).any(|j| {
            j != i && keep[j] && keys[j].len() > keys[i].len() && padded[j].contains(&padded[i])
        });
        keep[i] = !repeated;
    }
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Whether the quote is all its paragraph holds, but for quote marks and
/// punctuation.
fn alone_in_paragraph(text: &str, q: &ExtractedQuote) -> bool {
    let (Some(before), Some(after)) = (
        text.get(q.paragraph_start..q.start),
        text.get(q.end..q.paragraph_end),
    ) else {
        return false;
    };
    !before
        .chars()
        .chain(after.chars())
        .any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(published: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(published, "%Y-%m-%d").ok()
    }

    #[test]
    fn a_said_quote_gets_the_full_name_role_date_and_venue() {
        // 2023-03-16 is a Thursday.
        let text = "Headline about a bridge\n\nMayor Ann Lee opened the new bridge on Wednesday.\n\n\"This bridge joins two towns,\" Lee said at a news conference.\n\n\"It took ten years,\" she added.";
        let q = extract_quotes(text, meta("2023-03-16"));
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].text, "This bridge joins two towns,");
        assert_eq!(&text[q[0].start..q[0].end], q[0].text);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].speaker_mention.as_deref(), Some("Lee"));
        assert_eq!(q[0].role.as_deref(), Some("Mayor"));
        assert_eq!(q[0].date, NaiveDate::from_ymd_opt(2023, 3, 15));
        assert_eq!(q[0].venue.as_deref(), Some("a news conference"));
        assert_eq!(q[1].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[1].cue.as_deref(), Some("added"));
    }

    #[test]
    fn they_continue_a_group_that_spoke_and_never_a_person() {
        let text = "Tom Park led the study.\n\nThe researchers suggested the algae hurt corals. They reported, \"Algae disrupt coral microbiomes.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("The researchers"));
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Unnamed));
        // With no group before, "they" names no one.
        let q = extract_quotes("Tom Park led the study. They reported, \"It grows.\"", None);
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn she_continues_a_person_described_without_a_name() {
        let text = "Ann Lee, a lawyer for the family, spoke first.\n\nThe head of the inquiry told the court \"Checks were not done.\" She also said \"We regret it.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.as_deref(), Some("The head of the inquiry"));
    }

    #[test]
    fn a_pronoun_with_no_speaker_before_takes_the_subject_of_its_paragraph() {
        let text = "Actors met fans at the fair on Sunday.\n\nEmma Lane talked of her first role. Faced with losing Anya Smith, the producers relented. \"It was a good day,\" she recalls.";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Emma Lane"));
    }

    #[test]
    fn a_quote_after_a_sentence_about_a_person_is_theirs() {
        let text = "Fans met actors at the fair on Sunday.\n\nTom Park said the fair was busy. Ann Lee recalled her first season on the show. \"It was hard work.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        // A quote with its own cue keeps it.
        let text = "Fans met actors at the fair on Sunday.\n\nAnn Lee recalled her first season. \"It was hard,\" Tom Park said.";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Park"));
    }

    #[test]
    fn a_transcript_label_names_the_speaker_over_the_previous_turn() {
        let text = "A partial transcript follows.\n\n\"PARK: We will build it, and we will build it soon.\n\n\"LEE: Can you say when?\n\n\"PARK: Next spring.\"";
        let q = extract_quotes(text, None);
        let speakers: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
        assert!(speakers.contains(&Some("Lee")), "{speakers:?}");
    }

    #[test]
    fn the_same_words_twice_are_one_quote() {
        let text = "Intro of the story is here today.\n\nWe will build it before the winter.\n\nAnn Lee, Mayor, Springfield\n\n\"We will build it before the winter,\" said Ann Lee.";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_dashed_credit_after_a_no_break_space_names_the_speaker() {
        let text = "Readers wrote to us about the new bridge this week.\n“It is too narrow for bikes.”\u{a0}― Ann Lee\u{a0}\n“I love it.” ― Tom Park";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].cue.as_deref(), Some("credit"));
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
    }

    #[test]
    fn he_after_an_organisation_spoke_is_still_the_person() {
        let text = "A story about the sound at the hall this week\n\nTom Baker asked about his microphone after the debate.\n\nHe notes that the Commission on Public Debates announced on Friday that there was a fault.\n\nHe says, \u{201c}Working that microphone was hard.\u{201d}";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Baker"));
    }

    #[test]
    fn a_quote_set_off_by_dashes_is_the_sentence_subject_s() {
        let text = "A story about the budget vote this week in town\n\nMayor Ann Lee spoke on Monday about the fees.\n\n\u{201c}We need the money,\u{201d} Lee said.\n\nMr. Tom Park shrugged it off -- ''That makes me rich'' -- and later, asked again, insisting, ''I pay my fees.''";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 3);
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
        assert_eq!(q[2].speaker.as_deref(), Some("Tom Park"));
    }

    #[test]
    fn transcript_speakers_share_the_setting_and_told_a_person_is_no_venue() {
        let text = "A story about the town budget and the pool\n\nOn Sunday\u{2019}s broadcast of \u{201c}Town Talk,\u{201d} Mayor Ann Lee said the pool would open.\n\n\"HOST: Will it open in May?\n\n\"LEE: It will open in May.\"\n\nTreasurer Tom Park met Lee later.\n\n\u{201c}We have the money,\u{201d} Park told Lee.";
        let q = extract_quotes(text, None);
        let host = q.iter().find(|q| q.text.starts_with("HOST")).unwrap();
        assert_eq!(
            host.venue.as_deref(),
            Some("Sunday\u{2019}s broadcast of Town Talk")
        );
        let park = q.iter().find(|q| q.text.starts_with("We have")).unwrap();
        assert_eq!(park.speaker.as_deref(), Some("Tom Park"));
        assert_eq!(park.venue, None);
    }

    #[test]
    fn words_keys_ignore_case_punctuation_and_spacing() {
        assert_eq!(words_key("  We  will, build IT! "), "we will build it");
        assert_eq!(words_key("Ça va \u{2014} très bien"), "ça va très bien");
        assert_eq!(words_key("--"), "");
    }

    #[test]
    fn a_councillor_is_a_title_and_a_named_apposition_takes_its_partial_quote() {
        let text = "Council backs the new ferry pier\n\nCouncillor Ann Lee warned that the pier would cost more. \"Nobody has seen the bill,\" Lee said.\n\nThe port director, Tom Park, said on Tuesday that the pier was \"long overdue\" for the town.";
        let q = extract_quotes(text, meta("2023-03-16"));
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].role.as_deref(), Some("Councillor"));
        assert_eq!(q[1].text, "long overdue");
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
        assert_eq!(q[1].role.as_deref(), Some("port director"));
    }

    #[test]
    fn she_is_the_woman_named_before_not_a_group_named_after_her() {
        let text = "Senators question the bank\n\nSen. Tom Park said the bank had failed. \"It is not enough,\" Park said.\n\nIn a statement, Ann Lee was calmer than her fellow Democrats on the committee. She called the conduct \"troubling\" in the statement.";
        let q = extract_quotes(text, None);
        let troubling = q.iter().find(|q| q.text == "troubling").unwrap();
        assert_eq!(troubling.speaker.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn an_epithet_stands_for_the_man_the_text_is_about() {
        let text = "Park takes aim at Lee over trade\n\nTom Park says Ann Lee is wrong about the trade deal. Lee now says she opposes the deal.\n\nPark charges that the deal favours donors.\n\nThe Ohio businessman says of Lee, \"She will sell the farm.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Park"));
        assert_eq!(q[0].role.as_deref(), Some("Ohio businessman"));
    }

    #[test]
    fn a_quote_set_off_by_a_dash_after_a_name_is_that_persons() {
        let text = "Donors want the papers out\n\nA chorus of donors has said the same, including the former mayor Ann Lee -- ''It is a duty to publish them'' -- and others.";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn the_day_the_lede_reports_dates_the_quotes_of_its_scene() {
        // 2023-03-17 is a Friday.
        let text = "Lawmakers rip the toll plan\n\nTOWN \u{2015} The toll plan is unfair to drivers, caucus members said Friday afternoon at the hall.\n\n\"This is a bad day,\" said Ann Lee, head of the caucus.\n\nOn Monday the mayor will reply. \"We will see,\" said Tom Park.";
        let q = extract_quotes(text, meta("2023-03-17"));
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].date, NaiveDate::from_ymd_opt(2023, 3, 17));
        // Another day named ends the lede's scene.
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
        assert_ne!(q[1].date, NaiveDate::from_ymd_opt(2023, 3, 17));

        let text = "A profile of a voter\n\nThe paper ran a long feature Saturday about a voter in the hills.\n\n\"It never crossed my mind,\" said Ann Lee.";
        let q = extract_quotes(text, meta("2023-03-19"));
        assert_eq!(q[0].date, None);
    }

    #[test]
    fn descriptors_before_a_given_name_go_to_the_role() {
        let text = "Coating keeps toilets clean\n\nCo-developer Ann Lee showed the coating on Monday. \"It sheds everything,\" said Co-developer Ann Lee.\n\n\"We are ready,\" said Harbour Board Secretary-General Tom Park.";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].role.as_deref(), Some("Co-developer"));
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
    }

    #[test]
    fn a_person_of_a_body_is_the_speaker_not_the_body() {
        let text = "Quakes shake the valley\n\nTom Park of the Valley Survey Agency told reporters, \"We had forty small quakes.\"\n\nThe head of the League for Clean Water, Ann Lee, said, \"The wells are safe.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Park"));
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Person));
        assert_eq!(q[1].speaker.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn an_outlet_quoting_a_person_gives_the_person() {
        let text = "Flood agency faces questions\n\nThe Daily Post quoted Tom Park, a former deputy director, as saying \"the agency must be involved.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Tom Park"));
    }

    #[test]
    fn an_eyewitness_named_after_according_to_is_the_speaker() {
        let text = "Truck fire closes road\n\nAccording to eyewitness Ann Lee, \"it exploded within seconds.\" The county office tweeted a warning.";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].role.as_deref(), Some("eyewitness"));
    }

    #[test]
    fn a_described_source_is_unnamed_and_a_contraction_is_no_name() {
        let text = "Town reacts to the vote\n\n\"We are worried,\" a spokeswoman for the council said.\n\nI've said it before. \"Nobody listens,\" I've heard people say.";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker_kind, Some(SpeakerKind::Unnamed));
        assert!(q[0].speaker.as_deref().unwrap().contains("spokeswoman"));
        assert!(q.iter().all(|q| q.speaker.as_deref() != Some("I've")));
    }

    #[test]
    fn a_credit_on_the_line_after_a_lone_quote_names_the_speaker() {
        let text = "Women in the railways\n\n\"More women now work in the yards.\"\n\u{2014} Ann Lee, Divisional Manager";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(q[0].cue.as_deref(), Some("credit"));
    }

    #[test]
    fn a_surname_keeps_to_the_full_name_whatever_given_name_it_spells() {
        // "Warren" is also a given name: as a lone word it is a surname.
        let text = "Senator grills bank chief\n\nSen. Elizabeth Warren questioned the bank's chief on Tuesday.\n\n\"You should resign,\" Warren said.";
        let q = extract_quotes(text, None);
        assert_eq!(q[0].speaker.as_deref(), Some("Elizabeth Warren"));
    }

    #[test]
    fn confidence_is_a_probability_and_a_direct_cue_beats_the_previous_speaker() {
        let text = "Council debates the pier\n\n\"It is too late,\" said Ann Lee.\n\nTom Park disagreed. \"We can still build it,\" Park said.\n\n\"Maybe next year.\"";
        let q = extract_quotes(text, None);
        assert_eq!(q.len(), 3);
        assert!(q.iter().all(|q| (0.0..=1.0).contains(&q.confidence)));
        assert_eq!(q[1].speaker.as_deref(), Some("Tom Park"));
        // A quote with no cue of its own is less certain than one with a cue.
        assert!(q[2].confidence < q[1].confidence);
    }

    #[test]
    fn explained_quotes_list_the_candidates_they_were_chosen_from() {
        let text = "Council debates the pier\n\nTom Park spoke first.\n\n\"We can still build it,\" Ann Lee said.";
        // Without calibration the confidence is the best candidate's probability.
        let scorer = SpeakerScorer::committed()
            .clone()
            .with_calibration(Calibration::identity());
        let e = explain_quotes(text, None, &scorer);
        assert_eq!(e.len(), 1);
        let best = e[0]
            .candidates
            .iter()
            .max_by(|a, b| a.probability.total_cmp(&b.probability))
            .unwrap();
        assert_eq!(best.speaker, "Ann Lee");
        assert_eq!(best.source, "sentence_cue");
        assert_eq!(best.features.len(), FEATURE_NAMES.len());
        assert_eq!(e[0].quote.confidence, best.probability);
    }

    #[test]
    fn empty_text_has_no_quotes() {
        assert!(extract_quotes("", None).is_empty());
    }
}
