//! A transcript written without quote marks: paragraphs that open with a
//! speaker's label in capitals ("SEN. ANN LEE: Thank you all.", "PARK: Not
//! yet."), as news sites print hearings, briefings and broadcast interviews.
//! Each labelled paragraph is its speaker's words.
//!
//! Only capitals make a transcript: a Q&A interview labelled "Ann Lee:" or
//! with initials ("AL:") prints the publication's own write-up of answers,
//! which its annotators do not count as quotes (Wikinews interviews). A
//! courtesy title makes a label too ("Ms Lee:"), as a write-up never uses
//! one. And a transcript is a conversation: two labelled paragraphs at
//! least, by two speakers, or answers to questions ("QUESTION:", "Q:"),
//! so a lone kicker ("EXCLUSIVE: ...") is none. "A:" answers are the
//! words of the person the introduction names last.

use super::askers::{drop_interviewer, publication_labels};
use super::document::Document;
use super::interview::{opens_with_quote_mark, speaks_as_i};
use super::lexicon::{self, Gender};
use super::mentions;

/// One labelled paragraph of a transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptLine {
    pub para: usize,
    /// The words after the label.
    pub start: usize,
    pub end: usize,
    /// The speaker's name as the label writes it, in title case, with a
    /// surname alone completed from an earlier label ("LEE" after "SEN. ANN
    /// LEE").
    pub name: Vec<String>,
    /// The title the label gives ("SEN." is "Senator").
    pub role: Option<String>,
    /// The sex the label's courtesy title tells ("Mrs Okafor:" beside
    /// "Mr Okafor:").
    pub gender: Gender,
}

/// Labels of a question put to the one who answers.
const QUESTIONS: &[&str] = &["Q", "QUESTION", "INTERVIEWER", "REPORTER", "Q."];

/// Labels of an answer by the one the introduction names.
const ANSWERS: &[&str] = &["A", "ANSWER", "A."];

/// Labels in capitals that say what follows, not who speaks.
const NOT_SPEAKERS: &[&str] = &[
    "Q",
    "A",
    "QUESTION",
    "ANSWER",
    "INTERVIEWER",
    "REPORTER",
    "UPDATE",
    "UPDATED",
    "NOTE",
    "EDITOR'S",
    "CORRECTION",
    "EXCLUSIVE",
    "BREAKING",
    "WATCH",
    "READ",
    "LISTEN",
    "PHOTO",
    "VIDEO",
    "AUDIO",
    "SOURCE",
    "CAPTION",
    "CREDIT",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "RELATED",
    "SEE",
    "MORE",
    "ALSO",
    "TRANSCRIPT",
    "UNIDENTIFIED",
    "UNKNOWN",
    "CROSSTALK",
    "DEAR",
];

/// A label is a name and perhaps a title, not a sentence.
const MAX_LABEL_WORDS: usize = 5;

/// How far into a paragraph its label's colon may stand.
const LABEL_BYTES: usize = 64;

/// A label with a role in brackets runs longer ("DELIA FARAWAY (CHIEF
/// EXECUTIVE, PORT CALLOWAY HARBOUR AUTHORITY):").
const BRACKETED_LABEL_BYTES: usize = 128;

/// Posts of whoever asks the questions on air: a host's questions are no
/// quotes (the transcripts' annotators leave them out).
const HOSTS: &[&str] = &[
    "host",
    "co-host",
    "presenter",
    "anchor",
    "interviewer",
    "moderator",
];

/// The labelled paragraphs of a transcript without quote marks, or none
/// when the text is no transcript.
pub fn lines(doc: &Document) -> Vec<TranscriptLine> {
    let mut out: Vec<TranscriptLine> = Vec::new();
    // Every spoken labelled paragraph, by its label as written: who only
    // asks is found once all are read.
    let mut asked: Vec<(usize, &str, bool)> = Vec::new();
    // Every paragraph that opens with a label, spoken or not: where an
    // answer's unlabelled paragraphs end.
    let mut labelled_paras: Vec<usize> = Vec::new();
    let mut labelled = 0;
    let mut questions = 0;
    // Paragraphs labelled as answers ("A:"), and the first question's.
    let mut answers: Vec<(usize, usize)> = Vec::new();
    let mut named_answers: Vec<NamedAnswer> = Vec::new();
    let mut first_question: Option<usize> = None;
    // Labels written on a line of their own, with no words after them.
    let mut label_only: Vec<(Vec<String>, Option<String>, Gender)> = Vec::new();
    for (i, p) in doc.paras.iter().enumerate() {
        let line = &doc.text[p.start..p.end];
        // A label is short: look for its colon near the start only (this runs
        // on every paragraph).
        // (Searched in a slice of bytes: counting bytes off one by one cost
        // more than the search.)
        let near_start = &line.as_bytes()[..line.len().min(BRACKETED_LABEL_BYTES)];
        let Some(colon) = near_start.iter().position(|&b| b == b':') else {
            continue;
        };
        if colon > LABEL_BYTES && !near_start[..colon].contains(&b'(') {
            continue;
        }
        let (label, rest) = (&line[..colon], &line[colon + 1..]);
        let words = rest.trim_start();
        // A line that opens with a quote mark is the quote finder's; one
        // that quotes someone inside its answer is still the answer
        // ("Lewis trained fully … he said to me, 'Boss, I am ready.'").
        let spoken =
            !opens_with_quote_mark(words) && !p.noise && words.split_whitespace().nth(1).is_some();
        let (label, brackets) = bracketed(label.trim());
        let gender = courtesy_gender(label);
        labelled_paras.push(i);
        if spoken {
            asked.push((i, label, words.trim_end().ends_with('?')));
        }
        if QUESTIONS.contains(&label) {
            questions += 1;
            first_question.get_or_insert(i);
            continue;
        }
        if ANSWERS.contains(&label) {
            if spoken {
                answers.push((i, p.end - words.len()));
            }
            continue;
        }
        let Some((mut name, role)) = parse_label(label) else {
            // "Mariko Sato: ..." answering "Q:": kept aside, a transcript
            // only when the questions are labelled too.
            if spoken {
                if let Some((name, role)) = title_case_label(label, &brackets) {
                    named_answers.push(NamedAnswer {
                        para: i,
                        start: p.end - words.len(),
                        name,
                        role,
                        gender,
                    });
                } else if let Some(named) = initials_of(label, &named_answers) {
                    // "SK:" after "Siobhán Keaveney:": the same speaker,
                    // who names someone of the article.
                    let answer = NamedAnswer {
                        para: i,
                        start: p.end - words.len(),
                        ..named.clone()
                    };
                    named_answers.push(answer);
                    asked.retain(|&(para, ..)| para != i);
                }
            }
            continue;
        };
        labelled += 1;
        // "GRAHAM OYELARAN (PRESENTER)": a post in brackets.
        let mut role = role.or_else(|| bracketed_role(&brackets));
        if !spoken {
            // "LEILA MARCHETTI, HOST:" on a line of its own: the name in
            // full, for the "MARCHETTI:" labels after it.
            if words.is_empty() && name.len() >= 2 {
                label_only.push((name, role, gender));
            }
            continue;
        }
        if name.len() == 1 {
            let full = out
                .iter()
                .rev()
                .map(|l| (&l.name, &l.role, l.gender))
                .chain(label_only.iter().rev().map(|(n, r, g)| (n, r, *g)))
                .find(|(n, _, g)| n.len() >= 2 && n.last() == name.last() && g.compatible(gender))
                .map(|(n, r, _)| (n.clone(), r.clone()));
            if let Some((full_name, full_role)) = full {
                name = full_name;
                role = role.or(full_role);
            }
        }
        let start = p.end - words.len();
        out.push(TranscriptLine {
            para: i,
            start,
            end: p.end,
            name,
            role,
            gender,
        });
    }
    // "DW: Mr Lengyel, are you for the plant?" / "Lengyel: I am for the
    // jobs": the publication's own questions, not anyone's quotes.
    let askers = publication_labels(doc, &asked);
    if !askers.is_empty() {
        let asks = |para: usize| askers.contains(&para);
        questions += askers.len();
        let first_asked = askers[0];
        first_question = Some(first_question.map_or(first_asked, |q| q.min(first_asked)));
        labelled -= out.iter().filter(|l| asks(l.para)).count();
        out.retain(|l| !asks(l.para));
        named_answers.retain(|a| !asks(a.para));
    }
    // "Q: ... / Mariko Sato: ...": answers under a name in title case,
    // between labelled questions (a write-up of an interview labels no
    // questions so).
    // Or a conversation in title case ("Nadia: …" / "Hallie: …", a
    // Hansard exchange): two speakers at least, each labelling two
    // paragraphs, one answering the other in the next paragraph twice. A
    // write-up of an interview labels its answers, not its questions,
    // or marks them "((WN))".
    let conversation = is_conversation(doc, &named_answers);
    if (questions >= 2 && named_answers.len() >= 2) || conversation {
        for a in named_answers {
            let name = completed(&out, a.name, a.gender);
            out.push(TranscriptLine {
                para: a.para,
                start: a.start,
                end: doc.paras[a.para].end,
                name,
                role: a.role,
                gender: a.gender,
            });
        }
        out.sort_by_key(|l| l.para);
    }
    // "A:" answers: the person the introduction, before the first
    // question, names last.
    if questions >= 2 && answers.len() >= 2 {
        let intro_end = first_question.map_or(0, |q| doc.paras[q].start);
        let names = mentions::all_names(doc);
        // "Q: Ms. Ekdahl, you never recommended …": the first question
        // names whom it is put to; else the introduction's last name (a
        // cross-examining lawyer may be named after the witness).
        let addressed = first_question
            .and_then(|q| addressed_by(doc, q))
            .and_then(|surname| {
                names.iter().rfind(|m| {
                    m.at < intro_end && m.name.len() >= 2 && m.name.last() == Some(&surname)
                })
            });
        // "Under cross-examination by Assistant U.S. Attorney Nina
        // Castellanos, he insisted …": whoever the questions are put "by"
        // asks them.
        let asks = |m: &&mentions::NameMention| m.first > 0 && doc.word(m.first - 1) == "by";
        // "… a Grade 6 adviser at Bagong Pag-asa Elementary School in
        // Caloocan City": the places and bodies that describe the
        // interviewee come after her name, and none of them answers.
        // ("spoke to The National": a name opening with "The" is an
        // outlet's or a body's, no interviewee's.)
        let answers_for = |m: &&mentions::NameMention| {
            !asks(m)
                && m.name[0] != "The"
                && !lexicon::is_place_name(&m.name)
                && !m.name.iter().any(|w| lexicon::is_org_word(w))
        };
        let full_name_of = |lone: &mentions::NameMention| {
            names
                .iter()
                .find(|m| m.at <= lone.at && m.name.len() >= 2 && m.name.last() == lone.name.last())
        };
        // A word alone must show it is someone's name: a courtesy title,
        // an age set off after it ("Abrenica, 54,"), or a full name
        // elsewhere; not "a Grade 6 adviser".
        let someone = |m: &&mentions::NameMention| {
            m.at < intro_end
                && answers_for(m)
                && (m.name.len() >= 2
                    || m.courtesy.is_some()
                    || m.age_after(doc).is_some()
                    || full_name_of(m).is_some())
        };
        // Whom the introduction names most often is whom the interview is
        // with ("Judge Marta Ixcoy … Ixcoy … Ixcoy", then a lawyer quoted
        // once, then the questions); of people named as often, the one
        // named last. The witness may be named last by surname alone
        // ("Halvorsen testified … Under cross-examination by …"): the full
        // name that ends with it.
        // ("Marta Lucía Ixcoy Batz … Ixcoy": any surname of two counts.)
        let times_named = |m: &mentions::NameMention| {
            names
                .iter()
                .filter(|n| {
                    n.at < intro_end
                        && answers_for(n)
                        && n.name.last().is_some_and(|last| m.name[1..].contains(last))
                })
                .count()
        };
        // A name a list of given names, a courtesy title or a sex makes a
        // person's ("Qamar Energy" is named as often as its chief).
        let surely_a_person = |m: &mentions::NameMention| {
            m.gender != Gender::Unknown
                || m.courtesy.is_some()
                || lexicon::is_given_name(&m.name[0])
        };
        // "The Inquirer spoke with Teresita Abrenica, 54, a Grade 6
        // adviser": a person named right after the words that say the text
        // is an interview is its interviewee, however often the story named
        // someone else before.
        let interviewed = names.iter().filter(someone).rfind(|m| {
            let before = |k: usize| (m.first >= k).then(|| doc.word(m.first - k));
            let with = matches!(before(1), Some("with" | "to"))
                && matches!(
                    before(2),
                    Some("spoke" | "speaks" | "talked" | "talks" | "interview" | "conversation")
                );
            with && surely_a_person(m)
        });
        let last_named = interviewed
            .or_else(|| {
                names
                    .iter()
                    .filter(|m| someone(m) && surely_a_person(m))
                    .enumerate()
                    .max_by_key(|&(order, m)| (times_named(m), order))
                    .map(|(_, m)| m)
            })
            .or_else(|| names.iter().rfind(someone))
            // (Else the surname alone, which the article's people complete
            // later: "Teresita “Tess” Abrenica, 54," is read as a nickname
            // and a surname here.)
            .map(|last| full_name_of(last).unwrap_or(last));
        if let Some(m) = addressed.or(last_named) {
            for &(para, start) in &answers {
                out.push(TranscriptLine {
                    para,
                    start,
                    end: doc.paras[para].end,
                    name: m.name.clone(),
                    role: None,
                    gender: m.gender,
                });
            }
            out.sort_by_key(|l| l.para);
        }
    }
    let speakers = out
        .iter()
        .map(|l| &l.name)
        .collect::<std::collections::HashSet<_>>()
        .len();
    // Answers to questions put to one person are a conversation too.
    let answered = questions >= 2 && out.len() >= 2;
    if !answered && !conversation && (labelled < 2 || speakers < 2) {
        out.clear();
    }
    // The host's questions and links are no one's quoted words.
    if let Some(first) = out.first() {
        let introduced = introduced_as_host(&doc.text[..doc.paras[first.para].start]);
        let hosts: Vec<Vec<String>> = out
            .iter()
            .filter(|l| is_host(l, &introduced))
            .map(|l| l.name.clone())
            .collect();
        out.retain(|l| !hosts.contains(&l.name));
    }
    drop_interviewer(doc, &mut out);
    with_unlabelled_paragraphs(doc, out, &labelled_paras)
}

/// An answer that runs on into paragraphs of its own without a label
/// ("Aarnes: We have replaced the sensors …" / "We have also changed who
/// can sign off …" / "Radio Nordlys: …"): each is the answer's speaker's,
/// up to the next label. After the transcript's last label the text is
/// the reporter's again, so only answers with a label after them run on.
fn with_unlabelled_paragraphs(
    doc: &Document,
    lines: Vec<TranscriptLine>,
    labelled_paras: &[usize],
) -> Vec<TranscriptLine> {
    let mut out = Vec::with_capacity(lines.len());
    for answer in lines {
        let next_label = labelled_paras.iter().copied().find(|&p| p > answer.para);
        let mut run_on = Vec::new();
        if let Some(next) = next_label {
            for para in answer.para + 1..next {
                let p = &doc.paras[para];
                let line = &doc.text[p.start..p.end];
                let words = line.trim();
                // A question put without a label, or the reporter's own
                // prose between answers ("The programme also took a call
                // from a listener …"): an answer speaks as "I" or "we".
                let answers = !p.noise
                    && !opens_with_quote_mark(words)
                    && !words.ends_with('?')
                    && words.split_whitespace().nth(1).is_some()
                    && speaks_as_i(doc, para);
                if !answers {
                    run_on.clear();
                    break;
                }
                run_on.push(TranscriptLine {
                    para,
                    start: p.start + (line.len() - line.trim_start().len()),
                    end: p.end,
                    name: answer.name.clone(),
                    role: answer.role.clone(),
                    gender: answer.gender,
                });
            }
        }
        out.push(answer);
        out.extend(run_on);
    }
    out
}

/// The first paragraph of the transcript whose first answer is paragraph
/// `para`: the labelled questions right before it are the transcript's
/// too, and the prose before them introduces it.
pub fn opening(doc: &Document, para: usize) -> usize {
    let mut first = para;
    while first > 0 && has_label(doc, first - 1) {
        first -= 1;
    }
    first
}

/// Whether paragraph `para` opens with a short label and a colon ("Q:",
/// "Radio Nordlys:", "SEN. ANN LEE:").
fn has_label(doc: &Document, para: usize) -> bool {
    let p = &doc.paras[para];
    let line = &doc.text[p.start..p.end];
    let near_start = &line.as_bytes()[..line.len().min(LABEL_BYTES)];
    let Some(colon) = near_start.iter().position(|&b| b == b':') else {
        return false;
    };
    let label = line[..colon].trim();
    label.starts_with(char::is_uppercase)
        && (1..=MAX_LABEL_WORDS).contains(&label.split_whitespace().count())
}

/// The surname a question opens by addressing ("Q: Ms. Ekdahl, you …",
/// "Q: Dr Lee, why …"): a courtesy title and a name before a comma.
fn addressed_by(doc: &Document, para: usize) -> Option<String> {
    let p = &doc.paras[para];
    let line = &doc.text[p.start..p.end];
    let (_, question) = line.split_once(':')?;
    let (head, _) = question.split_once(',')?;
    let words: Vec<&str> = head.split_whitespace().collect();
    let [title, rest @ ..] = words.as_slice() else {
        return None;
    };
    let named = lexicon::honorific(title).is_some()
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|w| w.starts_with(char::is_uppercase));
    named.then(|| rest.last().map(|w| w.to_string())).flatten()
}

/// "Hallie" after "Hallie Osterberg" labelled earlier: a one-word label
/// completed from an earlier label's full name, of a sex that may be the
/// label's ("Mrs Okafor" is not "Mr Emeka Okafor").
fn completed(out: &[TranscriptLine], name: Vec<String>, gender: Gender) -> Vec<String> {
    if name.len() != 1 {
        return name;
    }
    out.iter()
        .rev()
        .find(|l| {
            l.name.len() >= 2
                && (l.name.last() == name.last() || l.name[0] == name[0])
                && l.gender.compatible(gender)
        })
        .map_or(name, |l| l.name.clone())
}

/// The label written in full that a label of initials stands for ("SK"
/// for "Siobhán Keaveney", labelled so before).
fn initials_of<'a>(label: &str, named: &'a [NamedAnswer]) -> Option<&'a NamedAnswer> {
    let initials = (2..=3).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_uppercase());
    if !initials {
        return None;
    }
    named.iter().find(|a| {
        a.name.len() == label.len()
            && a.name
                .iter()
                .zip(label.chars())
                .all(|(w, c)| w.starts_with(c))
    })
}

/// A label's paragraph in title case, kept aside until the text shows a
/// transcript.
#[derive(Clone)]
struct NamedAnswer {
    para: usize,
    start: usize,
    name: Vec<String>,
    role: Option<String>,
    gender: Gender,
}

/// The sex a label's courtesy title tells ("Mrs Okafor", "MS. LEE"), or
/// unknown.
fn courtesy_gender(label: &str) -> Gender {
    let Some(first) = label.split_whitespace().next() else {
        return Gender::Unknown;
    };
    let word = title_case(first.trim_end_matches('.'));
    lexicon::honorific(&word).unwrap_or(Gender::Unknown)
}

/// Whether paragraphs labelled by names in title case make a conversation:
/// no "((…))" interview markup, two names each opening two paragraphs at
/// least, and twice a paragraph by one answered in the next by another.
fn is_conversation(doc: &Document, lines: &[NamedAnswer]) -> bool {
    // Two speakers of two lines each at least; most articles have none, and
    // are not read further.
    if lines.len() < 4 {
        return false;
    }
    if doc
        .paras
        .iter()
        .any(|p| doc.text[p.start..p.end].trim_start().starts_with("(("))
    {
        return false;
    }
    // People, not teams ("Thunder: F Hamidou Diallo missed …" in a game
    // story's notes): a full name, or a given name alone.
    let person = |name: &[String]| {
        (name.len() >= 2 || name.first().is_some_and(|w| lexicon::is_given_name(w)))
            && !name.iter().any(|w| lexicon::is_org_word(w))
    };
    if !lines.iter().all(|l| person(&l.name)) {
        return false;
    }
    let key = |name: &[String]| name.last().cloned().unwrap_or_default();
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for l in lines {
        *counts.entry(key(&l.name)).or_default() += 1;
    }
    let repeated = counts.values().filter(|&&c| c >= 2).count();
    let exchanges = lines
        .windows(2)
        .filter(|w| w[0].para + 1 == w[1].para && key(&w[0].name) != key(&w[1].name))
        .count();
    repeated >= 2 && exchanges >= 2
}

/// Whether the line's speaker asks the questions: a host's post in the
/// label, or a name the introduction gives a host ([`introduced_as_host`]).
fn is_host(line: &TranscriptLine, introduced: &[&str]) -> bool {
    let post = line.role.as_deref().is_some_and(|r| {
        r.split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| HOSTS.contains(&w.to_lowercase().as_str()))
    });
    post || line
        .name
        .iter()
        .any(|x| x.len() >= 3 && introduced.contains(&x.as_str()))
}

/// The words an introduction writes right after a host's post ("hosted by
/// Nadia Brennecke", "presenter Graham Oyelaran"): read once per
/// transcript, not at each of its lines.
fn introduced_as_host(intro: &str) -> Vec<&str> {
    let words: Vec<&str> = intro
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut named = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let w = w.trim_end_matches(['.', ';']).to_lowercase();
        let host_word = HOSTS.contains(&w.as_str())
            || matches!(w.as_str(), "hosted" | "presented" | "moderated");
        if host_word {
            named.extend(
                words[k + 1..(k + 5).min(words.len())]
                    .iter()
                    .map(|n| n.trim_end_matches(['.', ';', '\'', '’'])),
            );
        }
    }
    named
}

/// A label's words before its brackets, and what the brackets hold:
/// "HELEN ACHTERBERG (WESTMARCH NORTH) (LAB)" is "HELEN ACHTERBERG", with
/// "WESTMARCH NORTH" and "LAB".
fn bracketed(label: &str) -> (&str, Vec<&str>) {
    let mut label = label;
    let mut inside = Vec::new();
    while let Some(rest) = label.strip_suffix(')') {
        let Some(open) = rest.rfind('(') else {
            break;
        };
        inside.insert(0, rest[open + 1..].trim());
        label = rest[..open].trim_end();
    }
    (label, inside)
}

/// The post a label's brackets give, in title case ("(PRESENTER)",
/// "(CHIEF EXECUTIVE, PORT AUTHORITY)"), when it names one.
fn bracketed_role(brackets: &[&str]) -> Option<String> {
    let b = brackets.first()?;
    let is_post = b
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(|w| w.len() >= 3 && lexicon::is_role_noun(&w.to_lowercase()));
    is_post.then(|| {
        b.split(' ')
            .map(|w| {
                if w.chars().all(|c| !c.is_lowercase()) {
                    title_case(w)
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A label in title case: a name, with a courtesy title dropped ("Sir
/// Gregory Lane"), or a post with the name in brackets ("The Minister of
/// State (Rupert Vane)").
fn title_case_label(label: &str, brackets: &[&str]) -> Option<(Vec<String>, Option<String>)> {
    let named_post = label.strip_prefix("The ").filter(|post| {
        post.split_whitespace()
            .any(|w| lexicon::is_role_noun(&w.to_lowercase()))
    });
    if let (Some(post), Some(inside)) = (named_post, brackets.first()) {
        let name = title_case_name(inside).filter(|n| n.len() >= 2)?;
        return Some((name, Some(post.to_string())));
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let honorifics = words
        .iter()
        .take_while(|w| lexicon::honorific(w).is_some())
        .count();
    if honorifics > 0 && honorifics < words.len() {
        return title_case_name(&words[honorifics..].join(" ")).map(|n| (n, None));
    }
    title_case_name(label).map(|n| (n, None))
}

/// A label that is a name in title case ("Mariko Sato", "Sato"): one to
/// three capitalised words of letters, naming no part of a page.
fn title_case_name(label: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let name_like = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
            && w.len() >= 2
    };
    let ok = (1..=3).contains(&words.len())
        && words.iter().all(name_like)
        && !words
            .iter()
            .any(|w| NOT_SPEAKERS.iter().any(|n| n.eq_ignore_ascii_case(w)));
    ok.then(|| words.iter().map(|w| w.to_string()).collect())
}

/// A label in capitals ("SEN. ANN LEE", "PARK"): the name in title case and
/// the title it opens with.
fn parse_label(label: &str) -> Option<(Vec<String>, Option<String>)> {
    // "LEILA MARCHETTI, HOST", "JOHN SMITH, BYLINE": a broadcaster's
    // transcript writes the post after a comma.
    if let Some((name, post)) = label.split_once(',') {
        let post = post.trim();
        let capitals = !post.is_empty()
            && post
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.'));
        if !capitals || post.split_whitespace().count() > 3 {
            return None;
        }
        let (name, role) = parse_label(name)?;
        return Some((name, role.or_else(|| Some(post.to_lowercase()))));
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_LABEL_WORDS {
        return None;
    }
    let capitals = words.iter().all(|w| {
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-' | '’'))
    });
    // "Ms Tanaka", "Dr. Ann Lee": a courtesy title and capitalised words.
    let courteous = words.len() >= 2
        && lexicon::honorific(words[0]).is_some()
        && words[1..].iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '-' | '’'))
        });
    if !(capitals || courteous) || words.iter().any(|w| NOT_SPEAKERS.contains(w)) {
        return None;
    }
    let mut role = None;
    let mut name = Vec::new();
    for w in &words {
        let word = title_case(w);
        if !name.is_empty() {
            name.push(word);
        } else if let Some(t) = lexicon::title(&word) {
            role = Some(t.to_string());
        } else if words.len() > 1 && lexicon::is_role_noun(&word.to_lowercase()) {
            // "UNDERSECRETARY VILLANUEVA": a post before the name.
            role = Some(word);
        } else if lexicon::honorific(&word).is_none() {
            name.push(word);
        }
    }
    // A name, not initials ("AL") or a title alone.
    let named = name
        .iter()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    named.then_some((name, role))
}

/// "LEE" as "Lee", "O'NEILL" as "O'Neill".
pub fn title_case(w: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in w.chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labelled_paragraphs_in_capitals_are_their_speakers_words() {
        let text = "Transcript of the hearing\n\nSEN. ANN LEE: Thank you all for coming. Are these systems safe?\n\nDR. TOM PARK: Not yet. We do not have the tests.\n\nLEE: What would it take?\n\nPARK: Money, and time.";
        let doc = Document::new(text);
        let l = lines(&doc);
        assert_eq!(l.len(), 4, "{l:?}");
        assert_eq!(
            &text[l[0].start..l[0].end],
            "Thank you all for coming. Are these systems safe?"
        );
        assert_eq!(l[0].name, ["Ann", "Lee"]);
        assert_eq!(l[0].role.as_deref(), Some("Senator"));
        assert_eq!(l[2].name, ["Ann", "Lee"]);
        assert_eq!(l[3].name, ["Tom", "Park"]);
        assert_eq!(&text[l[3].start..l[3].end], "Money, and time.");
    }

    #[test]
    fn answers_to_questions_and_courtesy_titled_labels_make_a_transcript() {
        // One official answering questions.
        let text = "Ann Lee, spokeswoman for the agency, spoke to reporters.\n\nQUESTION: Which donors have not paid?\n\nMS. LEE: I will not name donors here.\n\nQUESTION: Why not?\n\nMS. LEE: Because it would not help.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].name, ["Lee"]);
        // Q and A: the answers are the one the introduction names.
        let text = "This is an edited transcript of our conversation with Energy Minister Lena Fischer.\n\nQ: Will there be a second round?\n\nA: Yes, in June. We have changed two things.\n\nQ: Which?\n\nA: The price and the dates.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[1].name, ["Lena", "Fischer"]);
        assert_eq!(&text[l[1].start..l[1].end], "The price and the dates.");
        // Names in title case answering labelled questions.
        let text = "We spoke to Mariko Sato.\n\nQ: Why robots?\n\nMariko Sato: Because strawberries are hard to pick.\n\nQ: And now?\n\nSato: We sell them abroad.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].name, ["Mariko", "Sato"]);
        // The surname alone, completed from the label before.
        assert_eq!(l[1].name, ["Mariko", "Sato"]);
        // Labels with a courtesy title in title case.
        let text = "We spoke to Haruka Tanaka and Kenta Sato.\n\nMs Tanaka: Because strawberries are hard to pick.\n\nMr Sato: My son went back to Tokyo.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].name, ["Tanaka"]);
    }

    #[test]
    fn interviews_kickers_and_quoted_lines_are_no_transcript() {
        // A Q&A with names in title case or initials.
        let doc = Document::new("Intro.\n\nAnn Lee: I think so.\n\nAL: Yes, we do.");
        assert!(lines(&doc).is_empty());
        // One speaker, or a kicker.
        let doc = Document::new("EXCLUSIVE: The mayor will resign.\n\nShe told staff on Friday.");
        assert!(lines(&doc).is_empty());
        let doc = Document::new("Q: Why?\n\nLEE: Because we must.");
        assert!(lines(&doc).is_empty());
        // A title-case label without a courtesy title is a write-up.
        let doc = Document::new("Intro.\n\nAnn Lee: I think so.\n\nTom Park: Yes, we do.");
        assert!(lines(&doc).is_empty());
        // A line with quote marks is the quote finder's.
        let doc = Document::new("LEE: \"We must.\"\n\nPARK: \"We wait.\"");
        assert!(lines(&doc).is_empty());
    }

    #[test]
    fn bracketed_posts_name_the_speaker_and_a_hosts_questions_are_left_out() {
        let text = "The harbour chief spoke on the radio.\n\nTOM REED (PRESENTER): Why is the ferry late again?\n\nANN LEE (CHIEF EXECUTIVE, PORT AUTHORITY): Because two of our three boats are in dock.\n\nREED: When will they be back?\n\nLEE: In May, and not before.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert!(l.iter().all(|l| l.name == ["Ann", "Lee"]), "{l:?}");
        assert_eq!(
            l[0].role.as_deref(),
            Some("Chief Executive, Port Authority")
        );
        assert_eq!(&text[l[1].start..l[1].end], "In May, and not before.");
    }

    #[test]
    fn a_conversation_labelled_in_title_case_is_a_transcript() {
        // A podcast: first names only, the host named in the introduction.
        let text = "Hallie Osterberg was this week's guest on the show, hosted by Nadia Brennecke.\n\nNadia: Why was the second shop so hard?\n\nHallie: Because the first one is a miracle and the second is a system.\n\nNadia: And 2017?\n\nHallie: We signed three leases in one summer.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        // (The people of the article complete the given name.)
        assert!(l.iter().all(|l| l.name == ["Hallie"]), "{l:?}");
        // Hansard: a post with the name in brackets, a knight's title.
        let text = "The exchange ran as follows.\n\nHelen Achter (Westmarch North) (Lab): Is the Minister aware of the figures?\n\nThe Minister of State, Department for Transport (Rupert Vane): I am aware of them.\n\nHelen Achter: Will he rule out closing the line?\n\nRupert Vane: I will not pre-empt a decision.\n\nSir Greg Maitland (Carrow) (Con): Will the Minister meet me?";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 5, "{l:?}");
        assert_eq!(l[1].name, ["Rupert", "Vane"]);
        assert_eq!(
            l[1].role.as_deref(),
            Some("Minister of State, Department for Transport")
        );
        assert_eq!(l[4].name, ["Greg", "Maitland"]);
    }

    #[test]
    fn team_notes_and_an_interview_write_up_are_no_conversation() {
        let text = "Game story.\n\nThunder: F Ann Lee missed his third game.\n\nLakers: Tom Park left in the second quarter.\n\nThunder: Visit the Suns on Friday.\n\nLakers: Host the Kings on Friday.";
        assert!(lines(&Document::new(text)).is_empty());
        let text = "((WN)) Why the ocean?\n\nAnn Lee: I grew up by it.\n\nTom Park: So did I.\n\nAnn Lee: We both did.\n\nTom Park: Yes.";
        assert!(lines(&Document::new(text)).is_empty());
    }

    #[test]
    fn answers_belong_to_whom_the_first_question_addresses() {
        let text = "Ann Lee, an engineer, testified in the trial. The exchange, during cross-examination by defense attorney Tom Dalton, follows.\n\nQ: Ms. Lee, you never asked to close it, did you?\n\nA: Not in those words.\n\nQ: Not in any words.\n\nA: I asked that two levels be closed.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 2, "{l:?}");
        assert_eq!(l[0].name, ["Ann", "Lee"]);
    }

    #[test]
    fn a_publications_label_puts_questions_and_answers_keep_their_inner_quotes() {
        let text = "Marquee spoke to the couple, Cole Harlan and Lena Harlan, in London.\n\nMarquee: Whose idea was it?\n\nCole: Hers. Completely hers.\n\nLena: It was mine. My agent said, \"Don't.\" I did.\n\nMarquee: Will you work together again?\n\nLena: Ask me in seven years.\n\nCole: She means no.";
        let l = lines(&Document::new(text));
        let said: Vec<&str> = l.iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(
            said,
            [
                "Hers. Completely hers.",
                "It was mine. My agent said, \"Don't.\" I did.",
                "Ask me in seven years.",
                "She means no."
            ]
        );
        // A name of the article that only asks is still someone's words
        // (a senator's, counsel's): only a label naming no one puts the
        // publication's questions.
        let text = "Ann Lee questioned Tom Park.\n\nAnn Lee: Were you aware?\n\nTom Park: I was not.\n\nAnn Lee: Why not?\n\nTom Park: Nobody told me.";
        assert_eq!(lines(&Document::new(text)).len(), 4);
    }

    #[test]
    fn an_answer_runs_on_in_the_first_person_up_to_the_next_label() {
        let text = "We spoke to Ann Lee.\n\nQ: What changed?\n\nANN LEE: We replaced the sensors.\n\nWe also changed who signs off.\n\nThe firm later issued a statement.\n\nQ: And now?\n\nLEE: Now we wait.\n\nWe are hopeful.";
        let l = lines(&Document::new(text));
        let said: Vec<&str> = l.iter().map(|l| &text[l.start..l.end]).collect();
        // The reporter's prose breaks the run; after the last label the text
        // is the reporter's again.
        assert_eq!(said, ["We replaced the sensors.", "Now we wait."]);
        let text = "We spoke to Ann Lee.\n\nQ: What changed?\n\nANN LEE: We replaced the sensors.\n\nWe also changed who signs off.\n\nQ: And now?\n\nLEE: Now we wait.";
        let l = lines(&Document::new(text));
        assert_eq!(l.len(), 3, "{l:?}");
        assert_eq!(
            &text[l[1].start..l[1].end],
            "We also changed who signs off."
        );
        assert_eq!(l[1].name, ["Ann", "Lee"]);
        // The introduction is the prose before the questions.
        assert_eq!(opening(&Document::new(text), 2), 1);
    }

    #[test]
    fn a_courtesy_title_tells_the_labels_sex() {
        assert_eq!(courtesy_gender("Mrs Okafor"), Gender::Female);
        assert_eq!(courtesy_gender("MR. OKAFOR"), Gender::Male);
        assert_eq!(courtesy_gender("OKAFOR"), Gender::Unknown);
        let text = "Hearing\n\nMR. EMEKA OKAFOR: We opened in 1984.\n\nMRS. OKAFOR: And we close now.\n\nMR. OKAFOR: Sadly, yes.";
        let l = lines(&Document::new(text));
        assert_eq!(l[1].name, ["Okafor"], "{l:?}");
        assert_eq!(l[2].name, ["Emeka", "Okafor"], "{l:?}");
    }

    #[test]
    fn initials_stand_for_a_label_in_full_and_an_interviewer_only_asks() {
        let text = "Dana Lee runs the company. Here is part of the interview.\n\nSara Park: You are promising to double volume. Why?\n\nDana Lee: Because the banks are slow.\n\nSP: Is this a victory lap?\n\nDL: No. The numbers are the floor.\n\nSP: What about tariffs?\n\nDL: They reroute, they do not stop.";
        let l = lines(&Document::new(text));
        let said: Vec<&str> = l.iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(
            said,
            [
                "Because the banks are slow.",
                "No. The numbers are the floor.",
                "They reroute, they do not stop."
            ]
        );
        assert!(l.iter().all(|l| l.name == ["Dana", "Lee"]), "{l:?}");
        // At a hearing, counsel's questions are on the record.
        let hearing = text.replace(
            "Here is part of the interview.",
            "She gave evidence to the inquiry.",
        );
        assert_eq!(lines(&Document::new(&hearing)).len(), 6);
    }
}
