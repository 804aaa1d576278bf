//! Who a piece of evidence names: a cue's subject ("Lee", "he", "the
//! senator", "a spokeswoman") or a name written at the quote (a transcript
//! label, a dashed credit) resolved to a person of the article, with how it
//! was written and what kind of source it is.

use super::answered;
use super::attribution::{self, Cue, Subject};
use super::described_topic;
use super::description_tail;
use super::document::{Document, Sentence};
use super::entities::{People, Person, Sighting};
use super::issuer;
use super::lexicon::{self, Gender};
use super::mentions::{self, is_possessive, strip_possessive};
use super::tokens::is_capitalized;
use super::transcript::title_case;
use super::turns::Turn;
use crate::quote::SpeakerKind;

/// How the evidence writes the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Two words or more ("Ann Lee").
    FullName,
    /// One word standing for a fuller name of the article ("Lee").
    Surname,
    /// One word with no fuller name in the article.
    LoneName,
    Pronoun,
    /// A description naming a role someone holds ("the mayor").
    Role,
    /// An epithet for someone already named ("the businessman").
    Epithet,
    /// A source with no name ("a spokeswoman").
    Description,
}

/// A speaker as some evidence names them.
#[derive(Debug, Clone)]
pub struct Speaker {
    pub name: String,
    pub person: Option<usize>,
    pub role: Option<String>,
    pub mention: String,
    pub gender: Gender,
    pub form: Form,
    pub kind: SpeakerKind,
    /// A pronoun or epithet of a known gender that is the person's known gender.
    pub gender_agrees: bool,
}

impl Speaker {
    /// A person of the article, written as `mention` in the form `form`.
    pub fn of_person(
        people: &People,
        i: usize,
        role: Option<String>,
        mention: &str,
        form: Form,
    ) -> Speaker {
        let p = &people.persons[i];
        // A courtesy title at this mention ("Cllr Lee said") yields to the
        // post the text gave the person ("The council leader, Cllr Ann Lee,").
        let post = p
            .role
            .clone()
            .filter(|r| r.contains(' ') || !lexicon::is_courtesy_title(r));
        let role = match role {
            Some(r) if lexicon::is_courtesy_title(&r) => post.or(Some(r)),
            // "Defence Minister Robert Hale ... Senator Hale said": a lone
            // title at this mention says less than the post the text
            // introduced them with.
            Some(r) if !r.contains(' ') && lexicon::title(&r).is_some() => {
                post.filter(|p| p.contains(' ')).or(Some(r))
            }
            // "Police Colonel Arnel Dumaguete, the provincial police
            // director,": a rank says less than the post.
            Some(r) if lexicon::is_rank(&r) => post
                .filter(|p| p.contains(' ') && !lexicon::is_rank(p))
                .or(Some(r)),
            r => r.or_else(|| p.role.clone()),
        };
        let organisation = (!p.personish && p.words.iter().any(|w| lexicon::is_org_word(w)))
            || described_as_body(&p.name, role.as_deref());
        Speaker {
            name: regnal_name(&p.name, p.words.len(), p.role.as_deref()),
            person: Some(i),
            role,
            mention: mention.to_string(),
            gender: p.gender,
            form,
            kind: if organisation {
                SpeakerKind::Organisation
            } else {
                SpeakerKind::of_name(&p.name)
            },
            gender_agrees: false,
        }
    }

    /// Someone the text describes without a name ("the minister", "a
    /// campaign spokesman"), as written.
    pub fn described(written: String, role: Option<String>) -> Speaker {
        let role = role.or_else(|| post_of_description(&written));
        Speaker {
            name: written.clone(),
            person: None,
            role,
            mention: written,
            gender: Gender::Unknown,
            form: Form::Description,
            kind: SpeakerKind::Unnamed,
            gender_agrees: false,
        }
    }

    /// A name no person of the article holds.
    pub fn unresolved(words: &[String], role: Option<String>, mention: &str) -> Speaker {
        let name = words.join(" ");
        Speaker {
            kind: if described_as_body(&name, role.as_deref()) {
                SpeakerKind::Organisation
            } else {
                SpeakerKind::of_name(&name)
            },
            form: if words.len() >= 2 {
                Form::FullName
            } else {
                Form::LoneName
            },
            name,
            person: None,
            role,
            mention: mention.to_string(),
            gender: words
                .first()
                .map_or(Gender::Unknown, |w| lexicon::first_name_gender(w)),
            gender_agrees: false,
        }
    }
}

/// "Engine maker Rolls-Royce", "the carrier Qantas": a short description
/// whose head is a body noun makes the name a body's, unless the name
/// opens with a given name.
fn described_as_body(name: &str, role: Option<&str>) -> bool {
    let Some(role) = role else {
        return false;
    };
    let words: Vec<&str> = role.split_whitespace().collect();
    let short = words.len() <= 3
        && !words
            .iter()
            .any(|w| matches!(*w, "of" | "at" | "for" | "with" | "in"));
    let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    short
        && lexicon::BODY_EPITHETS.contains(&head.as_str())
        && name
            .split_whitespace()
            .next()
            .is_some_and(|w| lexicon::first_name_gender(w) == Gender::Unknown)
}

/// Titles that are part of a name known by one word: "Pope Francis",
/// "Queen Margrethe" are the fullest names such people have.
const REGNAL_TITLES: &[&str] = &[
    "Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress",
];

/// A one-word name with the regnal title the article gives it.
fn regnal_name(name: &str, words: usize, role: Option<&str>) -> String {
    let title = role
        .and_then(|r| r.split_whitespace().last())
        .filter(|t| words == 1 && REGNAL_TITLES.contains(t));
    match title {
        Some(t) => format!("{t} {name}"),
        None => name.to_string(),
    }
}

/// The form of a name as written: the full name, or a part of a fuller one.
fn name_form(people: &People, written: &[String], person: usize) -> Form {
    if written.len() >= 2 {
        Form::FullName
    } else if people.persons[person].words.len() >= 2 {
        Form::Surname
    } else {
        Form::LoneName
    }
}

/// The head noun of a description ("a senior official at the authority"
/// -> "official"), lower-cased.
fn description_head(description: &str) -> Option<String> {
    let words: Vec<&str> = description.split_whitespace().collect();
    lexicon::description_head(&words).map(str::to_lowercase)
}

/// "A senior official at the authority, who spoke on condition of
/// anonymity, said … \"…,\" the official said": a definite description
/// (`s`, "the official") standing for the source described earlier with
/// the same head noun, among `earlier` (latest last, with their paragraph
/// and offset), no more than a few paragraphs back.
/// Also when the description found a named holder of the post ("John
/// Smith, a senior official with the water authority, … A police official,
/// who asked not to be named, said"), if the unnamed source was described
/// after the holder was last written: the text moved on to them.
pub fn described_again(
    people: &People,
    s: &Speaker,
    cue: &Cue,
    earlier: &[(Speaker, usize, usize)],
) -> Option<Speaker> {
    const REACH: usize = 6;
    let short_definite = |written: &str| {
        written.split_whitespace().count() <= 3
            && written
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
    };
    let unresolved = s.person.is_none() && s.form == Form::Description && short_definite(&s.name);
    let holder = s
        .person
        .filter(|_| s.form == Form::Role && short_definite(&s.mention));
    if !unresolved && holder.is_none() {
        return None;
    }
    let head = description_head(if unresolved { &s.name } else { &s.mention })?;
    // Where the holder was last written before the cue.
    let holder_seen = holder.map(|i| {
        people
            .sightings
            .iter()
            .filter(|x| x.person == i && x.at < cue.at)
            .map(|x| x.at)
            .max()
            .unwrap_or(0)
    });
    let (first, _, _) = earlier
        .iter()
        .rev()
        .take_while(|(_, p, _)| cue.para - p <= REACH)
        .find(|(e, _, at)| {
            e.name != s.name
                && e.name.split_whitespace().count() > 2
                && description_head(&e.name).as_deref() == Some(head.as_str())
                && holder_seen.is_none_or(|seen| *at > seen && !lesser_post(&e.name, &s.mention))
        })?;
    let mut again = first.clone();
    again.mention = s.mention.clone();
    // ("the official" says the post when the first description had none.)
    again.role = again.role.or_else(|| s.role.clone());
    Some(again)
}

/// Whether `description` ("a deputy chief") names a post below or beside
/// the one `mention` ("the chief") does: a named chief is still "the chief".
fn lesser_post(description: &str, mention: &str) -> bool {
    const BESIDE: &[&str] = &[
        "deputy",
        "assistant",
        "vice",
        "associate",
        "former",
        "acting",
    ];
    let said = |w: &str| {
        mention
            .split_whitespace()
            .any(|m| m.eq_ignore_ascii_case(w))
    };
    description
        .split_whitespace()
        .any(|w| BESIDE.contains(&w.to_lowercase().as_str()) && !said(w))
}

/// The name a described source gave between the description and the verb
/// ("who gave only her first name, Marcela,", "gave her name only as
/// Sandra"), or after a description that follows the verb ("said a
/// seller who gave her name only as Mama Ada"): that name.
fn name_given(doc: &Document, cue: &Cue) -> Option<Vec<String>> {
    /// The clause after a description that follows its verb is short.
    const CLAUSE: usize = 16;
    let (a, b) = cue.subject_span;
    if cue.verb > a {
        if cue.verb <= a + 3 {
            return None;
        }
        return name_given_in(doc, a, cue.verb - 1);
    }
    let end = (b..(b + CLAUSE).min(doc.tokens.len()))
        .find(|&k| doc.in_quote(k) || matches!(doc.word(k), "." | ";"))
        .unwrap_or(b);
    name_given_in(doc, b, end)
}

/// The name given after "name" between tokens `lo` and `hi` ("gave her
/// name only as Mama Ada", "gave only her first name, Marcela"): up to
/// three capitalised words.
fn name_given_in(doc: &Document, lo: usize, hi: usize) -> Option<Vec<String>> {
    /// A given name, or a name and what the speaker is called by.
    const NAME_WORDS: usize = 3;
    let name = (lo..hi).find(|&k| {
        let w = doc.word(k);
        (w == "name" || w == "names") && !doc.in_quote(k)
    })?;
    let mut k = name + 1;
    while k < hi && matches!(doc.word(k), "," | "as" | "only") {
        k += 1;
    }
    let words: Vec<String> = (k..hi.min(k + NAME_WORDS))
        .take_while(|&t| doc.tokens[t].is_word && is_capitalized(doc.word(t)) && !doc.in_quote(t))
        .map(|t| doc.word(t).to_string())
        .collect();
    (!words.is_empty()).then_some(words)
}

/// The speaker a source's given name makes: the person the text knows by
/// it (with `role`, as `mention` wrote them), else the name alone.
fn given_name_speaker(
    people: &People,
    given: &[String],
    at: usize,
    role: Option<String>,
    mention: &str,
) -> Speaker {
    match people.resolve_name(given, at) {
        Some(i) => Speaker::of_person(people, i, role, mention, Form::LoneName),
        None => Speaker::unresolved(given, None, &given.join(" ")),
    }
}

/// A group ("the researchers") or a body, whom "they" may stand for.
pub fn is_group_or_body(s: &Speaker) -> bool {
    let group = s.person.is_none() && s.kind == SpeakerKind::Unnamed && is_plural(&s.name);
    group || s.kind == SpeakerKind::Organisation
}

/// How far back (in paragraphs) a pronoun may reach for the last speaker.
const PRONOUN_REACH: usize = 4;

/// The speaker a cue's subject names. `last` is the speaker of the cue before
/// (with its paragraph and offset), whom "he" or "she" most often continues.
pub fn resolve(
    doc: &Document,
    people: &People,
    cue: &Cue,
    last: Option<&(Speaker, usize, usize)>,
) -> Option<Speaker> {
    let from_person = |i: usize, role: Option<String>, form: Form| {
        // "The Police Public Relations Officer in the state, SP Ann Lee,
        // said": the post set off says more than the rank. A post held now
        // ("The Chairperson of the council, Pastor Ann Lee,") says more
        // than a lone title too; a party or a past ("Sen. Ann Lee, a
        // Democrat from Minnesota", "a former social worker") does not.
        let holds_a_post = |a: &str| {
            !a.starts_with("former")
                && !a.starts_with("retired")
                && a.split_whitespace().any(lexicon::is_role_noun)
        };
        let lone_title = |r: &str| {
            !r.contains(' ') && (lexicon::title(r).is_some() || lexicon::is_courtesy_title(r))
        };
        let role = role.filter(|r| match cue.apposition.as_deref() {
            Some(a) => !(lexicon::is_rank(r) || (lone_title(r) && holds_a_post(a))),
            None => true,
        });
        Speaker::of_person(
            people,
            i,
            role.or_else(|| cue.apposition.clone()),
            &cue.mention,
            form,
        )
    };
    match &cue.subject {
        Subject::Name {
            words,
            role,
            gender,
        } => match mentions::seniority(doc, cue.subject_span.0, cue.subject_span.1)
            .zip(words.last())
            .and_then(|(elder, surname)| people.by_seniority(surname, elder, *gender, cue.at))
            .or_else(|| {
                people.resolve_name_in_role(
                    words,
                    cue.at,
                    *gender,
                    role.as_deref().or(cue.apposition.as_deref()),
                    courtesy_of(&cue.mention).as_deref(),
                )
            }) {
            Some(i) => Some(from_person(i, role.clone(), name_form(people, words, i))),
            None => Some(Speaker::unresolved(
                words,
                role.clone().or_else(|| cue.apposition.clone()),
                &cue.mention,
            )),
        },
        // Resolved by the interview's turns (`turn_speaker`), never here.
        Subject::FirstPerson => None,
        Subject::Pronoun(g) => answered::asked_before(doc, people, cue, *g)
            .or_else(|| described_topic::described_before(doc, people, cue, *g))
            .or_else(|| {
                salient(doc, people, *g, cue, last, &|i, r| {
                    from_person(i, r, Form::Pronoun)
                })
            }),
        // "They reported": the group or body that spoke last ("the
        // researchers", "the ministry"), never a person.
        Subject::Plural => {
            // "The ministry did exactly that. \"…,\" it said": "it" is the
            // body the sentence before opens with.
            if let Some(s) = body_opening_sentence_before(doc, people, cue, Form::Pronoun) {
                return Some(s);
            }
            let spoke_last = last.and_then(|(s, para, _)| {
                (is_group_or_body(s) && cue.para - para <= PRONOUN_REACH).then(|| s.clone())
            });
            // With no group or body speaking, the body named latest nearby
            // ("Big Machine issued a statement. \"...,\" they said").
            let mut s = spoke_last
                .or_else(|| {
                    let since = doc.paras[cue.para.saturating_sub(1)].start;
                    let i = recent_organisation(people, since, cue.at)?;
                    Some(from_person(i, None, Form::Pronoun))
                })
                .or_else(|| document_before(doc, cue))?;
            s.mention = cue.mention.clone();
            s.form = Form::Pronoun;
            Some(s)
        }
        // "The statement read": the words of who spoke or issued something
        // last, person or body, when they are near.
        Subject::Writing => {
            // "The court's summary concluded", "read the warning" issued by
            // a body the text names: the issuer.
            let issuer = issuer::writing_issuer(doc, people, cue.subject_span, cue.at);
            if let Some(issuer::Issuer::Described(who)) = issuer {
                let mut s = Speaker::described(who, None);
                s.mention = cue.mention.clone();
                return Some(s);
            }
            if let Some(issuer::Issuer::Named(i)) = issuer {
                return Some(from_person(i, None, Form::Epithet));
            }
            // "the study says", "the law states": a document no one is
            // said to have written is the source a journalist cites.
            let document = || {
                let (a, b) = cue.subject_span;
                (a..b)
                    .any(|t| attribution::is_document(doc.word(t)))
                    .then(|| document_source(cue))
            };
            // "…," read the statement: with no issuer named, whoever spoke
            // last is no better than the quote before it (measured on
            // Wikinews dev: those guesses were wrong at high confidence).
            if cue.subject_span.0 > cue.verb {
                return document();
            }
            let Some((s, para, _)) = last else {
                return document();
            };
            if cue.para - para > PRONOUN_REACH {
                return document();
            }
            let mut s = s.clone();
            s.mention = cue.mention.clone();
            s.form = Form::Pronoun;
            s.gender_agrees = false;
            Some(s)
        }
        Subject::Description(words) => {
            // "a teacher who gave only her first name, Marcela, said": the
            // name the source gave.
            if let Some(given) = name_given(doc, cue) {
                return Some(given_name_speaker(
                    people,
                    &given,
                    cue.at,
                    cue.apposition.clone(),
                    &cue.mention,
                ));
            }
            let definite = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let role_words: Vec<String> = words
                .iter()
                .filter(|w| !w.eq_ignore_ascii_case("the"))
                .cloned()
                .collect();
            // "His son said": a relative the text has named ("Their son,
            // Daniel Clarke,").
            let kin = words.len() == 2
                && matches!(
                    words[0].as_str(),
                    "his" | "her" | "their" | "His" | "Her" | "Their"
                )
                && super::entities::is_kin(&words[1]);
            if kin {
                let possessor = possessor_gender(&words[0]);
                if let Some(i) = people
                    .by_role(&words[1..], cue.at)
                    .or_else(|| people.relative_sharing_surname(possessor, &words[1], cue.at))
                {
                    return Some(from_person(i, None, Form::Role));
                }
            }
            // "Veldoria's foreign minister said": a country's or a body's
            // post, held by the person the text gave it to ("Veldoria's
            // foreign minister, Aron Tesk,"). Every word of the post must be
            // in theirs: "the minister" alone could be any minister.
            let possessor =
                words.len() >= 2 && is_capitalized(&words[0]) && is_possessive(&words[0]);
            if possessor {
                let post: Vec<String> = words[1..].iter().map(|w| w.to_lowercase()).collect();
                let holder = people.by_role_where(&words[1..], cue.at, |p| {
                    p.role.as_deref().is_some_and(|role| {
                        let role = role.to_lowercase();
                        post.iter().all(|w| role.split_whitespace().any(|r| r == w))
                    })
                });
                if let Some(i) = holder {
                    return Some(from_person(i, None, Form::Role));
                }
                // "Whitlock's campaign said": no holder, so the campaign
                // speaks, under its owner's full name ("Dara Whitlock's
                // campaign"), as a reader would cite it.
                if let Some(full) = fuller_possessor(people, &words[0], cue.at) {
                    let mut s = Speaker::described(
                        std::iter::once(full)
                            .chain(words[1..].iter().cloned())
                            .collect::<Vec<_>>()
                            .join(" "),
                        None,
                    );
                    s.mention = cue.mention.clone();
                    return Some(s);
                }
            }
            // ("the study's lead author": the possessive stands for "the".)
            let indefinite = words.first().is_some_and(|w| {
                matches!(w.to_lowercase().as_str(), "a" | "an" | "one" | "another")
            });
            if let Some(i) =
                leader_of_the_work(doc, people, &role_words, cue.at).filter(|_| !indefinite)
            {
                return Some(from_person(i, None, Form::Role));
            }
            if definite {
                if let Some(i) = labelled_as(people, &role_words, cue.at) {
                    return Some(from_person(i, None, Form::Role));
                }
                if let Some(i) = people.by_role_before(&role_words, cue.at) {
                    return Some(from_person(i, None, Form::Role));
                }
                if let Some(i) = people.by_role(&role_words, cue.at) {
                    // "The Omanhene …, Osabarima Kwaku Agyeman Boateng III,
                    // urged … \"…,\" the chief said": a holder written only
                    // after the description yields to the person the
                    // sentences just before were about (the Chief Imam who
                    // speaks further on is not meant).
                    let since = doc.paras[cue.para.saturating_sub(1)].start;
                    let topic = new_topic(doc, people, Gender::Unknown, since, cue.at, None)
                        .or_else(|| only_person_since(people, since, cue.at))
                        .filter(|&t| t != i);
                    return Some(from_person(topic.unwrap_or(i), None, Form::Role));
                }
                // "The New York businessman says": an epithet for someone the
                // text has been about, found as "he" would be.
                // The epithet is a role when the person has none yet.
                let head = words.last().map_or("", String::as_str);
                // "the production company": lower-case words may qualify it.
                // "the veteran insurer", "the former lender": a modifier only
                // a person takes makes the noun the person's trade, found as
                // an epithet is (below).
                let modifiers = &words[1..words.len() - 1];
                let person_marked = words[0].eq_ignore_ascii_case("the")
                    && lexicon::BODY_EPITHETS.contains(&head)
                    && modifiers
                        .iter()
                        .any(|w| PERSON_MODIFIERS.contains(&w.as_str()));
                let plain_modifiers = !person_marked
                    && modifiers
                        .iter()
                        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
                if (2..=4).contains(&words.len())
                    && plain_modifiers
                    && lexicon::BODY_EPITHETS.contains(&head)
                {
                    if let Some(s) = body_opening_sentence_before(doc, people, cue, Form::Epithet) {
                        return Some(s);
                    }
                    let qualified = recent_body(doc, people, head, cue.at)
                        .map(|i| qualified_body(people, i, head, modifiers, cue.at));
                    if let Some(i) = qualified {
                        return Some(from_person(i, None, Form::Epithet));
                    }
                    // A body that spoke last, though no person of the
                    // article holds its name.
                    let generic = matches!(head, "company" | "firm" | "group");
                    let body = last.filter(|(s, para, _)| {
                        s.kind == SpeakerKind::Organisation
                            && cue.para - para <= PRONOUN_REACH
                            && (generic
                                || s.name
                                    .split_whitespace()
                                    .any(|w| w.eq_ignore_ascii_case(head)))
                    });
                    if let Some((s, _, _)) = body {
                        let mut s = s.clone();
                        s.mention = cue.mention.clone();
                        s.form = Form::Epithet;
                        return Some(s);
                    }
                    // "Barclays said ... \"...,\" the bank said": a one-word
                    // name that spoke last, with no given name, gender or
                    // post to make it a person, is the body the noun names.
                    let one_word_body = last.filter(|(s, para, _)| {
                        cue.para - para <= 1
                            && s.person.is_some_and(|i| {
                                let p = &people.persons[i];
                                p.words.len() == 1
                                    && p.gender == Gender::Unknown
                                    && p.role.is_none()
                                    && !lexicon::is_given_name(&p.words[0])
                            })
                    });
                    if let Some((s, _, _)) = one_word_body {
                        let mut s = s.clone();
                        s.mention = cue.mention.clone();
                        s.form = Form::Epithet;
                        s.kind = SpeakerKind::Organisation;
                        return Some(s);
                    }
                }
                // "the 26-year-old forward": an age anywhere in it.
                let age = words
                    .iter()
                    .any(|w| lexicon::is_age_epithet(w))
                    .then_some(Gender::Unknown);
                // "the Spanish manager", "the far-right leader": a nation, a
                // party or a standing and a post stand for someone already
                // named, as "the Spaniard" does.
                let national = (role_words.len() >= 2
                    && lexicon::is_role_noun(head)
                    && role_words[..role_words.len() - 1]
                        .iter()
                        .any(|w| lexicon::is_national(w) || describes_the_known(w)))
                .then(|| lexicon::role_gender(head));
                // "The 56-year-old said": whom the text gave that age.
                let aged = words.iter().find_map(|w| {
                    let years = w.strip_suffix("-year-old")?;
                    person_aged(doc, people, years, cue.at)
                });
                // "the 34-year-old seamer": an age before a noun of trade
                // makes the noun the person's post when the text gave none.
                let aged_post = || {
                    // "seamer", "finisher": a noun of one who does
                    // something, though no list holds it.
                    let agent = head.len() >= 5
                        && head.bytes().all(|b| b.is_ascii_lowercase())
                        && ["er", "or", "ist", "ian"].iter().any(|e| head.ends_with(e));
                    let trade =
                        lexicon::is_role_noun(head) || lexicon::is_occupation(head) || agent;
                    (age.is_some() && trade && !ANYONE.contains(&head))
                        .then(|| joined_as_written(&role_words))
                };
                if let Some(i) = aged {
                    let mut s = from_person(i, None, Form::Epithet);
                    s.role = s.role.or_else(aged_post);
                    return Some(s);
                }
                // "Jose Mourinho has agreed to replace Mauricio Pochettino …
                // Pochettino was sacked … The 56-year-old said": before anyone
                // has spoken (or only they have), an age stands for whom the
                // story opens with, not for whom it named since.
                if age.is_some() {
                    let lede = lede_subject(doc, people, cue.at);
                    if let Some(i) = lede.filter(|&i| last.is_none_or(|l| l.0.person == Some(i))) {
                        let mut s = from_person(i, None, Form::Epithet);
                        s.role = s.role.or_else(aged_post);
                        return Some(s);
                    }
                }
                if let Some(g) = words
                    .last()
                    .and_then(|w| lexicon::epithet(w))
                    .or(age)
                    .or(national)
                    .or(person_marked.then_some(Gender::Unknown))
                {
                    let found = salient(doc, people, g, cue, last, &|i, r| {
                        from_person(i, r, Form::Epithet)
                    });
                    if let Some(mut s) = found {
                        // An age or a nation is what someone is, not a post.
                        let post = age.is_none() && !lexicon::is_demonym(head);
                        if post {
                            s.role = s.role.or_else(|| Some(joined_as_written(&role_words)));
                        }
                        s.role = s.role.or_else(aged_post);
                        return Some(s);
                    }
                }
                if let Some(s) = office_of_the_topic(doc, people, cue, last, &role_words) {
                    return Some(s);
                }
            }
            Some(Speaker::described(
                cue.mention.clone(),
                cue.apposition.clone(),
            ))
        }
    }
}

/// "Mr Crean says they know what is needed. \"…,\" the Opposition leader
/// said": an office named with a capital, that no one of the article is
/// given, is that of the person the text is about right then (the speaker
/// of the paragraph or the one before, found as "he" or "she" would be),
/// when the text gives them no post of their own.
fn office_of_the_topic(
    doc: &Document,
    people: &People,
    cue: &Cue,
    last: Option<&(Speaker, usize, usize)>,
    role_words: &[String],
) -> Option<Speaker> {
    let head = role_words.last()?.to_lowercase();
    let office = lexicon::is_role_noun(&head)
        && role_words.iter().any(|w| is_capitalized(w))
        && role_words.len() <= 3;
    if !office {
        return None;
    }
    let g = lexicon::role_gender(&head);
    let mut s = salient(doc, people, g, cue, last, &|i, r| {
        Speaker::of_person(people, i, r, &cue.mention, Form::Epithet)
    })?;
    let i = s.person?;
    let p = &people.persons[i];
    if !p.personish || p.role.is_some() || s.role.is_some() {
        return None;
    }
    let para_of = |at: usize| doc.sentences[doc.sentence_of[doc.token_at(at)]].para;
    let near = people
        .sightings
        .iter()
        .any(|x| x.person == i && x.at < cue.at && cue.para.saturating_sub(para_of(x.at)) <= 1);
    if !near {
        return None;
    }
    s.role = Some(joined_as_written(role_words));
    Some(s)
}

/// The person the story's first sentence of prose opens with, if it opens
/// with one (before offset `at`).
fn lede_subject(doc: &Document, people: &People, at: usize) -> Option<usize> {
    let first = doc
        .sentences
        .iter()
        .find(|s| !doc.paras[s.para].noise && s.last - s.first > 5)?;
    let sighting = people.sightings.first().filter(|s| s.at < at)?;
    let t = doc.token_at(sighting.at);
    let p = &people.persons[sighting.person];
    (doc.sentence_of[t] == doc.sentence_of[first.first] && opens_sentence(doc, t) && p.personish)
        .then_some(sighting.person)
}

/// "the appeal court" of a High Court and a Supreme Court of Appeal: of
/// the bodies the noun `head` names before `at`, the latest whose name
/// holds the `modifiers` too; `latest` (the latest body named) when none
/// does.
fn qualified_body(
    people: &People,
    latest: usize,
    head: &str,
    modifiers: &[String],
    at: usize,
) -> usize {
    let holds = |i: usize, m: &String| {
        people.persons[i]
            .words
            .iter()
            .any(|w| w.to_lowercase().starts_with(&m.to_lowercase()))
    };
    if modifiers.iter().all(|m| holds(latest, m)) {
        return latest;
    }
    people
        .sightings
        .iter()
        .rev()
        .filter(|s| s.at < at && !people.persons[s.person].personish)
        .map(|s| s.person)
        .find(|&j| {
            people.persons[j]
                .words
                .iter()
                .any(|w| w.eq_ignore_ascii_case(head))
                && modifiers.iter().all(|m| holds(j, m))
        })
        .unwrap_or(latest)
}

/// The body (never a person) the sentence before the cue's, in its
/// paragraph, opens with, when the cue's subject is "it" or a noun for a
/// body ("the agency"), as form `form`.
fn body_opening_sentence_before(
    doc: &Document,
    people: &People,
    cue: &Cue,
    form: Form,
) -> Option<Speaker> {
    let (a, b) = cue.subject_span;
    // "The Nigeria Centre for Disease Control (NCDC) said in a statement …
    // \"…,\" the agency said": a noun for a body stands for it as "it" does.
    let body_noun = b == a + 2
        && matches!(doc.word(a), "the" | "The")
        && lexicon::BODY_EPITHETS.contains(&doc.word(a + 1));
    if !matches!(doc.word(a), "it" | "It") && !body_noun {
        return None;
    }
    let before = doc.sentences[cue.sentence.checked_sub(1)?];
    if before.para != cue.para || before.last <= before.first + 1 {
        return None;
    }
    let last = before.last - 1;
    if let Some(i) = issuer::issuer_subject(doc, people, last, cue.at) {
        return (!people.persons[i].personish)
            .then(|| Speaker::of_person(people, i, cue.apposition.clone(), &cue.mention, form));
    }
    // A body's name no one of the article holds: "the Nigeria Centre for
    // Disease Control and Prevention" is read as two names.
    let words = issuer::opening_name(doc, before.first, last)?;
    issuer::is_body_name(&words).then(|| {
        let mut s = Speaker::unresolved(&words, None, &cue.mention);
        s.kind = SpeakerKind::Organisation;
        s.form = form;
        s
    })
}

/// "The team, led by Ingrid Berg, … \"…,\" the study's lead author
/// said": a lead author or researcher no one holds as a post is the person
/// the text says led the work, the latest before `at`.
fn leader_of_the_work(
    doc: &Document,
    people: &People,
    role_words: &[String],
    at: usize,
) -> Option<usize> {
    let head = role_words.last()?.as_str();
    let leads = role_words
        .iter()
        .any(|w| matches!(w.as_str(), "lead" | "leading" | "principal" | "senior"));
    if !leads || !matches!(head, "author" | "researcher" | "investigator" | "scientist") {
        return None;
    }
    people
        .sightings
        .iter()
        .rev()
        .filter(|s| s.at < at && people.persons[s.person].personish)
        .find(|s| {
            let t = doc.token_at(s.at);
            t >= 2
                && doc.word(t - 1) == "by"
                && matches!(doc.word(t - 2), "led" | "headed" | "co-led")
        })
        .map(|s| s.person)
}

/// Nouns for anyone at all: after an age ("the 56-year-old man") they say
/// what someone is, not what post they hold.
const ANYONE: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "person",
    "teenager",
    "child",
    "youngster",
    "lad",
    "mother",
    "father",
    "son",
    "daughter",
    "grandmother",
    "grandfather",
    "widow",
    "widower",
    "brother",
    "sister",
];

/// The person the text gives `years` as their age before offset `at`
/// ("Rosa Ilves, 48,", "48-year-old Rosa Ilves"), when only one is.
fn person_aged(doc: &Document, people: &People, years: &str, at: usize) -> Option<usize> {
    if years.is_empty() || !years.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let epithet = format!("{years}-year-old");
    let end = doc.token_at(at);
    let mut found = people.sightings.iter().filter(|s| s.at < at).filter(|s| {
        let t = doc.token_at(s.at);
        // "48-year-old Rosa Ilves"
        let before = t > 0 && doc.word(t - 1) == epithet;
        // "Rosa Ilves, 48,": the age right after the name's run.
        let after = (t + 1..(t + 5).min(end))
            .find(|&k| !doc.tokens[k].is_word || !is_capitalized(doc.word(k)));
        let after = after.is_some_and(|k| {
            k + 2 < end && doc.word(k) == "," && doc.word(k + 1) == years && doc.word(k + 2) == ","
        });
        before || after
    });
    let first = found.next()?.person;
    found.all(|s| s.person == first).then_some(first)
}

/// Words joined by spaces, but quote marks kept against the words they
/// enclose: 'the "Pose" actor', not 'the " Pose " actor'.
fn joined_as_written(words: &[String]) -> String {
    let mut out = String::new();
    let mut open = false;
    let mut glue = true;
    for w in words {
        let mark = matches!(w.as_str(), "\"" | "“" | "”" | "‘" | "’");
        let closing = mark && (w == "”" || w == "’" || (w == "\"" && open));
        if !glue && !closing {
            out.push(' ');
        }
        out.push_str(w);
        glue = mark && !closing;
        if mark {
            open = !closing;
        }
    }
    out
}

/// A word before a post that a writer uses for someone the reader already
/// knows: a party or leaning ("the Republican senator", "the far-right
/// leader") or a standing ("the embattled minister", "the veteran coach").
fn describes_the_known(w: &str) -> bool {
    const STANDINGS: &[&str] = &[
        "far-right",
        "far-left",
        "right-wing",
        "left-wing",
        "hard-line",
        "hardline",
        "populist",
        "nationalist",
        "centrist",
        "embattled",
        "beleaguered",
        "outgoing",
        "veteran",
        "longtime",
        "long-serving",
        "outspoken",
        "ousted",
        "disgraced",
        "Democratic",
        "Labour",
        "Tory",
    ];
    lexicon::is_party_member(w) || STANDINGS.contains(&w)
}

/// "Big Machine have denied it": a name of two words or more with no given
/// name, gender, post or courtesy title, and no place's, is a body's,
/// though it spoke ("Big Machine says" made it a speaker).
fn plain_body_name(p: &Person) -> bool {
    p.words.len() >= 2
        && p.gender == Gender::Unknown
        && p.role.is_none()
        && p.courtesies.is_empty()
        && !lexicon::is_given_name(&p.words[0])
        && !lexicon::is_place_name(&p.words)
}

/// Modifiers only a person takes: "the veteran insurer" is someone in the
/// trade, not the insurer that trades.
const PERSON_MODIFIERS: &[&str] = &[
    "veteran",
    "former",
    "retired",
    "longtime",
    "long-serving",
    "seasoned",
    "outgoing",
];

/// The one person (no body) named between offsets `since` and `at`, when
/// only one is.
fn only_person_since(people: &People, since: usize, at: usize) -> Option<usize> {
    let from = people.sightings.partition_point(|s| s.at < since);
    let mut named = people.sightings[from..]
        .iter()
        .take_while(|s| s.at < at)
        .map(|s| s.person)
        .filter(|&i| {
            let p = &people.persons[i];
            p.personish && !lexicon::is_place_name(&p.words)
        });
    let first = named.next()?;
    named.all(|i| i == first).then_some(first)
}

/// The latest body (a name with an organisation word, not a person's)
/// sighted between offsets `since` and `at`.
fn recent_organisation(people: &People, since: usize, at: usize) -> Option<usize> {
    people.latest(since, at, |i| {
        let p = &people.persons[i];
        plain_body_name(p) || !p.personish && p.words.iter().any(|w| lexicon::is_org_word(w))
    })
}

/// The body "the ministry" or "the company" stands for: the latest named
/// body before `at` whose name holds the noun ("Ministry of Transport"), else
/// the latest body of any name when the noun is generic ("the company").
pub fn recent_body(doc: &Document, people: &People, head: &str, at: usize) -> Option<usize> {
    let is_body = |i: usize| {
        let p = &people.persons[i];
        plain_body_name(p)
            || !p.personish
                && (p.words.iter().any(|w| lexicon::is_org_word(w))
                    || p.words.len() == 1 && p.words[0].chars().all(|c| !c.is_lowercase()))
    };
    // "Sayap Nusantara Air … the airline": an airline's name says so.
    let airline = matches!(head, "airline" | "carrier");
    let named = |i: usize| {
        people.persons[i].words.iter().any(|w| {
            w.eq_ignore_ascii_case(head)
                || (airline && matches!(w.as_str(), "Air" | "Airlines" | "Airways" | "Airline"))
        })
    };
    // "budget airline SkyJet", "the regulator, Ofcom,": the noun written
    // right before the name (or before it and a comma) says what it is.
    let introduced = |s: &Sighting| {
        let before = doc.text[..s.at].trim_end().trim_end_matches(',').trim_end();
        let last = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        !people.persons[s.person].personish && last.eq_ignore_ascii_case(head)
    };
    let before = || people.sightings.iter().rev().filter(move |s| s.at < at);
    before()
        .find(|s| (is_body(s.person) && named(s.person)) || introduced(s))
        .or_else(|| {
            // Nouns no body's name holds stand for the latest body named.
            matches!(
                head,
                "company"
                    | "agency"
                    | "firm"
                    | "group"
                    | "organisation"
                    | "organization"
                    | "regulator"
                    | "watchdog"
                    | "carrier"
                    | "broadcaster"
                    | "manufacturer"
                    | "maker"
                    | "retailer"
                    | "insurer"
                    | "lender"
                    | "operator"
                    | "publisher"
                    | "startup"
            )
            .then(|| {
                // "the company" after "Lakeshore Crane Rentals … the Ministry
                // of Labour investigation": a firm is no public body, when
                // a body of another kind was named since.
                let commercial = !matches!(
                    head,
                    "agency" | "group" | "organisation" | "organization" | "regulator" | "watchdog"
                );
                commercial
                    .then(|| {
                        before().find(|s| {
                            is_body(s.person) && !is_public_body(&people.persons[s.person].words)
                        })
                    })
                    .flatten()
                    .or_else(|| before().find(|s| is_body(s.person)))
            })
            .flatten()
        })
        .map(|s| s.person)
}

/// Whether a body's name says it is a public one (a ministry, a court, the
/// police), which "the company" or "the firm" never stands for.
fn is_public_body(words: &[String]) -> bool {
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "Ministry"
                | "Department"
                | "Government"
                | "Council"
                | "Police"
                | "Court"
                | "Parliament"
                | "Senate"
                | "Congress"
                | "Commission"
                | "Authority"
                | "Agency"
                | "University"
                | "Army"
                | "Navy"
                | "Embassy"
                | "Municipality"
                | "Administration"
                | "Bureau"
                | "Tribunal"
                | "Assembly"
        )
    })
}

/// Whether a description names a group: its head noun (the word before a
/// phrase that qualifies it, "the head of the investigators") is plural.
fn is_plural(description: &str) -> bool {
    let words: Vec<&str> = description.split_whitespace().collect();
    let head = lexicon::description_head(&words);
    // Plurals without an "s": "people are like", "the women said".
    const IRREGULAR: &[&str] = &["people", "men", "women", "children", "police"];
    head.is_some_and(|w| {
        IRREGULAR.iter().any(|p| w.eq_ignore_ascii_case(p))
            || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("’s") && !w.ends_with("'s"))
    })
}

/// "\"…,\" the witness replied" of a witness the text names only by a
/// label ("Witness K", "Witness Alpha", "Patient B"): the label is the name,
/// and the noun alone means the latest so labelled.
fn labelled_as(people: &People, role_words: &[String], at: usize) -> Option<usize> {
    let [noun] = role_words else {
        return None;
    };
    if !noun.chars().all(char::is_lowercase) {
        return None;
    }
    people.latest(0, at, |i| {
        let w = &people.persons[i].words;
        w.len() == 2
            && w[0].eq_ignore_ascii_case(noun)
            && !lexicon::is_given_name(&w[0])
            && lexicon::first_name_gender(&w[0]) == Gender::Unknown
    })
}

/// The person "he", "she" or an epithet stands for: someone who became the
/// topic since the last speaker spoke, else the last speaker, else the most
/// recent person of a fitting gender.
fn salient(
    doc: &Document,
    people: &People,
    g: Gender,
    cue: &Cue,
    last: Option<&(Speaker, usize, usize)>,
    from_person: &dyn Fn(usize, Option<String>) -> Speaker,
) -> Option<Speaker> {
    let agreeing = |mut s: Speaker| {
        s.gender_agrees = g != Gender::Unknown && s.gender == g;
        s
    };
    // "WIRED spoke to one mother, who knew … \"…,\" she said": a source
    // described and set off with "who" since the last speaker spoke, with
    // no one of the pronoun's gender named after her.
    if matches!(cue.subject, Subject::Pronoun(_)) && g != Gender::Unknown {
        let since = last.map_or(doc.paras[cue.para.saturating_sub(1)].start, |l| l.2);
        if let Some(s) = described_source(doc, people, g, since, cue.at) {
            return Some(s);
        }
    }
    if let Some((s, para, at)) = last {
        // Someone else who became the topic since the last speaker
        // spoke (the subject of a sentence in between) is more salient.
        if let Some(i) = new_topic(doc, people, g, *at, cue.at, s.person) {
            return Some(agreeing(from_person(i, None)));
        }
        if let Some(i) = introduced_in_paragraph(doc, people, g, cue, *para, s.person) {
            return Some(agreeing(from_person(i, None)));
        }
        // "The head of the inquiry told the court ... She also said": a
        // person described without a name, who spoke in this paragraph or
        // the one before, is still the one speaking.
        // Only "he" or "she": an epithet ("the Australian") names someone.
        // So is a person known only by the name they gave ("a teacher who
        // gave only her first name, Marcela,"), whom no name list holds.
        // (An acronym, "KQRS reported", is a body's.)
        let given_name = s.kind == SpeakerKind::Person
            && s.form == Form::LoneName
            && s.name.chars().any(char::is_lowercase)
            && s.gender.compatible(g);
        let described = s.person.is_none()
            && matches!(cue.subject, Subject::Pronoun(_))
            // (A "she" that already stood for the source counts too.)
            && (given_name
                || (matches!(s.form, Form::Description | Form::Pronoun)
                    && s.kind == SpeakerKind::Unnamed))
            && !is_plural(&s.name)
            // ("her son" is no "she".)
            && description_head(&s.name)
                .is_none_or(|h| lexicon::noun_gender(&h).compatible(g))
            && cue.para - para <= 1;
        if described {
            let mut s = s.clone();
            s.mention = cue.mention.clone();
            s.form = Form::Pronoun;
            return Some(s);
        }
        // "he" or "she" never stands for an organisation that spoke.
        let personish = s.person.is_some_and(|i| people.persons[i].personish);
        // The gender a pronoun taught since the speaker was resolved counts.
        let gender = s.person.map_or(s.gender, |i| people.persons[i].gender);
        // "Dale Lee spoke. He was introduced by his chair, Brenda Ortiz.
        // \"…,\" she said": a speaker of no known sex yields "she" to a
        // woman named since.
        // (Not when the speaker is named again since: "Ferreira also
        // confirmed that ... defender Sean McAteer is a doubt. \"…,\" he
        // said" is still Ferreira.)
        // (Both read only for a speaker of no known sex: this runs at
        // every pronoun.)
        let named_again = || {
            s.person.is_some_and(|i| {
                people
                    .sightings
                    .iter()
                    .any(|x| x.person == i && x.at > *at && x.at < cue.at)
            })
        };
        if gender == Gender::Unknown && g != Gender::Unknown && !named_again() {
            // Nor for someone named inside the speaker's own reported
            // clause ("Ferreira confirmed that Sean McAteer is a doubt").
            let cue_sentence_end =
                doc.tokens[doc.sentences[doc.sentence_of[doc.token_at(*at)]].last - 1].end;
            let named_since = people
                .sightings
                .iter()
                .rev()
                .skip_while(|x| x.at >= cue.at)
                .take_while(|x| x.at > cue_sentence_end.max(*at))
                .find(|x| {
                    let p = &people.persons[x.person];
                    p.personish && p.gender == g && Some(x.person) != s.person
                });
            if let Some(x) = named_since {
                return Some(agreeing(from_person(x.person, None)));
            }
            // "As a student, she put the idea to her adviser, Per Lund, who
            // told her: \"…\" … \"…,\" she said": the speaker's own
            // sentence spoke of a woman by pronoun before naming the speaker;
            // she is the one meant, the woman named latest before that
            // sentence. (A pronoun after the name may be the speaker's own:
            // "Omar wrote, saying she …".)
            let sentence = doc.sentences[doc.sentence_of[doc.token_at(*at)]];
            let sentence_start = doc.tokens[sentence.first].start;
            // (Sightings are in text order: the sentence's are found by
            // search, not by reading the article's from its start.)
            let from = people.sightings.partition_point(|x| x.at < sentence_start);
            let named_at = people.sightings[from..]
                .iter()
                .take_while(|x| x.at <= *at)
                .find(|x| Some(x.person) == s.person)
                .map_or(*at, |x| x.at);
            let pronoun_there = (sentence.first..doc.token_at(named_at))
                .any(|k| !doc.in_quote(k) && lexicon::pronoun(doc.word(k)) == Some(g));
            if pronoun_there {
                let since = doc.paras[sentence.para.saturating_sub(1)].start;
                let meant = people.latest(since, sentence_start, |i| {
                    let p = &people.persons[i];
                    p.personish && p.gender == g && Some(i) != s.person
                });
                if let Some(i) = meant {
                    return Some(agreeing(from_person(i, None)));
                }
            }
        }
        if personish && gender.compatible(g) && cue.para - para <= PRONOUN_REACH {
            let mut s = from_person(s.person.unwrap_or_default(), s.role.clone());
            s.mention = cue.mention.clone();
            return Some(agreeing(s));
        }
    }
    let since_para = cue.para.saturating_sub(PRONOUN_REACH);
    let since = doc.paras[since_para].start;
    // With no speaker to continue, the person a sentence of this paragraph
    // opened with (its subject) before anyone merely mentioned since; then
    // nearby people; else anyone earlier of the right gender.
    // "Netanyahu met envoy Steve Witkoff on Monday. \"...,\" the Israeli
    // leader said": the subject of the paragraph before is the topic, not
    // the person last mentioned.
    // Only when this paragraph names no one before the cue: a person it
    // names is nearer than any subject before it.
    if last.is_none() {
        let para_start = doc.paras[cue.para].start;
        let named_here = people.recent(g, para_start, cue.at).is_some();
        let from = if named_here { para_start } else { since };
        if let Some(i) = new_topic(doc, people, g, from.saturating_sub(1), cue.at, None) {
            return Some(agreeing(from_person(i, None)));
        }
    }
    people
        .recent(g, since, cue.at)
        .or_else(|| people.recent(g, 0, cue.at))
        .or_else(|| {
            // Only "he" or "she": a name no list knows is a person's when a
            // pronoun of a person stands for it.
            matches!(cue.subject, Subject::Pronoun(_))
                .then(|| people.recent_name_like(g, since, cue.at))
                .flatten()
        })
        .or_else(|| {
            // No one written before: the person the next paragraph names,
            // for "he" or "she" only.
            let next = doc.paras.get(cue.para + 1)?;
            (matches!(cue.subject, Subject::Pronoun(_)) && g != Gender::Unknown && last.is_none())
                .then(|| people.first_after(g, cue.at, next.end))
                .flatten()
        })
        .map(|i| agreeing(from_person(i, None)))
}

/// The latest description of a source set off with ", who" between
/// offsets `from` and `to` ("one mother, who knew"), whose noun's gender
/// is `g`, when no person of that gender is named after it.
fn described_with_who(
    doc: &Document,
    people: &People,
    g: Gender,
    from: usize,
    to: usize,
) -> Option<Speaker> {
    let (lo, hi) = described_window(doc, from, to);
    // "One controller, who asked not to be named", "A 47-year-old machine
    // operator who has worked at the plant": with or without a comma.
    let who = (lo + 3..hi)
        .rev()
        // (", and who did not want to give his name" goes on the clause
        // before it.)
        .find(|&k| doc.word(k) == "who" && doc.word(k - 1) != "and" && !doc.in_quote(k))?;
    let comma = doc.word(who - 1) == ",";
    let mut noun = if comma { who - 2 } else { who - 1 };
    // "One mother of four in Holmes County, who": a phrase of "of", "in"
    // or "from" may follow the noun.
    let qualified = (who.saturating_sub(10).max(lo + 1)..who - 2)
        .rev()
        .find(|&k| {
            matches!(doc.word(k + 1), "of" | "in" | "from" | "at" | "near")
                && !is_capitalized(doc.word(k))
                && lexicon::role_gender(doc.word(k)) == g
                && (k + 1..who - 1).all(|m| !doc.in_quote(m) && doc.tokens[m].is_word)
        });
    if let Some(k) = qualified {
        noun = k;
    }
    let w = doc.word(noun);
    // A noun of no sex ("controller", "customer") takes the one the clause
    // gives it: "who did not want to give his name".
    let clause_says = || {
        let mut said = (who + 1..(who + 20).min(hi))
            .take_while(|&k| !doc.in_quote(k) && doc.word(k) != ".")
            .filter_map(|k| match doc.word(k) {
                "his" => Some(Gender::Male),
                w => lexicon::pronoun(w),
            });
        let first = said.next();
        first == Some(g) && said.all(|p| p == g)
    };
    let noun_sex = lexicon::role_gender(w);
    let sexless = noun_sex == Gender::Unknown;
    let fits = if sexless {
        w.chars().all(char::is_lowercase) && w.len() > 3 && clause_says()
    } else {
        noun_sex == g
    };
    if is_capitalized(w) || !fits {
        return None;
    }
    let det = (noun.saturating_sub(3).max(lo)..noun)
        .rev()
        .find(|&k| matches!(doc.word(k), "a" | "an" | "one" | "A" | "An" | "One"))?;
    // "A woman who lives on Elm Street and asked not to be named said":
    // a clause that defines a source of known sex is part of who she is
    // (read by `described_subject`).
    if !comma && !sexless {
        return None;
    }
    // Only a sentence's subject takes a sex from its clause: "Alcide
    // Thibodeaux, 64, a retired shrimper who stayed" describes the man
    // named.
    if sexless && doc.sentences[doc.sentence_of[det]].first != det {
        return None;
    }
    if (det + 1..noun).any(|k| !doc.tokens[k].is_word || is_capitalized(doc.word(k))) {
        return None;
    }
    if named_between(people, g, doc.tokens[who].start, to) {
        return None;
    }
    // "One woman, who gave her name only as Dana and said …": the name.
    if let Some(given) = name_given_in(doc, who + 1, (who + 12).min(hi)) {
        let mut s = given_name_speaker(
            people,
            &given,
            doc.tokens[who].start,
            None,
            &given.join(" "),
        );
        s.gender = g;
        s.gender_agrees = true;
        return Some(s);
    }
    let last = if comma { who - 2 } else { who - 1 };
    let written = doc.text[doc.tokens[det].start..doc.tokens[last].end].to_string();
    Some(described_of(written, g))
}

/// Whether someone of gender `g` is named between offsets `at` and `to`:
/// then "he" or "she" is them, not a source described before.
fn named_between(people: &People, g: Gender, at: usize, to: usize) -> bool {
    people
        .sightings
        .iter()
        .any(|s| s.at > at && s.at < to && people.persons[s.person].gender == g)
}

/// A source described as `written`, whose noun says gender `g`.
fn described_of(written: String, g: Gender) -> Speaker {
    let mut s = Speaker::described(written, None);
    s.gender = g;
    s.gender_agrees = true;
    s
}

/// The tokens between offsets `from` and `to` that a described source may
/// stand in: no further back than a few paragraphs' worth, so a text of a
/// hundred thousand "he said"s is not read again at each one.
fn described_window(doc: &Document, from: usize, to: usize) -> (usize, usize) {
    /// A few paragraphs of news, in tokens.
    const REACH: usize = 300;
    let hi = doc.token_at(to);
    (doc.token_at(from).max(hi.saturating_sub(REACH)), hi)
}

/// A source described without a name between offsets `from` and `to`
/// whom "he" or "she" of gender `g` may stand for: set off with "who"
/// ("one mother, who knew"), else a sentence's subject ("Another woman
/// came up to her").
pub fn described_source(
    doc: &Document,
    people: &People,
    g: Gender,
    from: usize,
    to: usize,
) -> Option<Speaker> {
    described_with_who(doc, people, g, from, to)
        .or_else(|| described_subject(doc, people, g, from, to))
}

/// Whom "his" or "her" stands for: a man or a woman ("their": either).
fn possessor_gender(determiner: &str) -> Gender {
    match determiner {
        "his" | "His" => Gender::Male,
        "her" | "Her" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// "I told my mom ... and she's like \"pray more\"": in an interviewee's
/// answer, "she" after "my mother" is the interviewee's mother, whom the
/// text never names: "Ann Lee's mom". The latest relative of gender `g`
/// the answer names with "my" between offsets `from` and `to`.
pub fn answerers_relative(
    doc: &Document,
    g: Gender,
    from: usize,
    to: usize,
    answerer: &str,
) -> Option<Speaker> {
    let (lo, hi) = described_window(doc, from, to);
    (lo + 1..hi).rev().find_map(|k| {
        let w = doc.word(k);
        let relative = super::entities::is_kin(w);
        let gender = lexicon::noun_gender(w);
        (relative
            && gender != Gender::Unknown
            && gender.compatible(g)
            && doc.word(k - 1).eq_ignore_ascii_case("my")
            && !doc.in_quote(k))
        .then(|| Speaker::described(format!("{answerer}'s {w}"), None))
    })
}

/// The latest source described as a sentence's subject between offsets
/// `from` and `to` ("Another woman came up to her at the march. She said
/// ..."): an indefinite noun of gender `g` opening the sentence, up to two
/// lower-case words before it, and a verb after; no one of that gender
/// named since.
fn described_subject(
    doc: &Document,
    people: &People,
    g: Gender,
    from: usize,
    to: usize,
) -> Option<Speaker> {
    /// Words that open a sentence before its subject.
    const OPENERS: &[&str] = &["And", "Then", "But", "So", "Later", "Soon"];
    /// Words after a noun that show it is no clause's subject.
    const NOT_A_VERB: &[&str] = &[
        "of", "in", "at", "from", "with", "on", "for", "to", "and", "or", "who", "whose", "that",
        "whom", "as", "by",
    ];
    let (lo, hi) = described_window(doc, from, to);
    // "A woman who lives on Elm Street and asked not to be named said":
    // a clause that defines the source runs to the verb that reports her.
    let defining_clause = |noun: usize| {
        let sentence = doc.sentences[doc.sentence_of[noun]];
        (noun + 1 < hi && doc.word(noun + 1) == "who")
            .then(|| {
                (noun + 2..sentence.last.min(hi))
                    .take_while(|&k| !doc.in_quote(k) && doc.word(k) != ",")
                    // "asked not to be named" is part of the clause.
                    .find(|&k| {
                        lexicon::is_reporting_verb(doc.word(k))
                            && !matches!(doc.word(k + 1), "not" | "to" | "for" | "about")
                    })
            })
            .flatten()
    };
    // "One former patient, now in her seventies, remembered": a noun of no
    // sex takes the one a phrase set off after it gives, when a verb
    // follows the phrase. Returns the verb's token.
    let set_off_gives = |noun: usize| -> Option<usize> {
        /// "now in her seventies" is a few words.
        const PHRASE: usize = 8;
        if doc.word(noun + 1) != "," {
            return None;
        }
        let close = (noun + 2..(noun + 2 + PHRASE).min(hi)).find(|&k| doc.word(k) == ",")?;
        let mut said = (noun + 2..close).filter_map(|k| match doc.word(k) {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        });
        let first = said.next()?;
        let verb = close + 1;
        (first == g
            && said.all(|p| p == g)
            && verb < hi
            && doc.tokens[verb].is_word
            && doc.word(verb).starts_with(char::is_lowercase)
            && !NOT_A_VERB.contains(&doc.word(verb)))
        .then_some(verb)
    };
    let (noun, det) = (lo..hi).rev().find_map(|noun| {
        let w = doc.word(noun);
        if noun < lo + 1
            || doc.in_quote(noun)
            || !doc.tokens[noun].is_word
            || is_capitalized(w)
            // A determiner stands a few words before (compared before the
            // noun is looked up: this runs at every word near a pronoun).
            || !(noun.saturating_sub(3).max(lo)..noun).any(|k| {
                matches!(
                    doc.word(k),
                    "a" | "an" | "another" | "one" | "A" | "An" | "Another" | "One" | "His" | "Her" | "Their"
                )
            })
            || (lexicon::noun_gender(w) != g
                && (lexicon::noun_gender(w) != Gender::Unknown
                    || !w.chars().all(char::is_lowercase)
                    || set_off_gives(noun).is_none()))
        {
            return None;
        }
        let det = (noun.saturating_sub(3).max(lo)..noun).rev().find(|&k| {
            matches!(
                doc.word(k),
                "a" | "an" | "another" | "one" | "A" | "An" | "Another" | "One"
            ) || (k + 1 == noun
                && matches!(doc.word(k), "His" | "Her" | "Their")
                && super::entities::is_kin(w))
        })?;
        let plain = (det + 1..noun)
            .all(|k| doc.tokens[k].is_word && !is_capitalized(doc.word(k)) && !doc.in_quote(k));
        let sentence = doc.sentences[doc.sentence_of[det]];
        let opens = det == sentence.first
            || (det == sentence.first + 1 && OPENERS.contains(&doc.word(sentence.first)));
        let next = doc.word(noun + 1);
        let verb_after = (noun + 1 < hi
            && doc.tokens[noun + 1].is_word
            && next.starts_with(|c: char| c.is_lowercase())
            && (!NOT_A_VERB.contains(&next) || defining_clause(noun).is_some()))
            || set_off_gives(noun).is_some();
        (plain && opens && verb_after).then_some((noun, det))
    })?;
    let at = doc.tokens[noun].start;
    if named_between(people, g, at, to) {
        return None;
    }
    // "His wife overhears. \"...,\" she says": the relative the text named.
    if matches!(doc.word(det), "His" | "Her" | "Their") {
        let kin = doc.word(noun);
        let found = people
            .by_role(&[kin.to_string()], at)
            .or_else(|| people.relative_sharing_surname(possessor_gender(doc.word(det)), kin, at));
        if let Some(i) = found {
            let mut s = Speaker::of_person(people, i, None, doc.word(noun), Form::Role);
            s.gender_agrees = true;
            return Some(s);
        }
    }
    let end = defining_clause(noun).map_or(noun, |verb| verb - 1);
    let written = doc.text[doc.tokens[det].start..doc.tokens[end].end].to_string();
    Some(described_of(written, g))
}

/// The interviewee answering in a paragraph whose turn is theirs, written
/// as `mention` ("I", or the label).
pub fn turn_speaker(people: &People, turn: &Turn, at: usize, mention: &str) -> Option<Speaker> {
    let Turn::Interviewee(words) = turn else {
        return None;
    };
    Some(named_speaker(people, words, at, mention))
}

/// A transcript label opening the quote ("LEE: We will..."): the label
/// names the speaker.
pub fn transcript_label(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let quote = &doc.quotes[q];
    let text = &doc.text[quote.start..quote.end];
    let (label, _) = text.split_once(':')?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let is_label = !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-' | '’'))
        });
    if !is_label {
        return None;
    }
    let name: Vec<String> = words.iter().map(|w| title_case(w)).collect();
    // "It read: \"EVACUATION ORDER: Leave now.\"": a heading in capitals
    // inside the words is no label; a label of two words or more names
    // someone of the article.
    if name.len() >= 2 && people.resolve_name(&name, quote.start).is_none() {
        return None;
    }
    Some(named_speaker(people, &name, quote.start, label.trim()))
}

/// A dashed credit right after the quote, on the same line
/// ("..." ― Ann Lee).
pub fn dashed_credit(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    const DASHES: [char; 4] = ['―', '—', '–', '-'];
    /// A credit line is a name and a post, not a sentence.
    const CREDIT_WORDS: usize = 14;
    let quote = &doc.quotes[q];
    // Spaces only (no-break ones included) on the quote's own line.
    let after =
        doc.text[quote.close..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    let (at, hi) = match after.strip_prefix(DASHES) {
        Some(dash) => (doc.text.len() - dash.len(), doc.para_tokens[quote.para].1),
        None => {
            // A quote standing alone on its line, with the credit on the
            // next ("...\n— Ann Lee, Mayor of Springfield").
            let next = quote.para + 1;
            let alone = doc.paras[quote.para].start == quote.open
                && doc.text[quote.close..doc.paras[quote.para].end]
                    .trim()
                    .is_empty();
            let line = doc
                .paras
                .get(next)
                .map(|p| &doc.text[p.start..p.end])
                .filter(|_| alone)?;
            let dash = line.strip_prefix(DASHES)?;
            if line.split_whitespace().count() > CREDIT_WORDS {
                return None;
            }
            (doc.paras[next].end - dash.len(), doc.para_tokens[next].1)
        }
    };
    let mut t = doc.token_at(at);
    // Skip invisible marks between the dash and the name (a zero-width joiner).
    while t < hi && !doc.tokens[t].is_word {
        t += 1;
    }
    let (a, b) = mentions::run_starting_at(doc, t, hi)?;
    let m = mentions::parse_run(doc, a, b)?;
    let written = doc.text[doc.tokens[a].start..doc.tokens[b - 1].end].to_string();
    Some(named_speaker(
        people,
        &m.name,
        doc.tokens[a].start,
        &written,
    ))
}

/// "including Mitt Romney -- ''It is disqualifying'' --": a quote set off by a
/// dash right after a person's name is theirs.
pub fn named_before_dash(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let quote = &doc.quotes[q];
    let open_tok = doc.token_at(quote.open);
    let lo = doc.para_tokens[quote.para].0;
    let mut k = open_tok;
    while k > lo && matches!(doc.word(k - 1), "-" | "—" | "–" | "―") {
        k -= 1;
    }
    if k == open_tok || k == lo {
        return None;
    }
    let (a, b) = mentions::run_ending_at(doc, k - 1, lo)?;
    person_named_in(doc, people, a, b)
}

/// A quote set off by a dash, comma or colon inside a sentence whose subject
/// is a person, with no reporting verb ("Mr. Lee -- 'Not now' -- left",
/// "Lee waved it off, insisting, 'Not now'"): the words are the subject's.
pub fn sentence_subject(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let quote = &doc.quotes[q];
    let open_tok = doc.token_at(quote.open);
    if open_tok == 0 || open_tok >= doc.tokens.len() {
        return None;
    }
    if !matches!(doc.word(open_tok - 1), "-" | "--" | "—" | "–" | "," | ":") {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of[open_tok]];
    if doc.in_quote(sentence.first) {
        return None;
    }
    if let Some((a, b)) = mentions::run_starting_at(doc, sentence.first, open_tok) {
        // "The Biden campaign said:": the name only says whose body spoke.
        let serves = b < open_tok && lexicon::is_named_body_noun(doc.word(b));
        if let Some(s) = subject_named_in(doc, people, a, b, open_tok).filter(|_| !serves) {
            return Some(s);
        }
    }
    if doc.word(open_tok - 1) == ":" {
        return colon_clause_subject(doc, people, sentence.first, open_tok);
    }
    None
}

/// Whether a sentence's first word opens a phrase set off before its
/// subject: a scene opener ("In a statement, the ministry ...", "After the
/// vote, she ..."), or a participle ("Asked about the killer, Grace Adebayo
/// paused", "Reacting to the news, ...").
pub(crate) fn opens_a_scene(w: &str) -> bool {
    SCENE_OPENERS.contains(&w)
        || (w.len() > 4
            && w.starts_with(|c: char| c.is_uppercase())
            && (w.ends_with("ed") || w.ends_with("ing")))
}

const SCENE_OPENERS: &[&str] = &[
    "Back",
    "In",
    "On",
    "At",
    "During",
    "After",
    "Following",
    "Before",
    "Speaking",
    "Writing",
    "Later",
    "Earlier",
    "Then",
    // "For the first time in years, Buckley had something to sing about",
    // "As the vote neared, Ms. Lee ...": any opening adverbial set off by a
    // comma stands before the subject the same way.
    "For",
    "With",
    "Since",
    "Despite",
    "Amid",
    "Throughout",
    "Over",
    "Under",
    "Unlike",
    "Like",
    "Without",
    "Within",
    "As",
    "When",
    "While",
    "Although",
    "Though",
    "Once",
    "Until",
    "Last",
    "This",
    "Now",
    "Today",
    "Yesterday",
    // Places: "Outside the ward, Sunita Devi was waiting".
    "Outside",
    "Inside",
    "Near",
    "Across",
    "Along",
    "Behind",
    "Beside",
    "Nearby",
    "Elsewhere",
    "Meanwhile",
];

/// "In a statement, the Ministry of Health defended the plan: \"...\"",
/// "In her letter, she thanked the staff: \"...\"": a quote a colon
/// introduces belongs to the subject of the clause before it, after a
/// scene-setting phrase. The subject may be a body (a statement is a body's
/// words) or "he"/"she", the latest person of that gender before it.
fn colon_clause_subject(
    doc: &Document,
    people: &People,
    first: usize,
    colon: usize,
) -> Option<Speaker> {
    /// The scene-setting phrase is short; the subject opens the clause.
    const PHRASE_REACH: usize = 14;
    let mut t = first;
    if opens_a_scene(doc.word(t)) {
        let comma = (t..colon.min(t + PHRASE_REACH)).find(|&k| doc.word(k) == ",")?;
        t = comma + 1;
    }
    if t >= colon || doc.in_quote(t) || reports_another_voice(doc, t, colon) {
        return None;
    }
    let w = doc.word(t);
    if matches!(w, "he" | "she" | "He" | "She") {
        let g = lexicon::pronoun(w)?;
        let at = doc.tokens[t].start;
        let para = doc.sentences[doc.sentence_of[t]].para;
        let since = doc.paras[para.saturating_sub(1)].start;
        let i = people.recent(g, since, at)?;
        let mut s = Speaker::of_person(people, i, None, w, Form::Pronoun);
        s.gender_agrees = g != Gender::Unknown && s.gender == g;
        return Some(s);
    }
    if matches!(w, "the" | "The") {
        t += 1;
        // "The minister was clear: \"...\"": a post and its verb; the
        // person holding it when the text has named them.
        let noun = doc.word(t);
        let post = t + 1 < colon
            && !doc.in_quote(t)
            && lexicon::is_role_noun(noun)
            && !noun.starts_with(char::is_uppercase)
            && doc.tokens[t + 1].is_word
            && doc.word(t + 1).starts_with(char::is_lowercase);
        if post {
            let at = doc.tokens[t].start;
            let written = doc.text[doc.tokens[t - 1].start..doc.tokens[t].end].to_string();
            if let Some(i) = people.by_role(&[noun.to_string()], at) {
                return Some(Speaker::of_person(people, i, None, &written, Form::Role));
            }
            return Some(Speaker::described(written, None));
        }
        // "The new governor of the province, Olek Varga, in his address
        // offered …:": the post set off before the name that holds it.
        if let Some((c, d)) = post_apposition(doc, t, colon) {
            let mut s = holder_named_in(doc, people, c, d)?;
            let post = doc.text[doc.tokens[t].start..doc.tokens[c - 2].end].to_string();
            s.role = s.role.or(Some(post));
            return Some(s);
        }
    }
    let (a, b) = mentions::run_starting_at(doc, t, colon)?;
    if mentions::is_possessive(doc.word(b - 1)) {
        return subject_named_in(doc, people, a, b, colon);
    }
    // "The Biden campaign recycled a statement:": the body the name serves.
    if b < colon && lexicon::is_named_body_noun(doc.word(b)) {
        let words: Vec<String> = (a..=b).map(|k| doc.word(k).to_string()).collect();
        return Some(Speaker::unresolved(&words, None, &words.join(" ")));
    }
    // "Matthias Reinholt, chief executive of Alpnet Grid, was blunt:": a
    // post set off by commas may stand before the verb.
    let mut verb = b;
    if verb < colon && doc.word(verb) == "," {
        /// A post set off is a few words.
        const APPOSITION_WORDS: usize = 10;
        if let Some(close) =
            (verb + 1..colon.min(verb + APPOSITION_WORDS)).find(|&k| doc.word(k) == ",")
        {
            verb = close + 1;
        }
    }
    // The subject is followed by its verb, not by more of a phrase.
    if verb >= colon || !doc.tokens[verb].is_word || doc.word(verb).starts_with(char::is_uppercase)
    {
        return None;
    }
    let m = mentions::parse_run(doc, a, b)?;
    let at = doc.tokens[a].start;
    let written = doc.text[at..doc.tokens[b - 1].end].to_string();
    let i = people.resolve_name_as(&m.name, at, m.gender);
    let body = m.name.iter().any(|w| lexicon::is_org_word(w));
    if i.is_none_or(|i| !people.persons[i].personish) && !body {
        return None;
    }
    Some(named_speaker(people, &m.name, at, &written))
}

/// "She said her doctor had warned her:", "… her adviser, Ann Lee, who told
/// her:": a second verb of saying between the clause's subject and the
/// colon, or one whose subject is "who", reports someone else's words; the
/// subject only recounts them.
fn reports_another_voice(doc: &Document, subject: usize, colon: usize) -> bool {
    (subject + 1..colon)
        .filter(|&k| !doc.in_quote(k) && lexicon::is_reporting_verb(doc.word(k)))
        .enumerate()
        .any(|(nth, k)| nth >= 1 || doc.word(k - 1) == "who")
}

/// "Lee recalled her first season. \"It was hard.\"": a quote that opens its
/// own sentence, with no cue, right after a sentence whose subject is a
/// person of the article (its first words), in the same paragraph: the words
/// are most often that person's.
pub fn previous_sentence_subject(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    let quote = &doc.quotes[q];
    let open_tok = doc.token_at(quote.open);
    if open_tok >= doc.tokens.len() {
        return None;
    }
    let s = doc.sentence_of[open_tok];
    let sentence = doc.sentences[s];
    if s == 0 || !(sentence.first == open_tok || set_before_words(doc, sentence.first, open_tok)) {
        return None;
    }
    let before = doc.sentences[s - 1];
    if before.para != sentence.para || doc.in_quote(before.first) {
        return None;
    }
    subject_of_sentence(doc, people, before)
}

/// "Kendra Oyelaran, a hydrologist, walked lawmakers through the data.
/// ¶ \"The decline is not uniform.\"": words opening a paragraph with no
/// cue, after a paragraph of narrative with no quote of its own, are those
/// of the person that paragraph is about: the subject of its last
/// sentence, or of its first ("Achebe-Lowry said … Then he answered the
/// question.").
pub fn paragraph_before_subject(doc: &Document, people: &People, q: usize) -> Option<Speaker> {
    /// A paragraph that introduces the words is short.
    const SENTENCES: usize = 3;
    let open_tok = doc.token_at(doc.quotes[q].open);
    if open_tok >= doc.tokens.len() {
        return None;
    }
    let s = doc.sentence_of[open_tok];
    let sentence = doc.sentences[s];
    if s == 0 || sentence.first != open_tok || doc.sentences[s - 1].para == sentence.para {
        return None;
    }
    let para = doc.sentences[s - 1].para;
    let first = (0..s)
        .rev()
        .take_while(|&k| doc.sentences[k].para == para)
        .last()?;
    let (a, b) = doc.para_tokens[para];
    if doc.paras[para].noise || s - first > SENTENCES || (a..b).any(|t| doc.in_quote(t)) {
        return None;
    }
    subject_of_sentence(doc, people, doc.sentences[s - 1]).or_else(|| {
        (first < s - 1).then(|| subject_of_sentence(doc, people, doc.sentences[first]))?
    })
}

/// The person a sentence is about: its subject, or the only person it names.
fn subject_of_sentence(doc: &Document, people: &People, before: Sentence) -> Option<Speaker> {
    // "Asked whether it could be reversed, Ann Lee was categorical.": the
    // subject after a phrase set off.
    let mut first = before.first;
    if opens_a_scene(doc.word(first)) {
        if let Some(comma) = (first..before.last.min(first + 16)).find(|&k| doc.word(k) == ",") {
            first = comma + 1;
        }
    }
    let subject = mentions::run_starting_at(doc, first, before.last).and_then(|(a, b)| {
        // "Mr Hale, who had said little, appeared worried": the verb
        // after a clause or an apposition set off by commas.
        let verb = past_set_off(doc, b, before.last).unwrap_or(b);
        // The subject is followed by its verb, not by more of a phrase.
        if verb >= before.last
            || !doc.tokens[verb].is_word
            || doc.word(verb).starts_with(char::is_uppercase)
        {
            return None;
        }
        subject_named_in(doc, people, a, b, before.last)
    });
    subject.or_else(|| only_person_in(doc, people, before))
}

/// "During the premiere, \"I felt like…\"": a phrase that sets the
/// scene (tokens `first..open`), then the words. It names no one and
/// reports nothing, so the words are still whoever the sentence before made
/// its subject.
fn set_before_words(doc: &Document, first: usize, open: usize) -> bool {
    /// A scene is set in a few words.
    const REACH: usize = 8;
    open > first + 1
        && open - first <= REACH
        && opens_a_scene(doc.word(first))
        && matches!(doc.word(open - 1), "," | ":")
        && (first + 1..open - 1).all(|k| {
            let w = doc.word(k);
            doc.tokens[k].is_word
                && !doc.in_quote(k)
                && !w.starts_with(char::is_uppercase)
                && !lexicon::is_reporting_verb(w)
        })
}

/// The token after a relative clause or an apposition that opens with a
/// comma at `comma` and closes with the next one ("Mr Hale, who had
/// said little, appeared"), if one does; no quote inside it.
fn past_set_off(doc: &Document, comma: usize, last: usize) -> Option<usize> {
    /// A set-off phrase is short.
    const REACH: usize = 25;
    if doc.word(comma) != "," || comma + 1 >= last {
        return None;
    }
    let opener = doc.word(comma + 1);
    if !matches!(opener, "who" | "a" | "an" | "the") {
        return None;
    }
    let close = (comma + 1..last.min(comma + REACH))
        .take_while(|&k| !doc.in_quote(k))
        .find(|&k| doc.word(k) == ",")?;
    Some(close + 1)
}

/// "The home side got two yellow cards, leaving coach Geoff Ingram
/// unimpressed. \"One of them was questionable.\"": when the sentence
/// before names one person and no one else, not as its subject, the
/// quote after it is still most often theirs. Not when a pronoun is the
/// subject ("He then referred to Cooke's testimony."): that is someone
/// else, the person the pronoun stands for; nor for a possessor alone.
fn only_person_in(doc: &Document, people: &People, sentence: Sentence) -> Option<Speaker> {
    if lexicon::pronoun(doc.word(sentence.first)).is_some() {
        return None;
    }
    let (from, to) = (
        doc.tokens[sentence.first].start,
        doc.tokens[sentence.last - 1].end,
    );
    let first = people.sightings.partition_point(|s| s.at < from);
    let mut seen = people.sightings[first..].iter().take_while(|s| s.at < to);
    let one = seen.next()?;
    if seen.any(|s| s.person != one.person) {
        return None;
    }
    let t = doc.token_at(one.at);
    let (a, b) = mentions::run_starting_at(doc, t, sentence.last)?;
    if is_possessive(doc.word(b - 1)) || (b < sentence.last && is_possessive(doc.word(b))) {
        return None;
    }
    person_named_in(doc, people, a, b)
}

/// The person a sentence's opening name run (tokens `a..b`) makes its
/// subject. A possessor is not the subject: in "Lim's deputy, Priya Desai,
/// was blunt" the subject is the deputy, named in the apposition after the
/// possessed noun, and with no name there ("Lim's spokesman was blunt") the
/// sentence names no person who speaks.
fn subject_named_in(
    doc: &Document,
    people: &People,
    a: usize,
    b: usize,
    hi: usize,
) -> Option<Speaker> {
    if mentions::is_possessive(doc.word(b - 1)) {
        let (c, d) = possessed_apposition(doc, b, hi)?;
        return person_named_in(doc, people, c, d);
    }
    person_named_in(doc, people, a, b)
}

/// The holder of a post set off after it (tokens `a..b`): a full name is a
/// person's there, also one no list of given names knows.
fn holder_named_in(doc: &Document, people: &People, a: usize, b: usize) -> Option<Speaker> {
    let m = mentions::parse_run(doc, a, b)?;
    if m.name.len() < 2 || m.name.iter().any(|w| lexicon::is_org_word(w)) {
        return None;
    }
    let at = doc.tokens[a].start;
    let written = doc.text[at..doc.tokens[b - 1].end].to_string();
    Some(named_speaker(people, &m.name, at, &written))
}

/// The name set off by commas after a post ("new governor of the province,
/// Olek Varga,"): its token run. The post opens in lower case and is a
/// few words, one of them a role noun.
fn post_apposition(doc: &Document, from: usize, hi: usize) -> Option<(usize, usize)> {
    /// A post with what it is of: "deputy head of the regional office".
    const POST_WORDS: usize = 8;
    let mut t = from;
    while t < hi && t - from < POST_WORDS && doc.tokens[t].is_word {
        t += 1;
    }
    let lower = |k: usize| !is_upper_initial(doc.word(k));
    let post = lower(from) && (from..t).any(|k| lower(k) && lexicon::is_role_noun(doc.word(k)));
    if !post {
        return None;
    }
    name_set_off(doc, t, hi)
}

/// The name set off by commas after a possessed noun of a few lower-case
/// words ("['s] deputy, Priya Desai,"): its token run.
fn possessed_apposition(doc: &Document, from: usize, hi: usize) -> Option<(usize, usize)> {
    /// A possessed noun is a post or a relation, a few words long.
    const NOUN_WORDS: usize = 4;
    let mut t = from;
    while t < hi && t - from < NOUN_WORDS && doc.tokens[t].is_word && !is_upper_initial(doc.word(t))
    {
        t += 1;
    }
    if t == from {
        return None;
    }
    name_set_off(doc, t, hi)
}

/// The name run after the comma at token `comma`, when a comma closes it
/// too ("…, Priya Desai,").
fn name_set_off(doc: &Document, comma: usize, hi: usize) -> Option<(usize, usize)> {
    if comma + 1 >= hi || doc.word(comma) != "," {
        return None;
    }
    let (c, d) = mentions::run_starting_at(doc, comma + 1, hi)?;
    (d < hi && doc.word(d) == ",").then_some((c, d))
}

fn is_upper_initial(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
}

/// The speaker a name run (tokens `a..b`) writes, when it is a person of the
/// article rather than a place or a body.
pub fn person_named_in(doc: &Document, people: &People, a: usize, b: usize) -> Option<Speaker> {
    let m = mentions::parse_run(doc, a, b)?;
    let at = doc.tokens[a].start;
    let i = people.resolve_name_as(&m.name, at, m.gender)?;
    if !people.persons[i].personish {
        return None;
    }
    let written = doc.text[at..doc.tokens[b - 1].end].to_string();
    Some(named_speaker(people, &m.name, at, &written))
}

fn named_speaker(people: &People, words: &[String], at: usize, written: &str) -> Speaker {
    match people.resolve_name(words, at) {
        Some(i) => Speaker::of_person(people, i, None, written, name_form(people, words, i)),
        None => Speaker::unresolved(words, None, written),
    }
}

/// Whether the name at token `t` opens its sentence, maybe after a post in
/// lower case ("United manager Erik ten Hag praised ...").
/// "— the late neurologist wrote about it — Steenburgen wasn't thrilled":
/// a name (opening at token `t`) right before a finite verb is its clause's
/// subject wherever the clause stands in the sentence.
/// "Jones was furious when midfielder Kenji Sato was pulled back",
/// "confirmed that captain Liam Frost will miss": a name (token `t`) in a
/// clause a conjunction opens, perhaps after a post in lower case, is part
/// of another's sentence, not its topic.
fn opens_subordinate_clause(doc: &Document, t: usize) -> bool {
    // A `matches!` rather than a list: the words are told apart by their
    // length first, not compared one by one.
    let is_subordinator = |w: &str| {
        matches!(
            w,
            "when"
                | "after"
                | "before"
                | "because"
                | "as"
                | "while"
                | "if"
                | "until"
                | "since"
                | "although"
                | "though"
                | "whereas"
                | "once"
                | "unless"
                | "that"
                | "whether"
        )
    };
    (t.saturating_sub(5)..t)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word && !is_capitalized(doc.word(k)))
        .any(|k| is_subordinator(doc.word(k)))
}

fn verb_follows_name(doc: &Document, t: usize) -> bool {
    const FINITE: &[&str] = &[
        "was",
        "wasn't",
        "wasn’t",
        "is",
        "isn't",
        "isn’t",
        "had",
        "hadn't",
        "hadn’t",
        "has",
        "hasn't",
        "hasn’t",
        "would",
        "will",
        "could",
        "can",
        "did",
        "didn't",
        "didn’t",
        "does",
        "doesn't",
        "doesn’t",
    ];
    // "The Republican is": a capital after an article is a party or a body.
    if t > 0 && matches!(doc.word(t - 1), "the" | "The" | "a" | "A" | "an" | "An") {
        return false;
    }
    // "The judge said Mokoena had betrayed": the subject of what someone
    // else says is no topic of the story.
    if t > 0 && (lexicon::is_reporting_verb(doc.word(t - 1)) || doc.word(t - 1) == "that") {
        return false;
    }
    // "… to remember Pedro was a refugee once": nor what someone knows or
    // remembers.
    const MIND: &[&str] = &[
        "remember",
        "remembers",
        "remembered",
        "know",
        "knows",
        "knew",
        "realise",
        "realised",
        "realize",
        "realized",
        "forget",
        "forgot",
        "learned",
        "learnt",
        "discovered",
        "hope",
        "hoped",
        "fear",
        "feared",
        "noticed",
    ];
    if t > 0 && MIND.contains(&doc.word(t - 1)) {
        return false;
    }
    if opens_subordinate_clause(doc, t) {
        return false;
    }
    let mut k = t;
    while k < doc.tokens.len()
        && doc.tokens[k].is_word
        && is_capitalized(doc.word(k))
        && !is_possessive(doc.word(k))
        && doc.sentence_of[k] == doc.sentence_of[t]
    {
        k += 1;
    }
    if k == t || k >= doc.tokens.len() || doc.in_quote(k) || !doc.tokens[k].is_word {
        return false;
    }
    let w = doc.word(k);
    FINITE.contains(&w) || lexicon::is_reporting_verb(w)
}

fn opens_sentence(doc: &Document, t: usize) -> bool {
    /// "Former deputy prime minister": a post is a few words.
    const POST_WORDS: usize = 4;
    /// "In an interview with El País, the regional president, Carlos
    /// Mazón, defended ...": a scene-setting phrase and a post set off by
    /// commas may stand before the subject.
    const SCENE_REACH: usize = 16;
    let mut first = doc.sentences[doc.sentence_of[t]].first;
    if first == t {
        return true;
    }
    // "But President Dale expressed confidence": a conjunction opening the
    // sentence stands before its subject.
    if matches!(
        doc.word(first),
        "But" | "And" | "Yet" | "So" | "Meanwhile" | "However" | "Still"
    ) {
        first += 1;
        if doc.word(first) == "," {
            first += 1;
        }
        if first == t {
            return true;
        }
    }
    // "A cheerful woman in her 70s, Edith Marsh lives …": a description of
    // the subject set off before it.
    let described = matches!(doc.word(first), "A" | "An")
        && t >= first + 3
        && t - first <= SCENE_REACH
        && doc.word(t - 1) == ","
        // "An agreeable, funny woman in her 80s,": commas between its
        // adjectives too.
        && (first..t - 1).all(|k| (doc.tokens[k].is_word || doc.word(k) == ",") && !doc.in_quote(k));
    if described {
        return true;
    }
    // "The leader of the opposition party, Ann Lee, was quick to …": a
    // post with "the", set off before the name that holds it.
    let post_set_off = doc.word(first) == "The"
        && (first + 1..(first + 3).min(t)).any(|k| lexicon::is_role_noun(doc.word(k)))
        && t >= first + 3
        && t - first <= SCENE_REACH
        && doc.word(t - 1) == ","
        && (first..t - 1).all(|k| doc.tokens[k].is_word && !doc.in_quote(k));
    if post_set_off {
        return true;
    }
    // "Among those coming ashore was Abdoulaye, a 17-year-old": the
    // subject stands after its verb.
    if doc.word(first) == "Among" && t > first + 2 && matches!(doc.word(t - 1), "was" | "were") {
        return (first..t).all(|k| doc.tokens[k].is_word && !doc.in_quote(k));
    }
    // "For Luis Lima, a farmer, the plan felt distant": whom the phrase is
    // for is the sentence's topic.
    if doc.word(first) == "For" && t == first + 1 {
        return true;
    }
    if opens_a_scene(doc.word(first)) {
        if let Some(comma) = (first..t.min(first + SCENE_REACH)).find(|&k| doc.word(k) == ",") {
            first = comma + 1;
            // "After a cover of “Blue Road,” Ames thanked the crowd": in
            // American style the phrase's comma stands inside the closing
            // mark of a title it ends with.
            while first < t && matches!(doc.word(first), "”" | "\"" | "’") {
                first += 1;
            }
            if first == t {
                return true;
            }
            let apposed = doc.word(t - 1) == ","
                && t - 1 - first <= POST_WORDS + 2
                && (first..t - 1).all(|k| doc.tokens[k].is_word && !doc.in_quote(k));
            if apposed {
                return true;
            }
        }
    }
    // "Former deputy prime minister Ann Lee", "Lee's son, filmmaker Tom
    // Park": a post, maybe after another set off by a comma.
    let set_off = (first..t).filter(|&k| doc.word(k) == ",").count();
    // "Her husband, Tom, was less sure": the post may be set off itself.
    // "Her nephew Joaquín, 27, drives a truck": a relative as a post.
    let post = |w: &str| lexicon::is_role_noun(w) || super::entities::is_kin(w);
    let post_before = post(doc.word(t - 1))
        || (doc.word(t - 1) == "," && t >= first + 2 && post(doc.word(t - 2)));
    t - first <= POST_WORDS + 2 * set_off
        && set_off <= 1
        && post_before
        && (first..t).all(|k| {
            // "Adebayo-Cole's wife, Folake,": a possessive's mark too.
            let w = doc.word(k);
            (doc.tokens[k].is_word || matches!(w, "," | "'s" | "’s" | "'" | "’"))
                && !doc.in_quote(k)
        })
}

/// "A confidential report by an investigator named the casino. \"…,\" it
/// stated": with no body to speak as "it", the document that opened the
/// sentence before the cue's is the source, as "the report said" would make
/// it. (Only "it": "they" stands for people.)
fn document_before(doc: &Document, cue: &Cue) -> Option<Speaker> {
    /// A document's noun comes within a few words of its determiner.
    const REACH: usize = 5;
    if !cue.mention.eq_ignore_ascii_case("it") {
        return None;
    }
    let here = doc.sentence_of[cue.verb];
    // The sentence before the one the quote and its cue stand in: the cue's
    // own, or the one before it when the quote opens a sentence of its own.
    let before = (here.saturating_sub(2)..here)
        .rev()
        .find(|&s| !doc.in_quote(doc.sentences[s].first))?;
    let sentence = doc.sentences[before];
    if doc.sentences[here].para - sentence.para > 1 {
        return None;
    }
    let first = sentence.first;
    if !matches!(doc.word(first), "A" | "An" | "The" | "This" | "That") {
        return None;
    }
    let noun = (first + 1..(first + 1 + REACH).min(sentence.last))
        .take_while(|&t| doc.tokens[t].is_word && !doc.in_quote(t))
        .find(|&t| attribution::is_document(doc.word(t)))?;
    let written = &doc.text[doc.tokens[first].start..doc.tokens[noun].end];
    Some(document_written(written, cue))
}

/// The full name of the person a possessive surname ("Whitlock's") stands for,
/// with its possessive mark, when the text gave them more of a name.
fn fuller_possessor(people: &People, possessive: &str, at: usize) -> Option<String> {
    let bare = strip_possessive(possessive);
    let i = people.resolve_name(&[bare.to_string()], at)?;
    let p = &people.persons[i];
    (p.words.len() > 1 && p.words.last().is_some_and(|w| w == bare))
        .then(|| format!("{}{}", p.name, &possessive[bare.len()..]))
}

/// A document as the unnamed source of its words: the cue's phrase as
/// written mid-sentence ("the study", "a review").
fn document_source(cue: &Cue) -> Speaker {
    document_written(&cue.mention, cue)
}

/// The document `written` as the source cue `cue` names.
fn document_written(written: &str, cue: &Cue) -> Speaker {
    let mut s = Speaker::described(attribution::writing_mid_sentence(written), None);
    s.mention = cue.mention.clone();
    s
}

/// The latest person (other than `speaker`) written as the first word of a
/// sentence between `from` and `to`, with a gender that fits: the topic the
/// text moved to.
fn new_topic(
    doc: &Document,
    people: &People,
    gender: Gender,
    from: usize,
    to: usize,
    speaker: Option<usize>,
) -> Option<usize> {
    let cue_sentence = doc.sentence_of.get(doc.token_at(to)).copied();
    people
        .sightings
        .iter()
        .rev()
        .skip_while(|s| s.at >= to)
        .take_while(|s| s.at > from)
        .find(|s| {
            let p = &people.persons[s.person];
            let t = doc.token_at(s.at);
            let sentence_start = t < doc.tokens.len()
                && (opens_sentence(doc, t) || verb_follows_name(doc, t))
                && !opens_subordinate_clause(doc, t);
            // A person whose gender no list knows may still be the topic
            // when they open the sentence right before ("Wong and his
            // co-authors started a company. He remarked, ..."), or one that
            // sentences opening with the pronoun carry on ("Castillo
            // finishes his shift. He laughs. \"...,\" he says").
            // "Asked what she needed, she did not hesitate.": after a
            // phrase set off, the pronoun opens the clause.
            let carried = |from: usize, to: usize| {
                (from..to).all(|s| {
                    let sentence = doc.sentences[s];
                    let first = sentence.first;
                    let opener = if opens_a_scene(doc.word(first)) {
                        (first..sentence.last.min(first + 16))
                            .find(|&k| doc.word(k) == ",")
                            .map_or(first, |comma| comma + 1)
                    } else {
                        first
                    };
                    opener < sentence.last
                        && lexicon::pronoun(doc.word(opener)).is_some_and(|p| p == gender)
                })
            };
            // ("Mayor Tuan Nguyen praised the crews, who he said had …":
            // the subject of the cue's own sentence, before it, too.)
            let just_before = sentence_start
                && cue_sentence.is_some_and(|c| {
                    let s = doc.sentence_of[t];
                    (c > s || (c == s && p.personish)) && c - s <= 3 && carried(s + 1, c)
                });
            let fits = p.gender == gender || (p.gender == Gender::Unknown && just_before);
            // An epithet of no gender ("the 26-year-old") fits anyone.
            let fits = fits || gender == Gender::Unknown;
            // "Tino Chrupalla was blunter. \"…,\" he said": a full name no
            // list knows, as the subject right before "he", is a person's.
            // Only when it opens the sentence: "than Rose-Lynn Harlan has
            // ever been" is a clause inside someone else's sentence.
            let person = p.personish
                || (just_before && opens_sentence(doc, t) && looks_like_a_full_name(&p.words));
            sentence_start && person && fits
        })
        // The latest subject is the speaker again ("Mr. Obama dismissed the
        // criticism ... he said"): no one else became the topic.
        .map(|s| s.person)
        .filter(|&i| Some(i) != speaker)
}

/// "The pact was signed by Iceland's fisheries minister, Sigríður
/// Hallgrímsdóttir. \"…,\" she said": the one person of the pronoun's sex
/// (or, of no known sex, with a post) that the quote's own paragraph brings
/// in before the cue, when the last speaker spoke in an earlier paragraph,
/// is whom "he" or "she" stands for. Not when the paragraph already speaks
/// of someone as a subject by that pronoun or by "the <post>" ("She
/// criticised Ann Park. \"…,\" she said" carries the last speaker on).
fn introduced_in_paragraph(
    doc: &Document,
    people: &People,
    g: Gender,
    cue: &Cue,
    last_para: usize,
    speaker: Option<usize>,
) -> Option<usize> {
    if g == Gender::Unknown || cue.para <= last_para || !matches!(cue.subject, Subject::Pronoun(_))
    {
        return None;
    }
    let para_start = doc.paras[cue.para].start;
    let first_tok = doc.para_tokens[cue.para].0;
    // (Up to the cue's own subject: its "she" is the one being resolved.)
    let cue_tok = doc.token_at(cue.at).min(cue.subject_span.0);
    // "In the same interview he credited coach Andy Farrant", "the
    // secretary struck a more conciliatory tone": the paragraph already
    // speaks of someone as the subject, by pronoun or by post.
    let subject_already = (first_tok..cue_tok).any(|t| {
        let w = doc.word(t);
        if doc.in_quote(t) {
            return false;
        }
        let nominative = matches!(w, "he" | "He" | "she" | "She") && lexicon::pronoun(w) == Some(g);
        let epithet = matches!(w, "the" | "The")
            && t + 2 < cue_tok
            && (t == first_tok || doc.word(t - 1) == ",")
            && lexicon::is_role_noun(doc.word(t + 1))
            && doc
                .word(t + 2)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(doc.word(t + 2), "of" | "and" | "for" | "at" | "in");
        nominative || epithet
    });
    if subject_already {
        return None;
    }
    let from = people.sightings.partition_point(|x| x.at < para_start);
    let mut named = people.sightings[from..]
        .iter()
        .take_while(|x| x.at < cue.at)
        .map(|x| x.person)
        .filter(|&i| {
            let p = &people.persons[i];
            p.personish
                // (One of no known sex only with a post: "Aston Vale" or
                // "Radyo Tanglaw" look like names too.)
                && (p.gender == g
                    || (p.gender == Gender::Unknown
                        && p.role.is_some()
                        && looks_like_a_full_name(&p.words)))
        });
    let first = named.next()?;
    // Only one person of the paragraph fits: two leave the pronoun open.
    if named.any(|i| i != first) || Some(first) == speaker {
        return None;
    }
    Some(first)
}

/// Two or more words naming no place, body, post or nation: a person's
/// full name, though no list of given names holds the first.
fn looks_like_a_full_name(words: &[String]) -> bool {
    words.len() >= 2
        && !lexicon::is_place_name(words)
        && !words.iter().any(|w| {
            lexicon::is_org_word(w)
                || lexicon::is_demonym(w)
                || lexicon::is_stop_capital(w)
                || lexicon::is_role_noun(&w.to_lowercase())
        })
}

/// The post a description of a source names ("a government official", "the
/// head of the police's investigators"): the description without its
/// determiner, when its head is a post and one source. A group ("the
/// researchers"), a kind of person ("one resident", "a woman") or kin ("the
/// father") is who spoke, not a post they hold.
fn post_of_description(written: &str) -> Option<String> {
    const NOT_POSTS: &[&str] = &[
        "person",
        "man",
        "woman",
        "boy",
        "girl",
        "resident",
        "residents",
        "people",
        "friend",
        "participant",
        "reader",
        "viewer",
        "user",
        "fan",
        "witness",
        "eyewitness",
        "source",
        "sources",
        "member",
        "narrator",
        "announcer",
        "author",
        "voice",
        "caller",
        "passenger",
        "customer",
        "neighbour",
        "neighbor",
        "relative",
        "father",
        "mother",
        "son",
        "daughter",
        "husband",
        "wife",
        "brother",
        "sister",
        "patient",
        "insider",
        "commenter",
        "victim",
        "survivor",
        "parent",
        "child",
        "student",
    ];
    let mut words = written.split_whitespace();
    let first = words.next()?;
    if !matches!(
        first.to_lowercase().as_str(),
        "a" | "an" | "the" | "one" | "another"
    ) {
        return None;
    }
    let mut rest: Vec<&str> = words.collect();
    // "a pensioner waiting at a bus stop": a participle or a relative
    // clause says what the person was doing, not their post.
    if let Some(clause) = rest
        .iter()
        .skip(1)
        .position(|w| description_tail::opens_clause(w))
    {
        rest.truncate(clause + 1);
    }
    // The head: the noun before a phrase that qualifies it.
    let head_at = rest
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "at" | "in" | "from" | "with" | "on"))
        .unwrap_or(rest.len())
        .checked_sub(1)?;
    let head = rest[head_at];
    let post = lexicon::is_role_noun(head) && !NOT_POSTS.contains(&head) && !is_plural(written);
    post.then(|| rest.join(" "))
}

/// The courtesy title a subject is written with ("Dr. Okafor" -> "Dr").
fn courtesy_of(mention: &str) -> Option<String> {
    let first = mention.split_whitespace().next()?;
    lexicon::honorific(first).map(|_| first.trim_end_matches('.').to_string())
}
