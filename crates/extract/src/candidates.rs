//! Candidate speakers of one quote, each from one source of evidence (a
//! transcript label, a credit, a reporting cue in the sentence or the
//! paragraph, the speaker the quote continues, the previous speaker), with
//! the features the scorer weighs. Every source is a small function; none
//! decides alone: [`pick`] asks the scorer which candidate is most likely
//! right, and how likely.

use super::answered;
use super::attribution::{Cue, Subject};
use super::cue_index::CueIndex;
use super::document::Document;
use super::entities::People;
use super::lexicon::{self, FastMap, FastSet, Gender};
use super::recount;
use super::resolve::{self, Form, Speaker};
use super::scorer::{Feature, Features, SpeakerScorer};
use super::turns::Turn;
use crate::quote::SpeakerKind;

/// Where a candidate comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Label,
    Credit,
    DashName,
    SentenceCue,
    ParagraphCue,
    Continuation,
    Subject,
    PreviousQuote,
    PreviousCue,
    /// The interviewee whose answer the quote sits in.
    Turn,
    /// The one whose words a teller recounts ("Bostic said Whitfield told
    /// him: …"): named by the sentence's cue as surely as its subject.
    Recounted,
}

impl Source {
    fn feature(self) -> Feature {
        match self {
            Source::Label => Feature::SourceLabel,
            Source::Credit => Feature::SourceCredit,
            Source::DashName => Feature::SourceDashName,
            Source::SentenceCue | Source::Recounted => Feature::SourceSentenceCue,
            Source::ParagraphCue => Feature::SourceParagraphCue,
            Source::Continuation => Feature::SourceContinuation,
            Source::Subject => Feature::SourceSubject,
            Source::PreviousQuote => Feature::SourcePreviousQuote,
            Source::PreviousCue => Feature::SourcePreviousCue,
            // Words inside someone's answer are theirs the way words in a
            // sentence are its subject's, unless a cue says otherwise; until
            // interviews give enough examples to learn a weight of its own,
            // it shares the subject's.
            Source::Turn => Feature::SourceSubject,
        }
    }

    /// The cue written in the output for a source that has no reporting verb.
    pub fn cue_label(self) -> Option<&'static str> {
        match self {
            Source::Label => Some("transcript label"),
            Source::Credit => Some("credit"),
            Source::DashName => Some("named before the quote"),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Label => "label",
            Source::Credit => "credit",
            Source::DashName => "dash_name",
            Source::SentenceCue => "sentence_cue",
            Source::ParagraphCue => "paragraph_cue",
            Source::Continuation => "continuation",
            Source::Subject => "subject",
            Source::PreviousQuote => "previous_quote",
            Source::PreviousCue => "previous_cue",
            Source::Turn => "turn",
            Source::Recounted => "recounted",
        }
    }
}

/// One candidate speaker of a quote.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub speaker: Speaker,
    pub source: Source,
    /// The cue that names the speaker, if any (its sentence dates the quote).
    pub cue: Option<usize>,
    pub features: Features,
    pub probability: f32,
}

/// What the article has shown so far, as quotes are attributed in order.
/// (Its maps hash with FNV: they are asked about every candidate of every
/// quote, and are never iterated, so their order cannot reach the output.)
#[derive(Default)]
pub struct Story {
    /// The chosen candidate of each multi-paragraph quote group.
    pub groups: FastMap<usize, Candidate>,
    /// The previous quote's speaker, with the quote's paragraph.
    pub previous: Option<(Speaker, usize)>,
    /// Names of speakers already given a quote.
    pub spoken: FastSet<String>,
    /// The last two turns of the story, oldest first: who spoke in which
    /// paragraph, and whether their words ended on a question.
    turns: Vec<TurnTaken>,
}

/// One speaker's words in one paragraph.
#[derive(Clone)]
struct TurnTaken {
    speaker: Speaker,
    para: usize,
    asked: bool,
}

impl Story {
    /// Records the chosen candidate of quote `q`.
    pub fn chose(&mut self, doc: &Document, q: usize, c: &Candidate) {
        let quote = &doc.quotes[q];
        self.groups.entry(quote.group).or_insert_with(|| c.clone());
        self.previous = Some((c.speaker.clone(), quote.para));
        self.spoken.insert(c.speaker.name.clone());
        let asked = asks(doc, q);
        match self.turns.last_mut() {
            // More words of the same turn: its last words tell whether it asked.
            Some(t) if t.para == quote.para && t.speaker.name == c.speaker.name => t.asked = asked,
            _ => {
                self.turns.push(TurnTaken {
                    speaker: c.speaker.clone(),
                    para: quote.para,
                    asked,
                });
                if self.turns.len() > 2 {
                    self.turns.remove(0);
                }
            }
        }
    }

    /// "\"…?\" Lee asked. ¶ \"No,\" Park replied. ¶ \"And you knew?\"": in
    /// an exchange of one question and one answer, paragraph after
    /// paragraph, a quote that opens the next paragraph with no cue is the
    /// next turn: a question is the asker's again, anything else the
    /// answerer's. Returns that speaker and the paragraph of their turn.
    fn next_turn(&self, doc: &Document, q: usize) -> Option<(Speaker, usize)> {
        let [a, b] = self.turns.as_slice() else {
            return None;
        };
        let here = doc.quotes[q].para;
        let consecutive = a.para + 1 == b.para && b.para + 1 == here;
        if !consecutive || a.asked == b.asked || a.speaker.name == b.speaker.name {
            return None;
        }
        let opens_paragraph = doc.token_at(doc.quotes[q].open) == doc.para_tokens[here].0;
        if !opens_paragraph {
            return None;
        }
        let (asker, answerer) = if a.asked { (a, b) } else { (b, a) };
        let turn = if asks(doc, q) { asker } else { answerer };
        Some((turn.speaker.clone(), turn.para))
    }
}

/// Whether quote `q`'s words end on a question.
fn asks(doc: &Document, q: usize) -> bool {
    let quote = &doc.quotes[q];
    doc.text[quote.start..quote.end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '’' | '”'))
        .ends_with('?')
}

/// What every source reads: the document, its people and its resolved cues.
pub struct Evidence<'a, 'd> {
    pub doc: &'a Document<'d>,
    pub people: &'a People,
    pub cues: &'a [Cue],
    pub resolved: &'a [Option<Speaker>],
    /// Each paragraph's interview turn.
    pub turns: &'a [Turn],
    index: CueIndex,
}

impl<'a, 'd> Evidence<'a, 'd> {
    pub fn new(
        doc: &'a Document<'d>,
        people: &'a People,
        cues: &'a [Cue],
        resolved: &'a [Option<Speaker>],
        turns: &'a [Turn],
    ) -> Self {
        Evidence {
            doc,
            people,
            cues,
            resolved,
            turns,
            index: CueIndex::new(cues, resolved),
        }
    }
}

/// Token span of quote `q`: its opening mark and the last token inside it.
fn span(doc: &Document, q: usize) -> Option<(usize, usize)> {
    let quote = &doc.quotes[q];
    let open = doc.token_at(quote.open);
    if open >= doc.tokens.len() {
        return None;
    }
    let close = doc.token_at(quote.close).saturating_sub(1).max(open);
    Some((open, close))
}

fn cue_distance(c: &Cue, open: usize, close: usize) -> usize {
    if c.verb < open {
        open - c.verb
    } else {
        c.verb.saturating_sub(close)
    }
}

/// The nearest cue in the quote's sentence (or the sentence it closes in).
fn sentence_cue(ev: &Evidence, q: usize) -> Option<usize> {
    let (open, close) = span(ev.doc, q)?;
    let (s_open, s_close) = (ev.doc.sentence_of[open], ev.doc.sentence_of[close]);
    let mut near = ev.index.near_in_sentence(ev.cues, s_open, open, close);
    if s_close != s_open {
        near.extend(ev.index.near_in_sentence(ev.cues, s_close, open, close));
        near.sort_unstable();
    }
    let nearest = near
        .iter()
        .copied()
        .min_by_key(|&i| cue_distance(&ev.cues[i], open, close))?;
    // "Lee, who described the talks as \"constructive\", according to
    // IRNA": "according to" after the words credits who relayed them; a
    // verb before them in the sentence says whose they are.
    let relayed_after = {
        let c = &ev.cues[nearest];
        c.verb > close && c.cue == "according to"
    };
    if relayed_after {
        if let Some(&before) = near.iter().rev().find(|&&i| ev.cues[i].verb < open) {
            return Some(before);
        }
    }
    Some(nearest)
}

/// Who recounts quote `q`'s words, when they are another's: the speaker
/// and sentence of the cue its sentence gives ("Bostic said …").
pub fn teller(ev: &Evidence, q: usize) -> Option<(Speaker, usize)> {
    let i = sentence_cue(ev, q)?;
    Some((ev.resolved[i].clone()?, ev.cues[i].sentence))
}

/// A sentence right after quote `q` that says whose the words were
/// ("\"…\"\n\nThat was Ann Lee's verdict."): its cue, also from the next
/// paragraph when the quote ends its own.
fn looking_back_cue(ev: &Evidence, q: usize) -> Option<usize> {
    let doc = ev.doc;
    let (_, close) = span(doc, q)?;
    let next = doc.sentence_of[close] + 1;
    let sentence = doc.sentences.get(next)?;
    let quote_para = doc.quotes[q].para;
    if sentence.para != quote_para {
        // Only when nothing but punctuation follows the quote in its paragraph.
        let para_end = doc.para_tokens[quote_para].1;
        if sentence.para != quote_para + 1 || (close + 1..para_end).any(|t| doc.tokens[t].is_word) {
            return None;
        }
    }
    // Cues are in text order: those of sentence `next` by binary search.
    let from = ev.cues.partition_point(|c| c.sentence < next);
    (from..ev.cues.len())
        .take_while(|&i| ev.cues[i].sentence == next)
        .find(|&i| ev.cues[i].looks_back && ev.resolved[i].is_some())
}

/// The gender of a pronoun cue right after quote `q` ("…," she said), or
/// right before it: the quote's own cue `in_sentence` when there is one,
/// else any that names no one the text gives.
fn pronoun_at(ev: &Evidence, q: usize, in_sentence: Option<usize>) -> Option<Gender> {
    let (open, close) = span(ev.doc, q)?;
    // "\"…,\" she said" after the words, or "He replied, \"…\"" before them.
    let after =
        |c: &Cue| c.sentence == ev.doc.sentence_of[close] && c.verb > close && c.verb - close <= 3;
    let before =
        |c: &Cue| c.sentence == ev.doc.sentence_of[open] && c.verb < open && open - c.verb <= 3;
    let gender = |c: &Cue| match c.subject {
        Subject::Pronoun(g) if (after(c) || before(c)) && g != Gender::Unknown => Some(g),
        _ => None,
    };
    // (Most quotes have their own cue: only it is read, not every cue.)
    match in_sentence {
        Some(i) => gender(&ev.cues[i]),
        None => ev
            .cues
            .iter()
            .enumerate()
            .find_map(|(i, c)| gender(c).filter(|_| ev.resolved[i].is_none())),
    }
}

/// The nearest cue elsewhere in the quote's paragraph (an earlier one first
/// on a tie).
fn paragraph_cue(ev: &Evidence, q: usize, not: Option<usize>) -> Option<usize> {
    let (open, close) = span(ev.doc, q)?;
    let para = ev.doc.quotes[q].para;
    ev.index
        .near_in_paragraph(ev.cues, para, open, close, not)
        .into_iter()
        .min_by_key(|&i| {
            let c = &ev.cues[i];
            (cue_distance(c, open, close), c.verb > open)
        })
}

/// The cue in the sentence of the last paragraph of the quote that quote
/// `q` opens, when it runs over several paragraphs.
fn closing_cue(ev: &Evidence, q: usize) -> Option<usize> {
    let group = ev.doc.quotes[q].group;
    let last = (q + 1..ev.doc.quotes.len())
        .take_while(|&k| ev.doc.quotes[k].group == group)
        .last()?;
    sentence_cue(ev, last)
}

/// Whether cue `i`'s sentence holds a quote other than `q`.
fn reports_another_quote(ev: &Evidence, i: usize, q: usize) -> bool {
    let doc = ev.doc;
    let sentence = ev.cues[i].sentence;
    doc.quotes.iter().enumerate().any(|(k, quote)| {
        k != q && {
            let t = doc.token_at(quote.open);
            t < doc.tokens.len() && doc.sentence_of[t] == sentence
        }
    })
}

/// The latest cue before the quote opens.
fn previous_cue(ev: &Evidence, q: usize) -> Option<usize> {
    ev.index.latest_before(ev.doc.quotes[q].open)
}

/// Every candidate speaker of quote `q`, with its features (not yet scored).
pub fn collect(ev: &Evidence, story: &Story, q: usize, partial: bool) -> Vec<Candidate> {
    let doc = ev.doc;
    let quote = &doc.quotes[q];
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |speaker: Speaker, source: Source, cue: Option<usize>, para: usize| {
        let mut f = Features::default();
        f.flag(source.feature(), true);
        if let (Some(i), Some((open, close))) = (cue, span(doc, q)) {
            let c = &ev.cues[i];
            f.flag(Feature::CueAfter, c.verb > close);
            f.set(
                Feature::CueDistance,
                (cue_distance(c, open, close) as f32).ln_1p() / 4.0,
            );
            f.flag(Feature::CueAccording, c.cue == "according to");
            f.flag(
                Feature::CueSaid,
                matches!(c.cue.to_lowercase().as_str(), "said" | "says"),
            );
        }
        describe(ev.people, story, &speaker, &mut f);
        f.flag(Feature::QuotePartial, partial);
        f.set(
            Feature::ParagraphGap,
            (quote.para.saturating_sub(para) as f32 / 4.0).min(1.0),
        );
        out.push(Candidate {
            speaker,
            source,
            cue,
            features: f,
            probability: 0.0,
        });
    };
    let here = quote.para;
    if let Some(s) = resolve::transcript_label(doc, ev.people, q) {
        // A transcript label opens a new turn: it names who speaks, and the
        // speaker of the turn before is no candidate.
        push(s, Source::Label, None, here);
        return out;
    }
    // "Bostic said Whitfield … told him: \"…\"": words recounted are the
    // recounted speaker's, and the teller is no candidate.
    if let Some(s) = recount::recounted_voice(doc, ev.people, q)
        .or_else(|| recount::recounted_after(doc, ev.people, q))
        .or_else(|| recount::owned_words(doc, ev.people, q))
    {
        push(s, Source::Recounted, None, here);
        return out;
    }
    if let Some(s) = resolve::named_before_dash(doc, ev.people, q) {
        push(s, Source::DashName, None, here);
    }
    if let Some(s) = resolve::dashed_credit(doc, ev.people, q) {
        push(s, Source::Credit, None, here);
    }
    let in_sentence = sentence_cue(ev, q).or_else(|| looking_back_cue(ev, q));
    if let Some(i) = in_sentence {
        push(
            ev.resolved[i].clone().unwrap(),
            Source::SentenceCue,
            Some(i),
            here,
        );
    }
    // A cue that reports another quote of its own sentence is that quote's:
    // it names someone else than the cue in this quote's sentence only
    // because the scene moved on ("\"A,\" Lee said. Park disagreed. \"B,\"
    // he said."). Naming the same person, it still agrees with it.
    let names = |i: usize| ev.resolved[i].as_ref().map(|s| s.name.as_str());
    // A name or a description in the quote's own cue ("\"...,\" one
    // elderly man said") says who spoke: a cue before it that names
    // someone else ("Some villagers said they would stay.") is another
    // voice of the paragraph, no candidate.
    // Only the cue right after the closing mark: "\"...,\" when Clinton
    // blasted him" names someone else than who spoke.
    let right_after = |j: usize| {
        let c = &ev.cues[j];
        // A post in lower case may stand between ("...," county executive
        // Joseph Langat told reporters).
        span(doc, q).is_some_and(|(_, close)| {
            let first = c.verb.min(c.subject_span.0);
            // A post may be a title with its portfolio ("Minister for
            // Reconstruction Tharindu Perera told").
            let post_word = |t: usize| {
                let w = doc.word(t);
                !doc.tokens[t].is_word
                    || w.chars().all(|c| c.is_lowercase() || c == '-')
                    || lexicon::title(w).is_some()
                    || super::mentions::PORTFOLIO_WORDS.contains(&w)
            };
            // "county executive for trade Joseph Langat": a post among them.
            let ends_in_post = (close + 1..first).all(|t| !doc.tokens[t].is_word)
                || (close + 1..first).any(|t| {
                    lexicon::is_role_noun(doc.word(t)) || lexicon::title(doc.word(t)).is_some()
                });
            c.verb > close
                && first > close
                && first - close <= 5
                && ends_in_post
                && (close + 1..first).all(post_word)
        })
    };
    // "\"…,\" they said in a statement" resolved to a body says so too.
    let body_said = |j: usize| {
        ev.cues[j].subject == Subject::Plural
            && ev.resolved[j]
                .as_ref()
                .is_some_and(|s| s.kind == SpeakerKind::Organisation)
    };
    let explicit_here = in_sentence.filter(|&j| {
        right_after(j)
            && (matches!(
                ev.cues[j].subject,
                Subject::Name { .. } | Subject::Description(_)
            ) || body_said(j)
                // "\"…,\" the statement said" of a statement the text
                // says someone issued.
                || (ev.cues[j].subject == Subject::Writing && ev.resolved[j].is_some()))
    });
    let agrees_here = |i: usize| explicit_here.is_none_or(|j| names(i) == names(j));
    // "X asked Beaulieu why … \"…,\" he answered": who asked does not answer.
    let answering = in_sentence.is_some_and(|j| answered::answers(doc.word(ev.cues[j].verb)));
    let in_paragraph = paragraph_cue(ev, q, in_sentence)
        .filter(|&i| {
            // (Nor any cue of the question: "why he had not reported".)
            let c = &ev.cues[i];
            let first = doc.sentences[c.sentence].first;
            !(answering && (first..=c.verb).any(|k| doc.word(k) == "asked"))
        })
        .filter(|&i| match in_sentence {
            Some(j) => names(i) == names(j) || (!reports_another_quote(ev, i, q) && agrees_here(i)),
            None => true,
        });
    if let Some(i) = in_paragraph {
        push(
            ev.resolved[i].clone().unwrap(),
            Source::ParagraphCue,
            Some(i),
            here,
        );
    }
    if let Some(c) = story.groups.get(&quote.group) {
        push(c.speaker.clone(), Source::Continuation, c.cue, here);
    } else if let Some(i) = closing_cue(ev, q) {
        // "\"We will not leave anyone behind.\n\n\"And we will do it,\"
        // Lee said": a quote running over paragraphs is attributed where it
        // ends, so its first paragraphs take that cue.
        push(
            ev.resolved[i].clone().unwrap(),
            Source::Continuation,
            Some(i),
            here,
        );
    }
    // The interviewee whose answer holds the quote, unless a cue in the
    // quote's own sentence says whose words the answer recalls ("some
    // people went like", "I said").
    if let Some(t @ Turn::Interviewee(words)) = ev.turns.get(quote.para) {
        let sentence = span(doc, q).map(|(open, _)| doc.sentence_of[open]);
        let cue_here = ev.cues.iter().any(|c| Some(c.sentence) == sentence);
        if in_sentence.is_none() && !cue_here {
            if let Some(s) = resolve::turn_speaker(ev.people, t, quote.start, &words.join(" ")) {
                push(s, Source::Turn, None, here);
            }
        }
    }
    if let Some(s) = resolve::sentence_subject(doc, ev.people, q) {
        // "Ann Lee was blunt: \"…\"": a colon that opens the words right
        // after the clause of a subject reports them as "said" would, and
        // outweighs the speaker of the paragraph before it.
        // (Not a pronoun: the clause's "he" is resolved here with less care
        // than a cue's is.)
        let by_colon =
            in_sentence.is_none() && s.form != resolve::Form::Pronoun && opened_by_colon(doc, q);
        push(
            s,
            if by_colon {
                Source::SentenceCue
            } else {
                Source::Subject
            },
            None,
            here,
        );
    } else if in_sentence.is_none() {
        if let Some(s) = resolve::previous_sentence_subject(doc, ev.people, q) {
            push(s, Source::Subject, None, here);
        } else if in_paragraph.is_none()
            && !story.groups.contains_key(&quote.group)
            && closing_cue(ev, q).is_none()
            && colon_paragraph_cue(ev, q).is_none()
            // (A paragraph with a cue of its own introduces its speaker.)
            && previous_cue(ev, q).is_none_or(|i| ev.cues[i].para + 1 < quote.para)
        {
            if let Some(s) = resolve::paragraph_before_subject(doc, ev.people, q) {
                push(s, Source::Subject, None, here);
            }
        }
    }
    // "NATO said in a statement:" ending the paragraph before: the words
    // its colon opens, set off as a paragraph of their own, are that cue's.
    if let Some(i) = colon_paragraph_cue(ev, q).filter(|_| in_sentence.is_none()) {
        push(
            ev.resolved[i].clone().unwrap(),
            Source::SentenceCue,
            Some(i),
            here,
        );
    }
    // Whose turn it is in an exchange of questions and answers outweighs
    // who spoke last: the previous speaker, and the cue that named them,
    // are the other side of the exchange.
    let continues = story.groups.contains_key(&quote.group) || closing_cue(ev, q).is_some();
    let uncued = in_sentence.is_none() && in_paragraph.is_none() && !continues;
    let next_turn = uncued.then(|| story.next_turn(doc, q)).flatten();
    if let Some((s, para)) = next_turn.as_ref().or(story.previous.as_ref()) {
        push(s.clone(), Source::PreviousQuote, None, *para);
    }
    let previous_cue = previous_cue(ev, q).filter(|_| next_turn.is_none());
    if let Some(i) = previous_cue.filter(|&i| agrees_here(i)) {
        let para = ev.cues[i].para;
        push(
            ev.resolved[i].clone().unwrap(),
            Source::PreviousCue,
            Some(i),
            para,
        );
    }
    // "\"…,\" she said" with no "she" the text names: whoever else is a
    // candidate must at least be a "she" (not the man quoted before), and
    // a person ("The Coastal Rescue Service says … \"…,\" he said" is not the
    // service's).
    // So must they with "he" or "she" at the quote resolved to someone:
    // "Kowalski said … Tyler Brandt … \"…,\" he told CBC News" is not
    // the chief whom the text calls "she".
    if let Some(g) = pronoun_at(ev, q, in_sentence) {
        out.retain(|c| {
            c.speaker.gender.compatible(g) && c.speaker.kind != SpeakerKind::Organisation
        });
    }
    // Agreement counts only evidence at the quote: the previous quote's
    // speaker and the latest cue's subject are most often the same person,
    // which says nothing about this quote.
    let here: Vec<(String, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, c)| !matches!(c.source, Source::PreviousQuote | Source::PreviousCue))
        .map(|(i, c)| (c.speaker.name.clone(), i))
        .collect();
    for (i, c) in out.iter_mut().enumerate() {
        let others = here
            .iter()
            .filter(|(n, k)| *k != i && *n == c.speaker.name)
            .count();
        c.features
            .set(Feature::OthersAgree, (others as f32 / 2.0).min(1.0));
    }
    out
}

/// The features of who the speaker is and how the evidence writes them.
fn describe(people: &People, story: &Story, s: &Speaker, f: &mut Features) {
    let form = match s.form {
        Form::FullName => Feature::FormFullName,
        Form::Surname => Feature::FormSurname,
        Form::LoneName => Feature::FormLoneName,
        Form::Pronoun => Feature::FormPronoun,
        Form::Role => Feature::FormRole,
        Form::Epithet => Feature::FormEpithet,
        Form::Description => Feature::FormDescription,
    };
    f.flag(form, true);
    f.flag(
        Feature::KindOrganisation,
        s.kind == SpeakerKind::Organisation,
    );
    f.flag(Feature::KindUnnamed, s.kind == SpeakerKind::Unnamed);
    let person = s.person.map(|i| &people.persons[i]);
    f.flag(Feature::Personish, person.is_some_and(|p| p.personish));
    let full = person.map_or(0, |p| p.full_mentions);
    f.set(Feature::Salience, (full as f32).ln_1p() / 2.0);
    f.flag(Feature::SpokeBefore, story.spoken.contains(&s.name));
    f.flag(Feature::GenderAgrees, s.gender_agrees);
}

/// Scores every candidate and returns the most probable one. When several
/// name that speaker, the closest evidence (the first source in the order
/// they are collected) is returned with the best probability: its cue is the
/// one the quote reports, and its sentence dates it.
pub fn pick(scorer: &SpeakerScorer, candidates: &mut [Candidate]) -> Option<Candidate> {
    for c in candidates.iter_mut() {
        c.probability = scorer.probability(&c.features);
    }
    let mut best: Option<&Candidate> = None;
    for c in candidates.iter() {
        if best.is_none_or(|b| c.probability > b.probability) {
            best = Some(c);
        }
    }
    let best = best?;
    let closest = candidates
        .iter()
        .find(|c| c.speaker.name == best.speaker.name)
        .unwrap_or(best);
    Some(Candidate {
        probability: best.probability,
        ..closest.clone()
    })
}

/// The cue of the paragraph right before quote `q` when that paragraph ends
/// with the colon that opens the quote.
fn colon_paragraph_cue(ev: &Evidence, q: usize) -> Option<usize> {
    let doc = ev.doc;
    let quote = &doc.quotes[q];
    let t = doc.token_at(quote.open);
    if t == 0 || t >= doc.tokens.len() || doc.word(t - 1) != ":" {
        return None;
    }
    let colon_sentence = doc.sentence_of[t - 1];
    if doc.sentences[colon_sentence].para + 1 != quote.para {
        return None;
    }
    let i = previous_cue(ev, q)?;
    (ev.cues[i].sentence == colon_sentence && ev.resolved[i].is_some()).then_some(i)
}

/// Whether quote `q` opens right after a colon of its own sentence.
fn opened_by_colon(doc: &Document, q: usize) -> bool {
    let open_tok = doc.token_at(doc.quotes[q].open);
    open_tok > 0 && open_tok < doc.tokens.len() && doc.word(open_tok - 1) == ":"
}
