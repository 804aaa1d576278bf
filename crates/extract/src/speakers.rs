//! Ties quotes to people: cues are resolved in text order, each quote's
//! candidate speakers are scored and the most probable one chosen
//! (`candidates`, `scorer`), and the role, date and venue that go with it.

use chrono::NaiveDate;

use super::attribution::{self, Cue, Subject};
use super::block;
use super::candidates::{self, Candidate, Evidence, Source, Story};
use super::document::Document;
use super::entities::People;
use super::interview;
use super::lexicon::{self, Gender};
use super::mentions::{self, is_possessive};
use super::resolve::{self, Form, Speaker};
use super::scorer::SpeakerScorer;
use super::setting::{QuoteFacts, Settings};
use super::taken_posts;
use super::tokens::is_capitalized;
use super::transcript;
use super::turns;
use crate::quote::{ExtractedQuote, QuoteKind, SpeakerKind};

fn kind_of(doc: &Document, q: usize) -> QuoteKind {
    let quote = &doc.quotes[q];
    if quote.single {
        return QuoteKind::Partial;
    }
    let open_tok = doc.token_at(quote.open);
    let sentence = doc.sentences[doc.sentence_of[open_tok]];
    if open_tok == sentence.first {
        return QuoteKind::Direct;
    }
    let prev = doc.word(open_tok - 1);
    if matches!(prev, ":" | "," | "—" | "–")
        || lexicon::is_reporting_verb(prev)
        || doc.in_quote(open_tok - 1)
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// The name a speaker is shown by. A description that opens with a body's
/// or a post's proper name ("The French foreign ministry", "the United
/// Nations High Commissioner for Human Rights") is shown without its
/// article, as the name of what it is; "the ministry" and "the authors of
/// the study in JAMA" keep it.
fn shown_name(s: &Speaker) -> String {
    let name = s.name.as_str();
    if s.form != Form::Description {
        return s.name.clone();
    }
    let rest = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "));
    match rest {
        Some(rest) if rest.split_whitespace().next().is_some_and(is_capitalized) => {
            rest.to_string()
        }
        _ => s.name.clone(),
    }
}

/// The kind a reader is shown: "GSK said", an acronym alone, names a body.
/// (The scorer still sees it unmarked: an acronym may be a fragment, and its
/// confidence is calibrated as such.)
fn shown_kind(s: &Speaker) -> SpeakerKind {
    let acronym =
        s.name.chars().count() >= 2 && s.name.chars().all(|c| c.is_uppercase() || c == '&');
    // "Kenyan AWSS": a name ending in an acronym of three letters or more
    // (not a regnal number, "III") is a body's.
    let ends_in_acronym = s.name.split_whitespace().nth(1).is_some()
        && s.name.split_whitespace().last().is_some_and(|w| {
            w.len() >= 3
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && !w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        });
    if s.kind == SpeakerKind::Person && (acronym || ends_in_acronym) {
        SpeakerKind::Organisation
    } else {
        s.kind
    }
}

/// Whether quoted words read as a term ("upstream first", "swine flu")
/// rather than speech ("That makes me smart", "Who created God?"): a few
/// words, no question or exclamation, no one addressed or speaking ("I",
/// "you", "we") and no spoken contraction ("don't").
fn looks_like_a_term(text: &str) -> bool {
    /// A term is a short phrase.
    const TERM_WORDS: usize = 4;
    const SPEECH: &[&str] = &["i", "me", "my", "we", "us", "our", "you", "your"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let spoken = words.iter().any(|w| {
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        SPEECH.contains(&bare.as_str())
            || [
                "n't", "n’t", "'re", "’re", "'m", "’m", "'ll", "’ll", "'ve", "’ve",
            ]
            .iter()
            .any(|c| bare.ends_with(c))
    });
    words.len() <= TERM_WORDS && !spoken && !text.trim_end().ends_with(['?', '!'])
}

/// A quoted title of a work ("told CNN's Jake Tapper on \"State of the
/// Union\"", "a book titled \"The Long Walk Home\""): a few words, each
/// long one capitalised, right after a word that introduces a title.
fn names_a_work(doc: &Document, q: usize) -> bool {
    const INTRODUCERS: &[&str] = &[
        "on",
        "in",
        "titled",
        "entitled",
        "called",
        "named",
        "dubbed",
        // "on an episode of \"Late Lights\"", "After finishing \"Harbor
        // Lights,\"": a work's part, or what performers do with a work.
        "of",
        "played",
        "playing",
        "performed",
        "performing",
        "sang",
        "singing",
        "finishing",
        "recorded",
    ];
    const WORKS: &[&str] = &[
        "film",
        "book",
        "show",
        "song",
        "album",
        "series",
        "programme",
        "program",
        "novel",
        "play",
        "podcast",
        "episode",
        "documentary",
    ];
    let quote = &doc.quotes[q];
    let open_tok = doc.token_at(quote.open);
    if open_tok == 0 {
        return false;
    }
    let prev = doc.word(open_tok - 1);
    // "our weekly politics podcast, \"Ground Game.\"": a noun for a work, a
    // comma, then its title.
    let named_after_comma = prev == "," && open_tok >= 2 && WORKS.contains(&doc.word(open_tok - 2));
    // "on KTV's \"Money Hour\"": a body's work.
    let owned = is_possessive(prev) && is_capitalized(prev);
    // 'The "Harbor Lights" actor said': a title describing who speaks.
    let close_tok = doc.token_at(quote.close);
    let describes = matches!(prev, "the" | "The")
        && close_tok < doc.tokens.len()
        && lexicon::is_role_noun(doc.word(close_tok));
    (INTRODUCERS.contains(&prev)
        || WORKS.contains(&prev)
        || named_after_comma
        || owned
        || describes)
        && title_like(doc, q)
}

/// "CRS is called \"shepherd's chest\"", "what is known as \"dead
/// water\"": a few words the text gives as a thing's name, not anyone's
/// words ("called" after a form of "be", "known as").
fn names_a_thing(doc: &Document, q: usize) -> bool {
    const BE: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "often",
        "also",
        "sometimes",
        "commonly",
        // "what's called \"farmer's lung\""
        "what's",
        "what’s",
    ];
    /// Nouns for a name: "the term often used is \"bird fancier's lung\"".
    const NAMES: &[&str] = &["term", "name", "word", "phrase", "nickname", "label"];
    let quote = &doc.quotes[q];
    let text = &doc.text[quote.start..quote.end];
    let open_tok = doc.token_at(quote.open);
    // "“Humidifier lung” may result from …": a few words quoted as the
    // subject of a verb that reports nothing.
    let close_tok = doc.token_at(quote.close);
    let subject = (open_tok == 0 || doc.sentence_of[open_tok - 1] != doc.sentence_of[open_tok])
        && close_tok < doc.tokens.len()
        && doc.sentence_of[close_tok] == doc.sentence_of[open_tok]
        && {
            let next = doc.word(close_tok);
            // "\"He will be charged\" when he lands, Lee said": a
            // clause before a subordinate one is words, no term's name.
            let subordinate = matches!(
                next,
                "when" | "if" | "unless" | "because" | "once" | "until" | "after" | "before"
            );
            next.starts_with(char::is_lowercase)
                && !lexicon::is_reporting_verb(next)
                && !subordinate
        }
        && !text.trim_end().ends_with([',', '.']);
    let named_so = open_tok >= 2 && {
        let (before, prev) = (doc.word(open_tok - 2), doc.word(open_tok - 1));
        let named =
            matches!(prev, "called" | "termed" | "dubbed" | "named") && BE.contains(&before);
        let known_as = prev == "as" && matches!(before, "known" | "referred");
        // "so-called \"…\"", "the word \"Granite\"", "the slogan \"…\"".
        let so_called = prev == "so-called"
            || NAMES.contains(&prev)
            || matches!(prev, "slogan" | "hashtag" | "motto");
        let the_term_is = matches!(prev, "is" | "was")
            && (open_tok.saturating_sub(6)..open_tok).any(|k| NAMES.contains(&doc.word(k)));
        named || known_as || so_called || the_term_is
    };
    // The word test last: it reads every word of the quote.
    (subject || named_so) && looks_like_a_term(text)
}

/// "“A road to nowhere”" alone in its paragraph: a heading set in quote
/// marks, a few words with no sentence's end, names a section, not
/// anyone's words.
fn quoted_heading(doc: &Document, q: usize) -> bool {
    /// A heading is short.
    const MAX_WORDS: usize = 8;
    let quote = &doc.quotes[q];
    let para = &doc.paras[quote.para];
    let text = &doc.text[quote.start..quote.end];
    para.start == quote.open
        && para.end == quote.close
        && text.split_whitespace().count() <= MAX_WORDS
        && text.starts_with(char::is_uppercase)
        && !text
            .trim_end()
            .ends_with(['.', ',', '!', '?', ':', ';', '…'])
}

/// Whether quote `q` reads as a title: a few words, each long one
/// capitalised, and no question or exclamation.
fn title_like(doc: &Document, q: usize) -> bool {
    /// A title is short; a longer span in capitals is more likely a slogan.
    const MAX_WORDS: usize = 8;
    let quote = &doc.quotes[q];
    let raw = &doc.text[quote.start..quote.end];
    let text = raw.trim_end_matches(['.', ',']);
    // One word past the limit tells a long quote: no need to split it all.
    let words: Vec<&str> = text.split_whitespace().take(MAX_WORDS + 1).collect();
    !words.is_empty()
        && words.len() <= MAX_WORDS
        && !text.ends_with(['!', '?'])
        && words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .all(|w| w.starts_with(char::is_uppercase))
        && words[0].starts_with(char::is_uppercase)
}

/// "hits including \"Listen To The Music,\" \"Black Water\" and \"China
/// Grove\"": titles quoted one after another, with only a comma, "and" or
/// "or" between them, name works, not words anyone said.
fn in_title_list(doc: &Document, q: usize) -> bool {
    let joined = |a: usize, b: usize| {
        let (qa, qb) = (&doc.quotes[a], &doc.quotes[b]);
        qa.para == qb.para
            && doc.text[qa.close..qb.open]
                .split_whitespace()
                .all(|w| matches!(w, "," | "and" | "or"))
            && title_like(doc, a)
            && title_like(doc, b)
    };
    title_like(doc, q)
        && ((q > 0 && joined(q - 1, q)) || (q + 1 < doc.quotes.len() && joined(q, q + 1)))
}

/// "told Lee": the audience is a person of the article, not an outlet.
fn tells_a_person(people: &People, audience: &str) -> bool {
    let words: Vec<String> = audience.split_whitespace().map(str::to_string).collect();
    people
        .resolve_name(&words, 0)
        .is_some_and(|i| people.persons[i].personish)
}

/// "Politico reported", "the paper quoted": outlets report, people say.
fn relays(cue: &str) -> bool {
    matches!(cue, "reported" | "reports" | "quoted" | "cited")
}

/// Every quote of the article with its speaker, role, date and venue. The
/// speaker is the candidate `scorer` finds most probable; when `explain` is
/// given, each quote's scored candidates are pushed to it, in quote order.
pub fn attribute(
    doc: &Document,
    published: Option<NaiveDate>,
    scorer: &SpeakerScorer,
    mut explain: Option<&mut Vec<Vec<Candidate>>>,
) -> Vec<ExtractedQuote> {
    let names = mentions::all_names(doc);
    let cues = attribution::cues(doc);
    // Outlets relay words ("WXYZ reported"): only who says them speaks.
    // A word set off with an age is someone too ("Abdoulaye, a 17-year-old").
    let speaking: Vec<String> = cues
        .iter()
        .filter(|c| !relays(&c.cue))
        .filter_map(|c| match &c.subject {
            Subject::Name { words, .. } if words.len() == 1 => Some(words[0].clone()),
            _ => None,
        })
        .chain(
            names
                .iter()
                .filter(|m| m.name.len() == 1 && m.aged(doc))
                .map(|m| m.name[0].clone()),
        )
        .collect();
    let turns = turns::turns(doc);
    let mut people = People::build(&names, &speaking);
    people.complete_from_headline(doc);
    people.note_ages(doc, &names);
    taken_posts::note_posts_taken(&mut people, doc, &names);
    // A role beside a name may say the gender a given-names list does not
    // know ("Kim Jong-un's sister, Kim Yo-jong, said"), for a later "she".
    for cue in &cues {
        if let Subject::Name { words, role, .. } = &cue.subject {
            let Some(i) = people.resolve_name(words, cue.at) else {
                continue;
            };
            for r in role.iter().chain(cue.apposition.iter()) {
                people.note_role_gender(i, r);
            }
            if let Some(g) = possessive_after_saying(doc, cue) {
                // (Said of a person: the name's own cue makes it one.)
                people.mark_speaker(i);
                people.learn_gender(i, g);
            }
        }
    }

    // Resolve cues in text order; a pronoun looks back to the last speaker.
    let mut resolved: Vec<Option<Speaker>> = Vec::with_capacity(cues.len());
    let mut last: Option<(Speaker, usize, usize)> = None;
    // The last group or body that spoke: "they" passes over a person quoted
    // in between ("people are like \"…\" and I'm like \"…\" and they're
    // like \"…\"").
    let mut last_group: Option<(Speaker, usize, usize)> = None;
    // The last person who spoke, past any body quoted since.
    let mut last_person: Option<(Speaker, usize, usize)> = None;
    // The sources described without a name so far, with their paragraph.
    let mut described: Vec<(Speaker, usize, usize)> = Vec::new();
    for cue in &cues {
        let answering = || resolve::turn_speaker(&people, &turns[cue.para], cue.at, &cue.mention);
        let s = match cue.subject {
            Subject::FirstPerson => answering(),
            // Answering, one says "I": "she" in an answer is someone else,
            // whom the text may never name ("my mom ... she's like"), or
            // describes ("Another girl came up to me ... she said").
            Subject::Pronoun(g) => {
                // "Lee described the talks as \"constructive\", according to
                // IRNA. \"…,\" IRNA quoted him as saying": "he" or "she"
                // passes over a body that spoke or relayed since to the
                // person who spoke before it.
                let body_spoke_last = last.as_ref().is_some_and(|l| match l.0.person {
                    Some(i) => !people.persons[i].personish,
                    None => l.0.kind == SpeakerKind::Organisation,
                });
                let basis = match &last_person {
                    Some(p) if body_spoke_last && g != lexicon::Gender::Unknown => Some(p),
                    _ => last.as_ref(),
                };
                let found = resolve::resolve(doc, &people, cue, basis);
                match answering() {
                    Some(a) if found.as_ref().is_some_and(|s| s.name == a.name) => {
                        let para_start = doc.paras[cue.para].start;
                        resolve::described_source(doc, &people, g, para_start, cue.at)
                            .or_else(|| {
                                resolve::answerers_relative(doc, g, para_start, cue.at, &a.name)
                            })
                            .or_else(|| {
                                // "How did you and Marcus meet? ¶ Okafor:
                                // He walked into my shop … and said": the
                                // man (of the pronoun's known sex) the
                                // question or the answer named, who is not
                                // the one answering.
                                let since = doc.paras[cue.para.saturating_sub(1)].start;
                                let other = people.latest(since, cue.at, |i| {
                                    let p = &people.persons[i];
                                    g != lexicon::Gender::Unknown
                                        && Some(i) != a.person
                                        && p.personish
                                        && p.gender == g
                                })?;
                                let mut s = Speaker::of_person(
                                    &people,
                                    other,
                                    None,
                                    &cue.mention,
                                    Form::Pronoun,
                                );
                                s.gender_agrees = true;
                                Some(s)
                            })
                    }
                    _ => found,
                }
            }
            Subject::Plural => resolve::resolve(doc, &people, cue, last.as_ref())
                .or_else(|| resolve::resolve(doc, &people, cue, last_group.as_ref())),
            // "Her son said he owed his career to it. \"…,\" Dunleavy
            // said": a surname mother and son share is the one who spoke
            // just before.
            // (A post beside the name picks its holder instead: "Dr.
            // Nair, the cardiologist,"; so does "the elder Nair".)
            Subject::Name {
                ref words,
                gender,
                role: None,
            } if words.len() == 1
                && cue.apposition.is_none()
                && super::mentions::seniority(doc, cue.subject_span.0, cue.subject_span.1)
                    .is_none() =>
            {
                let found = resolve::resolve(doc, &people, cue, last.as_ref());
                // ("Mrs Tran" is never the Mr Tran who spoke last.)
                let last_bearer = last.as_ref().and_then(|(s, para, _)| {
                    let i = s.person?;
                    (cue.para - para <= 1
                        && people.shares_surname(i, &words[0])
                        && people.persons[i].gender.compatible(gender))
                    .then_some(i)
                });
                match (found, last_bearer) {
                    (Some(f), Some(i))
                        if f.person
                            .is_some_and(|p| p != i && people.shares_surname(p, &words[0])) =>
                    {
                        Some(Speaker::of_person(
                            &people,
                            i,
                            None,
                            &cue.mention,
                            Form::Surname,
                        ))
                    }
                    (found, _) => found,
                }
            }
            _ => resolve::resolve(doc, &people, cue, last.as_ref()),
        };
        // "the official said" after "A senior official at the authority
        // … said": the source described before.
        let s = match s {
            Some(s) => resolve::described_again(&people, &s, cue, &described).or(Some(s)),
            None => None,
        };
        if let Some(d) = s
            .as_ref()
            .filter(|d| d.person.is_none() && d.form == Form::Description)
        {
            described.push((d.clone(), cue.para, cue.at));
        }
        // "Politico reported", "the paper quoted": outlets report, people say.
        if let Some(i) = s
            .as_ref()
            .and_then(|s| s.person)
            .filter(|_| !relays(&cue.cue))
        {
            people.mark_speaker(i);
        }
        // "\"...,\" he said" about Charlie McDowell: the pronoun tells the
        // gender no list knew, so a later "she" is someone else.
        if let (Subject::Pronoun(g), Some(i)) = (&cue.subject, s.as_ref().and_then(|s| s.person)) {
            people.learn_gender(i, *g);
        }
        // "Lee said a colleague had warned her: \"…\" \"…,\" she told
        // reporters": the colleague's words are recounted; Lee still holds
        // the floor.
        let recounted = super::recount::telling_recounted(
            doc,
            doc.sentences[cue.sentence].first,
            cue.subject_span.0,
            cue.verb,
        );
        if let Some(s) = s.as_ref().filter(|_| !recounted) {
            if s.person.is_some_and(|i| people.persons[i].personish) {
                last_person = Some((s.clone(), cue.para, cue.at));
            }
            last = Some((s.clone(), cue.para, cue.at));
            if resolve::is_group_or_body(s) {
                last_group = last.clone();
            }
        }
        resolved.push(s);
    }

    let sightings: Vec<(usize, usize)> =
        people.sightings.iter().map(|s| (s.at, s.person)).collect();
    let mut settings = Settings::new(doc, published, &sightings, |v| tells_a_person(&people, v));
    let mut out = Vec::new();
    let evidence = Evidence::new(doc, &people, &cues, &resolved, &turns);
    let mut story = Story::default();
    for q in 0..doc.quotes.len() {
        let quote = &doc.quotes[q];
        if doc.paras[quote.para].noise {
            continue;
        }
        let text = &doc.text[quote.start..quote.end];
        if !text.chars().any(char::is_alphanumeric) {
            continue;
        }
        let kind = kind_of(doc, q);
        // A title is no one's words: kept as a term, with no speaker, date
        // or venue.
        let term = names_a_work(doc, q) && (kind == QuoteKind::Partial || title_like(doc, q))
            || in_title_list(doc, q)
            || names_a_thing(doc, q)
            || quoted_heading(doc, q);
        let mut candidates = if term {
            Vec::new()
        } else {
            candidates::collect(&evidence, &story, q, kind == QuoteKind::Partial)
        };
        let chosen = candidates::pick(scorer, &mut candidates);
        if let Some(sink) = explain.as_deref_mut() {
            sink.push(candidates);
        }
        // The previous speaker's cue says nothing of when this quote was said.
        let own_cue = |c: &Candidate| match c.source {
            Source::PreviousQuote | Source::PreviousCue => None,
            _ => c.cue,
        };
        // "the so-called \"upstream first\" model": a few words quoted with
        // no cue of their own are a term, not words someone said. (Measured
        // on the dev sets' partial quotes: 46 of Wikinews' 90 and 14 of
        // PolNeAR's 39 terms were given a speaker, against 2 and 6 partial
        // quotes whose speaker was right.)
        // A single word quoted with only a cue elsewhere in the paragraph
        // ("two \"deliveries\" of payloads") is a scare quote too.
        let one_word = is_one_word(text);
        let bare_term = kind == QuoteKind::Partial
            && chosen.as_ref().is_some_and(|c| {
                (own_cue(c).is_none() && c.source.cue_label().is_none())
                    || (one_word && c.source == Source::ParagraphCue)
            })
            && looks_like_a_term(text);
        let chosen = chosen.filter(|_| !bare_term);
        let term = term || bare_term;
        if let Some(c) = &chosen {
            story.chose(doc, q, c);
        }
        let speaker = chosen.as_ref().map(|c| &c.speaker);
        let cue_idx = chosen.as_ref().and_then(own_cue);
        let inline_cue = chosen.as_ref().and_then(|c| c.source.cue_label());
        let cue = cue_idx.map(|i| &cues[i]);
        // "She said he had warned her over dinner, telling her: …": the
        // sentence's day and place are the telling's, a scene of the
        // teller's; the recounted words were said at another time.
        let teller = chosen
            .as_ref()
            .filter(|c| c.source == Source::Recounted)
            .map(|_| candidates::teller(&evidence, q));
        let (date, venue) = if term {
            (None, None)
        } else if let Some(teller) = teller {
            if let Some((t, sentence)) = &teller {
                settings.for_quote(
                    doc,
                    &QuoteFacts {
                        quote: q,
                        cue_sentence: Some(*sentence),
                        speaker: Some(t.name.as_str()),
                        person: t.person,
                        transcript: false,
                        writing: None,
                        role: t.role.as_deref(),
                        apposition: None,
                    },
                );
            }
            (None, None)
        } else {
            settings.for_quote(
                doc,
                &QuoteFacts {
                    quote: q,
                    cue_sentence: cue.map(|c| c.sentence),
                    speaker: speaker.as_ref().map(|s| s.name.as_str()),
                    person: speaker.as_ref().and_then(|s| s.person),
                    transcript: inline_cue == Some("transcript label"),
                    // "…," read the statement: the writing is where the
                    // words were given.
                    writing: cue
                        .filter(|c| c.subject == Subject::Writing)
                        .map(|c| attribution::writing_mid_sentence(&c.mention)),
                    role: speaker.as_ref().and_then(|s| s.role.as_deref()),
                    apposition: cue.and_then(|c| c.apposition.as_deref()),
                },
            )
        };
        // A document that is the source ("the study says", "according to
        // the report") is no setting of its own words.
        let venue = venue.filter(|v| speaker.is_none_or(|s| !s.name.eq_ignore_ascii_case(v)));
        out.push(ExtractedQuote {
            text: text.to_string(),
            start: quote.start,
            end: quote.end,
            kind,
            speaker: speaker.as_ref().map(|s| shown_name(s)),
            speaker_kind: speaker.as_ref().map(|s| shown_kind(s)),
            speaker_mention: speaker.as_ref().map(|s| s.mention.clone()),
            role: speaker
                .as_ref()
                .and_then(|s| s.role.as_deref().map(written_out)),
            date,
            venue,
            cue: cue
                .map(|c| c.cue.clone())
                .or(inline_cue.map(str::to_string)),
            confidence: chosen.as_ref().map_or(0.0, |c| scorer.confidence(c)),
            paragraph_start: doc.paras[quote.para].start,
            paragraph_end: doc.paras[quote.para].end,
        });
    }
    for pq in block::pull_quotes(doc) {
        let idx = people.resolve_name(&pq.speaker, pq.start);
        let (name, role) = match idx {
            Some(i) => (
                people.persons[i].name.clone(),
                pq.role.clone().or_else(|| people.persons[i].role.clone()),
            ),
            None => (pq.speaker.join(" "), pq.role.clone()),
        };
        out.push(ExtractedQuote {
            text: doc.text[pq.start..pq.end].to_string(),
            start: pq.start,
            end: pq.end,
            kind: QuoteKind::Block,
            speaker_kind: Some(SpeakerKind::of_name(&name)),
            speaker: Some(name),
            speaker_mention: Some(pq.speaker.join(" ")),
            role,
            // A post's credit line gives its day; a pull quote's speaker
            // their first.
            date: match pq.dated_by {
                Some(p) => {
                    let (first, last) = doc.para_tokens[p];
                    super::time::date_at(doc, first, last, published).map(|(d, _)| d)
                }
                None => idx.and_then(|i| settings.person_date(i)),
            },
            venue: pq.dated_by.map(|_| "a social media post".to_string()),
            cue: Some(pq.cue.to_string()),
            confidence: 0.7,
            paragraph_start: pq.start,
            paragraph_end: pq.end,
        });
    }
    let lines = transcript::lines(doc);
    if lines.is_empty() {
        let answers = interview_answers(doc, &people, &settings, &out);
        out.extend(answers);
    }
    // A transcript is one scene: the one its introduction sets.
    let (intro_date, intro_venue) = lines.first().map_or((None, None), |l| {
        settings.introduction(doc, transcript::opening(doc, l.para))
    });
    for line in lines {
        // "THE WITNESS:", "THE COURT:": a part in the proceedings, which
        // the label does not name.
        let described = line.name.first().is_some_and(|w| w == "The");
        // "HOST:", "MODERATOR:": a post alone names whoever the text says
        // holds it ("The host, Ann Lee,"), else a part the label describes.
        let post = line.name.len() == 1
            && lexicon::is_role_noun(&line.name[0].to_lowercase())
            && people.resolve_name(&line.name, line.start).is_none();
        let by_post = post
            .then(|| people.by_role(&line.name, line.start))
            .flatten();
        let described = described || (post && by_post.is_none());
        let idx = (!described)
            .then(|| {
                by_post.or_else(|| people.resolve_name_as(&line.name, line.start, line.gender))
            })
            .flatten();
        let name = match idx {
            Some(i) => people.persons[i].name.clone(),
            None if post => format!("the {}", line.name[0].to_lowercase()),
            None if described => line.name.join(" ").to_lowercase(),
            None => line.name.join(" "),
        };
        let p = &doc.paras[line.para];
        out.push(ExtractedQuote {
            text: doc.text[line.start..line.end].to_string(),
            start: line.start,
            end: line.end,
            kind: QuoteKind::Block,
            speaker_kind: Some(if described {
                SpeakerKind::Unnamed
            } else {
                SpeakerKind::Person
            }),
            speaker: Some(name),
            speaker_mention: Some(line.name.join(" ")),
            role: line
                .role
                .clone()
                .or_else(|| idx.and_then(|i| people.persons[i].role.clone())),
            date: intro_date.or_else(|| idx.and_then(|i| settings.person_date(i))),
            venue: intro_venue.clone(),
            cue: Some("transcript label".to_string()),
            // The label names who speaks: as sure as a cue beside a quote;
            // a part the label only describes is someone the text may name
            // elsewhere.
            confidence: if described { 0.5 } else { 0.9 },
            paragraph_start: p.start,
            paragraph_end: p.end,
        });
    }
    for q in &mut out {
        q.role = q.role.take().and_then(|r| whole_role(&r));
    }
    share_roles(&mut out);
    out
}

/// A role cut off where a name or a title in quote marks began ("commander
/// of the", "a professor of history and the author of"): the words that
/// dangle are dropped. (An affiliation alone, "of Norway", stays: it is
/// the role a comma after the name gives.)
fn whole_role(role: &str) -> Option<String> {
    const DANGLING: &[&str] = &[
        "of", "the", "a", "an", "and", "for", "at", "in", "on", "to", "with", "from", "by", "or",
    ];
    let mut words: Vec<&str> = role.split(' ').collect();
    while words
        .last()
        .is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// The answers of an interview printed without labels ("How does it feel
/// to win?" / "Honestly, I am still in shock."): the words of whom the
/// introduction is about, the person it names or quotes most often (the
/// first of equals), in the scene it sets.
fn interview_answers(
    doc: &Document,
    people: &People,
    settings: &Settings,
    quoted: &[ExtractedQuote],
) -> Vec<ExtractedQuote> {
    let Some(found) = interview::interview(doc) else {
        return Vec::new();
    };
    let asked_at = doc.paras[found.first_question].start;
    // How often each is named or quoted before the questions ("'I thought
    // I was writing about money,' she says" before "The novelist talks to
    // Fiona Lindgren"), and where first.
    let mut seen: lexicon::FastMap<usize, (usize, usize)> = Default::default();
    for s in people.sightings.iter().filter(|s| s.at < asked_at) {
        let entry = seen.entry(s.person).or_insert((0, s.at));
        entry.0 += 1;
    }
    for q in quoted.iter().filter(|q| q.start < asked_at) {
        if let Some((_, entry)) = seen
            .iter_mut()
            .find(|(&i, _)| q.speaker.as_deref() == Some(people.persons[i].name.as_str()))
        {
            entry.0 += 1;
        }
    }
    // An interviewee is introduced by a full name ("Geneva", where the prize
    // was given, is a given name too); of people named as often, the one
    // named first.
    let Some(idx) = seen
        .iter()
        .filter(|(&i, _)| people.persons[i].personish && people.persons[i].words.len() >= 2)
        .max_by_key(|(_, &(count, first))| (count, std::cmp::Reverse(first)))
        .map(|(&i, _)| i)
    else {
        return Vec::new();
    };
    let person = &people.persons[idx];
    let (date, venue) = settings.introduction(doc, found.first_question);
    found
        .answers
        .iter()
        .map(|&para| {
            let p = &doc.paras[para];
            ExtractedQuote {
                text: doc.text[p.start..p.end].to_string(),
                start: p.start,
                end: p.end,
                kind: QuoteKind::Block,
                speaker_kind: Some(SpeakerKind::Person),
                speaker: Some(person.name.clone()),
                speaker_mention: None,
                role: person.role.clone(),
                // Only the introduction dates the interview: the day the
                // interviewee was in the news ("won on Monday. We spoke to
                // her the morning after") need not be it.
                date,
                venue: venue.clone(),
                cue: Some("interview answer".to_string()),
                // No label names the interviewee: the introduction does,
                // and may name others as often.
                confidence: 0.8,
                paragraph_start: p.start,
                paragraph_end: p.end,
            }
        })
        .collect()
}

/// A person's post holds through the article: the role one quote's
/// attribution gives ("said the Republican nominee") is theirs for the
/// quotes cued by their name or "he" alone. The earliest quote that gives
/// one decides. (On PolNeAR dev, role accuracy 0.782 -> 0.835 with the same
/// precision; our stress and real sets gained a little, Wikinews nothing.)
fn share_roles(quotes: &mut [ExtractedQuote]) {
    let mut first_role: lexicon::FastMap<String, (usize, String)> = Default::default();
    for q in quotes.iter() {
        if q.speaker_kind != Some(SpeakerKind::Person) {
            continue;
        }
        if let (Some(name), Some(role)) = (&q.speaker, &q.role) {
            let entry = first_role
                .entry(name.clone())
                .or_insert((q.start, role.clone()));
            if q.start < entry.0 {
                *entry = (q.start, role.clone());
            }
        }
    }
    for q in quotes.iter_mut() {
        if q.role.is_none() && q.speaker_kind == Some(SpeakerKind::Person) {
            q.role = q
                .speaker
                .as_ref()
                .and_then(|n| first_role.get(n))
                .map(|(_, r)| r.clone());
        }
    }
}

/// A role as a reader writes it out: "Gov." and "Sen." before a name are
/// the trade's shorthand; alone, "South Dakota Governor" and "U.S. Senator"
/// read plainly, as does "Councillor" for "Cllr". ("Rep." stays: it is
/// also a sales rep.)
fn written_out(role: &str) -> String {
    role.split(' ')
        .map(|w| match w {
            "Gov." | "Gov" => "Governor",
            "Sen." | "Sen" => "Senator",
            // A British council's shorthand. (Police ranks stay as the
            // house style writes them: "Det Insp".)
            "Cllr." | "Cllr" => "Councillor",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` is exactly one word: the split stops at a second word,
/// where counting them all would read a long quote to its end.
fn is_one_word(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next().is_some() && words.next().is_none()
}

/// "Pemba Dorje Sherpa said his cousin had phoned": a possessive right
/// after a verb of saying is the subject's own, and tells the gender no
/// list knew, for a later "he". (Not after "told": "told her" is whom he
/// told.)
fn possessive_after_saying(doc: &Document, cue: &Cue) -> Option<Gender> {
    let next = cue.verb + 1;
    if next >= doc.tokens.len()
        || doc.in_quote(next)
        || !matches!(
            doc.word(cue.verb),
            "said" | "says" | "added" | "recalled" | "explained"
        )
    {
        return None;
    }
    match doc.word(next) {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::whole_role;

    #[test]
    fn a_role_cut_off_before_a_name_loses_its_dangling_words() {
        assert_eq!(whole_role("commander of the").as_deref(), Some("commander"));
        assert_eq!(
            whole_role("professor of history and the author of").as_deref(),
            Some("professor of history and the author")
        );
        assert_eq!(whole_role("of Norway").as_deref(), Some("of Norway"));
        assert_eq!(whole_role("of the"), None);
    }
}
