//! People of the article: name mentions merged into persons (full name,
//! surname, first name), each with a canonical name, a gender and a role; and
//! the resolution of a speaker as written ("Netanyahu", "he", "the Israeli PM")
//! to one of them.

use super::document::Document;
use super::lexicon::FastMap;
use super::lexicon::{self, Gender};
use super::mentions::{self, NameMention};

/// Words after a body's name that only say what kind of body it is
/// ("Holdings", "Inc."), which the text often leaves out.
const BODY_KINDS: &[&str] = &[
    "Holdings",
    "Group",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "plc",
    "PLC",
    "LLC",
    "Corp",
    "Corp.",
    "Corporation",
    "Company",
    "Co",
    "Co.",
    "Limited",
    "AG",
    "SA",
    "GmbH",
    // What a firm makes, written after its name ("Big Machine Label
    // Group" for Big Machine).
    "Records",
    "Label",
    "Entertainment",
    "Studios",
    "Pictures",
    "Productions",
    "Media",
    "Partners",
    "Industries",
    "Enterprises",
    "Technologies",
    "Motors",
    "Airlines",
    "Airways",
    "Pharmaceuticals",
    "Systems",
    "Labs",
];

#[derive(Debug, Clone)]
pub struct Person {
    /// The fullest name the article gives.
    pub name: String,
    pub words: Vec<String>,
    pub gender: Gender,
    pub role: Option<String>,
    /// How many times the full name (two words or more) is written.
    pub full_mentions: usize,
    /// Whether anything marks this as a person rather than a place or a body:
    /// a known given name, an honorific, a title, or a reporting verb.
    pub personish: bool,
    /// The courtesy titles the text writes before their name ("Dr").
    pub courtesies: Vec<String>,
    /// The ranks written before their name ("Lieutenant General"), which
    /// "the general" names when a post is their role.
    ranks: Vec<String>,
    /// Where the article introduces them: their first full name, or for
    /// someone known by one word, its first mention.
    first_at: usize,
    /// How many one-word mentions an honorific ties to them ("Mr. Obama"):
    /// with the full mentions, how present they are in the story.
    gendered_mentions: usize,
    /// Introduced as someone's relative ("his son, Jared Hollis,"): a bare
    /// surname they share most often means the one the story is about.
    relative: bool,
    /// The kinship that introduced them ("her son"), which "Her son said"
    /// names.
    kin: Option<String>,
    /// The names they go by ("Jokowi"), as the text gives them.
    aliases: Vec<String>,
    /// Whether the name writes the family name first ("Park Ha-eun"): it
    /// is then the word a lone surname stands for.
    family_first: bool,
    /// The age set off after their full name ("Cole Dunaway, 17,"), which
    /// tells "the elder" of two relatives.
    age: Option<u8>,
}

impl Person {
    /// Whether their sex is only what a list of given names says of their
    /// first word: a guess ("Dara" is mostly a woman's name in the US, a
    /// man's in Ireland) that an honorific in the text overrules ("The
    /// defence minister, Dara Kilbride, … Mr Kilbride said").
    fn sexed_by_list_only(&self) -> bool {
        self.gender == lexicon::first_name_gender(&self.words[0])
    }

    /// A person as a mention first names them; gender, role and the count of
    /// full mentions come from the mentions resolved to them afterwards.
    fn named(m: &NameMention, personish: bool) -> Person {
        Person {
            name: m.full(),
            words: m.name.clone(),
            gender: Gender::Unknown,
            role: None,
            full_mentions: 0,
            personish,
            courtesies: Vec::new(),
            ranks: Vec::new(),
            first_at: m.at,
            gendered_mentions: 0,
            relative: false,
            kin: None,
            // (Given as each full mention is counted.)
            aliases: Vec::new(),
            family_first: lexicon::family_name_first(&m.name),
            age: None,
        }
    }

    /// Whether the text introduced them as someone's `noun` ("their
    /// father, Samuel,").
    pub fn introduced_as(&self, noun: &str) -> bool {
        self.kin
            .as_deref()
            .and_then(|k| k.split_whitespace().last())
            .is_some_and(|k| k.eq_ignore_ascii_case(noun))
    }

    /// Where "bin" or "binti" stands in a Malay name ("Rosnah binti Abdul
    /// Hamid"): the words before it are the person's own, by which the
    /// text calls them.
    fn patronymic_at(&self) -> Option<usize> {
        self.words
            .iter()
            .position(|w| matches!(w.as_str(), "bin" | "binti" | "binte" | "bte"))
            .filter(|&k| k >= 1)
    }

    fn surname(&self) -> &str {
        const SUFFIXES: &[&str] = &["Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr"];
        // Called for every person at every name mention: a word longer than
        // any suffix is answered without comparing.
        let is_suffix = |w: &str| w.len() <= 3 && SUFFIXES.contains(&w);
        if self.family_first {
            return &self.words[0];
        }
        self.words
            .iter()
            .rev()
            .find(|w| !is_suffix(w))
            .map_or("", String::as_str)
    }
}

/// A resolved reference to a person at an offset of the text.
#[derive(Debug, Clone, Copy)]
pub struct Sighting {
    pub at: usize,
    pub person: usize,
}

/// How far back (in bytes, about a paragraph) one of several people
/// sharing a surname, written alone, keeps to the one just named.
const SURNAME_FOCUS_REACH: usize = 500;

#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    /// Every name mention resolved to a person, in text order.
    pub sightings: Vec<Sighting>,
    /// For each word that may stand alone for someone (a surname, the first
    /// of two surnames, a first word), the persons whose name holds it
    /// there, in order. Built once the persons are known: a lone name is
    /// resolved at every mention and every cue, and scanning everyone each
    /// time cost more than any other lookup.
    lone_words: Option<FastMap<String, Vec<usize>>>,
}

/// A word that makes a name a thing's, not a person's: a body ("Clinton
/// Foundation"), an event ("Obama Speech") or a post.
fn names_a_thing(word: &str) -> bool {
    let lower = word.to_lowercase();
    lexicon::is_org_word(word)
        || lexicon::is_role_noun(&lower)
        || lexicon::venue_words()
            .iter()
            .any(|v| v.len() == 1 && v[0] == lower)
}

/// Whether `words` are the last words of the longer name `name`
/// ("Guajardo Villarreal"); a particle that opens a sentence is capitalised
/// ("Von der Leyen added").
fn ends_a_longer_name(name: &[String], words: &[String]) -> bool {
    if name.len() <= words.len() {
        return false;
    }
    let tail = &name[name.len() - words.len()..];
    // The last words as written; only a particle opening the phrase may
    // differ in case.
    tail[1..] == words[1..] && tail[0].eq_ignore_ascii_case(&words[0])
}

/// "Swedish Prosecution Authority" and "Swedish Accident Investigation
/// Authority": two bodies' names that open and end alike are two bodies
/// when the words between differ (a person's middle name may be dropped,
/// a body's middle words say which it is).
fn other_body(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 3
        && long.iter().any(|w| lexicon::is_org_word(w))
        && !short[1..short.len() - 1]
            .iter()
            .all(|w| long.iter().any(|x| same_word(x, w)))
}

fn is_person_like(m: &NameMention) -> bool {
    m.name.len() >= 2
        && m.name.len() <= 5
        && m.name.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || w.len() <= 3
                || matches!(w.as_str(), "binti" | "binte")
                || mentions::has_article_prefix(w)
        })
        // (A title word the parse kept as a given name, "manager Dean
        // Holt", is one.)
        && !m.name[..m.name.len() - 1]
            .iter()
            .any(|w| lexicon::title(w).is_some() && !lexicon::is_given_name(w))
}

/// The middle words of a name of four words or more, which may stand for
/// it alone ("Lula" of Luiz Inácio Lula da Silva), but not a particle.
fn other_names(words: &[String]) -> impl Iterator<Item = &str> {
    let n = words.len();
    let middle = if n >= 4 { &words[1..n - 2] } else { &[][..] };
    middle
        .iter()
        .map(String::as_str)
        .filter(|w| w.starts_with(char::is_uppercase))
}

/// Whether the surname of `p` (of two words or more) may open with the
/// first byte of `w`, as [`one_letter_apart`] asks first: read off the last
/// word inline, which is the surname when it is too long for a suffix
/// ("Jr."). The scan for a misspelt surname asks it of everyone at each
/// unresolved word, and most are answered without finding the surname.
#[inline]
fn surname_may_open_like(p: &Person, w: &str) -> bool {
    let last = &p.words[p.words.len() - 1];
    last.len() <= 3 || last.as_bytes().first() == w.as_bytes().first()
}

/// Whether two words differ by one letter changed, added or dropped, after
/// the same first letter ("Sarea", "Saree"; "Nasrallah", "Nasrallh").
fn one_letter_apart(a: &str, b: &str) -> bool {
    /// One letter changed changes the length in bytes by at most this.
    const MAX_BYTES: usize = 3;
    // Asked for every person at each unresolved word: reject on bytes
    // before looking at letters.
    if a.as_bytes().first() != b.as_bytes().first()
        || a.len().abs_diff(b.len()) > MAX_BYTES
        || a == b
    {
        return false;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    if na.abs_diff(nb) > 1 {
        return false;
    }
    let (short, long) = if na <= nb { (a, b) } else { (b, a) };
    let same_start: usize = short
        .chars()
        .zip(long.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (rest_short, rest_long) = (&short[same_start..], &long[same_start..]);
    let skip = |s: &str| s.chars().next().map_or(0, char::len_utf8);
    if na == nb {
        rest_short[skip(rest_short)..] == rest_long[skip(rest_long)..]
    } else {
        *rest_short == rest_long[skip(rest_long)..]
    }
}

/// `a == b`, telling most different words by their first letter without
/// calling `memcmp`: names are compared with every person at every mention.
fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

impl People {
    /// People from the article's name mentions. `speaking` holds one-word
    /// names that are the subject of a reporting verb ("Clinton said") or
    /// set off with an age ("Abdoulaye, a 17-year-old"): they are people
    /// even when the article never writes their full name.
    pub fn build(mentions: &[NameMention], speaking: &[String]) -> People {
        let mut people = People::default();
        // Full names first, longest first, so "Guajardo Villarreal" joins
        // "Ildefonso Guajardo Villarreal".
        let mut full: Vec<&NameMention> = mentions.iter().filter(|m| is_person_like(m)).collect();
        full.sort_by_key(|m| std::cmp::Reverse(m.name.len()));
        for m in full {
            let suffix_of = |people: &People| {
                people
                    .persons
                    .iter()
                    .position(|p| ends_a_longer_name(&p.words, &m.name))
            };
            // "Meridian Crest" for Meridian Crest Holdings: a body's name
            // without the words that only say what kind of body it is.
            let found = people
                .find_full(&m.name)
                .or_else(|| suffix_of(&people))
                .or_else(|| people.regnal_of(&m.name))
                .or_else(|| people.spelled_out(&m.name))
                .or_else(|| people.short_for_body(&m.name))
                .or_else(|| people.styled_surname(&m.name))
                .or_else(|| people.before_patronymic(&m.name));
            let idx = found.unwrap_or_else(|| {
                people.persons.push(Person::named(m, false));
                people.persons.len() - 1
            });
            let p = &mut people.persons[idx];
            p.full_mentions += 1;
            if let Some(a) = m.alias.as_ref().filter(|a| !p.aliases.contains(a)) {
                p.aliases.push(a.clone());
            }
            p.first_at = p.first_at.min(m.at);
            if m.name.len() > p.words.len() {
                p.name = m.full();
                p.words = m.name.clone();
                p.family_first = lexicon::family_name_first(&p.words);
            }
            // Known before any mention is resolved: "Mrs. Carver" written
            // before Martin Carver's first mention must already see he is
            // no Mrs.
            if p.gender == Gender::Unknown {
                p.gender = lexicon::first_name_gender(&p.words[0]);
            }
        }
        // A surname written only with an honorific or a title ("Mr. Obama",
        // "President Obama") is a person too when no full name holds it.
        // Where a lone word is first written, for the person it may stand for.
        let mut lone_first: FastMap<&str, usize> = FastMap::default();
        for m in mentions.iter().filter(|m| m.name.len() == 1) {
            lone_first.entry(m.name[0].as_str()).or_insert(m.at);
        }
        // The full names are settled: from here each lone word is resolved
        // among the persons its index lists, kept up to date as persons
        // are added (scanning everyone at each lone word grew with the
        // square of the article's length).
        people.index_lone_words();
        for m in mentions.iter().filter(|m| m.name.len() == 1) {
            // An affiliation alone ("Web of Angels was the first novel")
            // marks no one: a title or a place is "of" something too.
            let posted = m.role.as_deref().is_some_and(|r| !r.starts_with("of "));
            let marked = posted || m.gender != Gender::Unknown || speaking.contains(&m.name[0]);
            // "Her husband, Tom,": a relative known by a given name is
            // someone new, not the Tom Smith named elsewhere.
            // A word no list knows as a given name still is one here when
            // no one of the article has it as a name ("Adebayo-Cole's
            // wife, Folake,").
            let unknown_word = || {
                !people
                    .persons
                    .iter()
                    .any(|p| p.words.iter().any(|w| same_word(w, &m.name[0])))
            };
            let relative = (m.role.as_deref().is_some_and(is_kin) || m.kin.is_some())
                && (lexicon::is_given_name(&m.name[0]) || unknown_word())
                && people.find_full(&m.name).is_none();
            // "President Obama ... Mr. Obama ... the first lady, Michelle
            // Obama": an honorific of the other sex, written before the only
            // full name that holds the word, is someone else of that name.
            let someone_else = || {
                m.gender != Gender::Unknown
                    && people.resolve_name_as(&m.name, m.at, m.gender).is_none()
                    && people
                        .resolve_name(&m.name, m.at)
                        .is_some_and(|i| m.at < people.persons[i].first_at)
            };
            // "Tommy — who only goes by his first name online — retired":
            // a given name no one of the article bears, written alone, is
            // someone known by it.
            let first_name_only =
                || lexicon::first_name_gender(&m.name[0]) != Gender::Unknown && unknown_word();
            if relative
                || ((marked || first_name_only()) && people.resolve_name(&m.name, m.at).is_none())
                || someone_else()
            {
                // An acronym ("WXYZ reported") names a body, not a person.
                let mut p = Person::named(m, !never_a_person(&m.name));
                p.first_at = lone_first[m.name[0].as_str()];
                if relative && p.gender == Gender::Unknown {
                    p.gender = m
                        .kin
                        .as_deref()
                        .or(m.role.as_deref())
                        .map_or(Gender::Unknown, lexicon::role_gender);
                }
                people.persons.push(p);
                people.index_person(people.persons.len() - 1);
            }
        }
        // Counted once the index is built: each lookup then reads only the
        // people the word may stand for.
        for m in mentions
            .iter()
            .filter(|m| m.name.len() == 1 && m.gender != Gender::Unknown)
        {
            if let Some(i) = people.resolve_name_as(&m.name, m.at, m.gender) {
                people.persons[i].gendered_mentions += 1;
            }
        }
        // Then every mention, in order, resolved to a person.
        for m in mentions {
            // "The younger Ashdown would not.": which relative, as written.
            let by_seniority = m
                .seniority
                .and_then(|elder| people.by_seniority(&m.name[0], elder, m.gender, m.at));
            let Some(idx) = by_seniority.or_else(|| {
                people.resolve_name_in_role(
                    &m.name,
                    m.at,
                    m.gender,
                    m.role.as_deref(),
                    m.courtesy.as_deref(),
                )
            }) else {
                continue;
            };
            people.sightings.push(Sighting {
                at: m.at,
                person: idx,
            });
            let p = &mut people.persons[idx];
            if let Some(c) = &m.courtesy {
                if !p.courtesies.contains(c) {
                    p.courtesies.push(c.clone());
                }
                // The text's own honorific overrules the list's guess.
                let sexed = lexicon::honorific(c).filter(|&g| g != Gender::Unknown);
                if let Some(g) = sexed.filter(|&g| g != p.gender) {
                    if m.name.len() == 1 && p.sexed_by_list_only() {
                        p.gender = g;
                    }
                }
            }
            if let Some(r) = m.rank.as_ref().filter(|r| !p.ranks.contains(r)) {
                p.ranks.push(r.clone());
            }
            // "of the firm Holloway Price": a role that is a kind of body
            // marks a body, not a person.
            let body_role = m.role.as_deref().is_some_and(|r| {
                r.split_whitespace()
                    .last()
                    .is_some_and(|w| lexicon::BODY_EPITHETS.contains(&w))
            });
            let marked = m.gender != Gender::Unknown
                || m.courtesy.is_some()
                || (m.role.is_some() && !body_role)
                || lexicon::first_name_gender(&p.words[0]) != Gender::Unknown
                // "Charlie McDowell": a given name of either sex opens a person's name.
                || (p.words.len() >= 2 && lexicon::is_given_name(&p.words[0]))
                // "Rosnah binti Abdul Hamid": so does a Malay "bin" or "binti".
                || p.patronymic_at().is_some();
            p.personish |= marked
                && !never_a_person(&p.words)
                && !m.name.iter().any(|w| lexicon::is_org_word(w));
            if p.gender == Gender::Unknown {
                // A person known by one word is known by a surname ("Clinton"),
                // which says nothing of their gender even when it is also a
                // given name.
                p.gender = if m.gender != Gender::Unknown {
                    m.gender
                } else if p.words.len() >= 2 {
                    lexicon::first_name_gender(&p.words[0])
                } else {
                    Gender::Unknown
                };
            }
            if p.role.is_none() {
                p.role = m.role.clone();
            }
            // "his son, Jared Hollis,": introduced as someone's relative.
            if m.name.len() >= 2 && (m.kin.is_some() || m.role.as_deref().is_some_and(is_kin)) {
                p.relative = true;
                if p.kin.is_none() {
                    p.kin = m.kin.clone();
                }
            }
            // "His wife, Esi Mensah,": a post or kinship of one sex tells
            // the gender no list of given names knew.
            if p.gender == Gender::Unknown {
                if let Some(r) = m.kin.as_deref().or(m.role.as_deref()) {
                    p.gender = lexicon::role_gender(r);
                }
            }
        }
        people
    }

    /// Gives person `i` the gender their role says, when nothing else has.
    pub fn note_role_gender(&mut self, i: usize, role: &str) {
        let p = &mut self.persons[i];
        if p.gender == Gender::Unknown {
            p.gender = lexicon::role_gender(role);
        }
    }

    /// A person whose full name matches `words` (same first and last word).
    /// "Meridian Crest" for Meridian Crest Holdings: a body's name without
    /// the words that only say what kind of body it is.
    fn short_for_body(&self, words: &[String]) -> Option<usize> {
        let first = words.first()?;
        self.listed_under(first).find(|&i| {
            let p = &self.persons[i];
            p.words.len() > words.len()
                && p.words[..words.len()] == words[..]
                && p.words[words.len()..]
                    .iter()
                    .all(|w| BODY_KINDS.contains(&w.as_str()))
        })
    }

    /// "Rosa Cruz" for Rosa Cruz Ayavire: a given name and the first of
    /// two surnames (as Spanish and Portuguese names are written short)
    /// stand for the one person whose full name they open.
    fn given_and_first_surname_of(&self, words: &[String]) -> Option<usize> {
        if words.len() != 2 {
            return None;
        }
        // (Asked of every name of two words: the lexicon is read only for
        // the rare one that opens a longer name.)
        let mut found = self.listed_under(&words[0]).filter(|&i| {
            let p = &self.persons[i];
            p.words.len() == 3
                && p.personish
                && same_word(&p.words[0], &words[0])
                && same_word(&p.words[1], &words[1])
        });
        let i = found.next()?;
        // "Pemba Dorje" for Pemba Dorje Sherpa: a given name no list
        // holds opens the name as well, when nothing makes it a place's
        // or a body's word.
        let opens_a_name = lexicon::is_given_name(&words[0])
            || (lexicon::first_name_gender(&words[0]) == Gender::Unknown
                && !lexicon::is_place_name(&words[..1])
                && !lexicon::is_org_word(&words[0])
                && !lexicon::is_country(&words[0]));
        let only = found.next().is_none()
            && opens_a_name
            && !lexicon::is_given_name(&self.persons[i].words[1])
            && !lexicon::is_stop_capital(&self.persons[i].words[2]);
        only.then_some(i)
    }

    fn find_full(&self, words: &[String]) -> Option<usize> {
        let first = words.first()?;
        let last = words.last()?;
        self.listed_under(first).find(|&i| {
            let p = &self.persons[i];
            p.words.first().is_some_and(|w| same_word(w, first))
                && p.words.last().is_some_and(|w| same_word(w, last))
                && !other_body(&p.words, words)
        })
    }

    /// "the Kenyan AWSS": an acronym ending a name stands for the body of
    /// the article whose name's capitals spell it ("Kenyan Agency for Water
    /// Safety and Standards"), with or without the body's first word.
    /// Only a body's name (one with a word such as "Agency"): "AP" is no
    /// Ann Park.
    fn spelled_out(&self, words: &[String]) -> Option<usize> {
        let acronym = words.last()?;
        if acronym.len() < 2 || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        // Asked at every acronym for every person: the capitals are compared
        // in place, and the lexicon is read only for a name that spells it.
        self.persons.iter().position(|p| {
            p.words.len() > 2
                && {
                    let capitals = || {
                        p.words
                            .iter()
                            .filter_map(|w| w.as_bytes().first().copied())
                            .filter(u8::is_ascii_uppercase)
                    };
                    // "the Kenyan AWSS" keeps the body's first word as written.
                    let same_opening = words.len() == 2 && same_word(&words[0], &p.words[0]);
                    capitals().eq(acronym.bytes())
                        || same_opening
                            && capitals().next().is_some()
                            && capitals().skip(1).eq(acronym.bytes())
                }
                && p.words.iter().any(|w| lexicon::is_org_word(w))
        })
    }

    /// "John Paul" for Pope John Paul II: the one person whose name is
    /// `words` and a regnal number. (Not "Jr." or "Sr.": Donald Trump and
    /// Donald Trump Jr. are two people.)
    fn regnal_of(&self, words: &[String]) -> Option<usize> {
        const NUMERALS: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
        let mut found = self.persons.iter().enumerate().filter(|(_, p)| {
            p.words.len() == words.len() + 1
                && NUMERALS.contains(&p.words[words.len()].as_str())
                && p.words.iter().zip(words).all(|(a, b)| same_word(a, b))
        });
        let (i, _) = found.next()?;
        found.next().is_none().then_some(i)
    }

    /// The person a name as written refers to, given where it is written.
    pub fn resolve_name(&self, words: &[String], at: usize) -> Option<usize> {
        self.resolve_name_as(words, at, Gender::Unknown)
    }

    /// As [`People::resolve_name_as`], and among people sharing the surname,
    /// the one whose post the mention's role names ("Dr. Nair, the
    /// cardiologist," of Priya and Raghavan Nair).
    /// So does a courtesy title only one of them is written with ("Dr.
    /// Okafor" of Dr. Ikenna Okafor and his brother Chukwuemeka).
    pub fn resolve_name_in_role(
        &self,
        words: &[String],
        at: usize,
        gender: Gender,
        role: Option<&str>,
        courtesy: Option<&str>,
    ) -> Option<usize> {
        let [w] = words else {
            return self.resolve_name_as(words, at, gender);
        };
        if role.is_none() && courtesy.is_none() {
            return self.resolve_name_as(words, at, gender);
        }
        // Most surnames are one person's: nothing to choose between then.
        let sharing = self.sharing_surname(w);
        if sharing.len() < 2 {
            return self.resolve_name_as(words, at, gender);
        }
        let only = |found: Vec<usize>| (found.len() == 1).then(|| found[0]);
        let titled = courtesy.and_then(|c| {
            only(
                sharing
                    .iter()
                    .copied()
                    .filter(|&i| self.persons[i].courtesies.iter().any(|x| x == c))
                    .collect(),
            )
        });
        let head = role
            .and_then(|r| r.split_whitespace().last())
            .map(str::to_lowercase)
            .filter(|h| h.len() > 2);
        let holder = head.and_then(|head| {
            only(
                sharing
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let p = &self.persons[i];
                        p.gender.compatible(gender)
                            && p.role
                                .as_ref()
                                .is_some_and(|r| r.to_lowercase().contains(&head))
                    })
                    .collect(),
            )
        });
        titled
            .or(holder)
            .or_else(|| self.resolve_name_as(words, at, gender))
    }

    /// The people with a full name whose surname is `w`, in order.
    fn sharing_surname(&self, w: &str) -> Vec<usize> {
        self.lone_word_pool(w)
            .iter()
            .copied()
            .filter(|&i| {
                self.persons[i].words.len() >= 2 && same_word(self.persons[i].surname(), w)
            })
            .collect()
    }

    /// "the elder Dvorak", "the younger Dvorak": of the two people
    /// sharing the surname `surname`, the parent or the child. The kinship
    /// that introduced them tells ("The forward's mother, Jana Dvorak,");
    /// with none, news most often introduces the parent first.
    ///
    /// Of three or more ("Rosa Farrugia" and her sons Mick and Tony), the
    /// two written most recently before `at`: the story is about them there.
    pub fn by_seniority(
        &self,
        surname: &str,
        elder: bool,
        gender: Gender,
        at: usize,
    ) -> Option<usize> {
        // Kin of an older generation, and of a younger one.
        const PARENTS: &[&str] = &[
            "father",
            "mother",
            "dad",
            "mum",
            "mom",
            "parent",
            "uncle",
            "aunt",
            "grandfather",
            "grandmother",
        ];
        const CHILDREN: &[&str] = &[
            "son",
            "daughter",
            "child",
            "boy",
            "girl",
            "nephew",
            "niece",
            "grandson",
            "granddaughter",
        ];
        // "the younger Mr Tan" of a father, a son and a daughter: the
        // honorific keeps to the men.
        let mut sharing = self.sharing_surname(surname);
        sharing.retain(|&i| self.persons[i].gender.compatible(gender));
        let (a, b) = match sharing.as_slice() {
            &[a, b] => (a, b),
            [_, _, _, ..] => {
                let last_seen = |i: usize| {
                    self.sightings
                        .iter()
                        .rev()
                        .find(|s| s.person == i && s.at < at)
                        .map(|s| s.at)
                };
                let mut seen: Vec<(usize, usize)> = sharing
                    .iter()
                    .filter_map(|&i| last_seen(i).map(|s| (s, i)))
                    .collect();
                seen.sort_unstable_by(|x, y| y.cmp(x));
                let [(_, x), (_, y), ..] = seen[..] else {
                    return None;
                };
                (x.min(y), x.max(y))
            }
            _ => return None,
        };
        let kin_in = |i: usize, list: &[&str]| {
            self.persons[i]
                .kin
                .as_deref()
                .and_then(|k| k.split_whitespace().last())
                .is_some_and(|k| list.contains(&k.to_lowercase().as_str()))
        };
        // "Raymond Delacroix Sr." and "Raymond Delacroix Jr." say it outright.
        let suffix_in = |i: usize, list: &[&str]| {
            self.persons[i]
                .words
                .last()
                .is_some_and(|w| list.contains(&w.as_str()))
        };
        const SENIOR: &[&str] = &["Sr.", "Sr", "Senior"];
        const JUNIOR: &[&str] = &["Jr.", "Jr", "Junior"];
        // So do their ages, when the text sets both off.
        let ages = self.persons[a].age.zip(self.persons[b].age);
        let older = if suffix_in(a, SENIOR) || suffix_in(b, JUNIOR) {
            a
        } else if suffix_in(b, SENIOR) || suffix_in(a, JUNIOR) {
            b
        } else if let Some((x, y)) = ages.filter(|(x, y)| x != y) {
            if x > y {
                a
            } else {
                b
            }
        } else if kin_in(a, PARENTS) || kin_in(b, CHILDREN) {
            a
        } else if kin_in(b, PARENTS) || kin_in(a, CHILDREN) {
            b
        } else if self.persons[a].first_at <= self.persons[b].first_at {
            a
        } else {
            b
        };
        Some(if elder {
            older
        } else if older == a {
            b
        } else {
            a
        })
    }

    /// As [`People::resolve_name`], keeping to people of `gender` when an
    /// honorific tells it ("Mrs. Clinton").
    pub fn resolve_name_as(&self, words: &[String], at: usize, gender: Gender) -> Option<usize> {
        if let Some(i) = self.spelled_out(words) {
            return Some(i);
        }
        if words.len() >= 2 {
            return self
                .given_and_first_surname_of(words)
                .or_else(|| self.find_full(words))
                .or_else(|| {
                    // "Donald J. Trump Jr." style variants: same surname and first name;
                    // or the name is the end of a longer one ("Guajardo Villarreal").
                    let last = words.last()?;
                    self.listed_under(&words[0])
                        .find(|&i| {
                            let p = &self.persons[i];
                            same_word(p.surname(), last) && same_word(&p.words[0], &words[0])
                        })
                        .or_else(|| {
                            self.persons
                                .iter()
                                .enumerate()
                                .filter(|(_, p)| ends_a_longer_name(&p.words, words))
                                .max_by_key(|(_, p)| p.words.len())
                                .map(|(i, _)| i)
                        })
                        .or_else(|| self.short_for_body(words))
                        .or_else(|| self.styled_surname(words))
                        .or_else(|| self.before_patronymic(words))
                });
        }
        let w = words.first()?;
        // "Ramírez" for Guadalupe Ramírez Ochoa: a Spanish or Portuguese
        // name's first surname stands for it too. In a name of three words
        // a given name there is a middle name ("Sarah Jane Cole"); in one of
        // four it is the first surname, whatever lists call it ("Vera" of
        // Patricio Alejandro Vera Soto).
        // (Asked at most once per name, and only when a name could hold it.)
        let given = std::cell::OnceCell::new();
        let by_surname = |i: &usize| {
            let p = &self.persons[*i];
            let n = p.words.len();
            let first_surname = n >= 3
                && same_word(&p.words[n - 2], w)
                && (n >= 4 || !*given.get_or_init(|| lexicon::is_given_name(w)));
            (same_word(p.surname(), w) || first_surname) && p.gender.compatible(gender)
        };
        let by_first_name = |i: &usize| {
            let p = &self.persons[*i];
            same_word(&p.words[0], w)
                && (lexicon::first_name_gender(w) != Gender::Unknown
                    || p.patronymic_at() == Some(1))
                && !p.words[1..].iter().any(|x| names_a_thing(x))
        };
        let pool = self.lone_word_pool(w);
        // Most names have one candidate: collect only when there are several.
        let pick = |matches: &dyn Fn(&usize) -> bool, by_surname: bool| {
            let mut found = pool.iter().copied().filter(|i| matches(i));
            let first = found.next()?;
            if found.next().is_none() {
                return Some(first);
            }
            let mut candidates: Vec<usize> = pool.iter().copied().filter(|i| matches(i)).collect();
            // "Gruber" of Martina Gruber and Liste Gruber, "the movement
            // founded by" her: a name the text describes as a body is no
            // one's surname while a person with a given name shares it.
            let a_person =
                |i: usize| lexicon::first_name_gender(&self.persons[i].words[0]) != Gender::Unknown;
            if candidates.iter().any(|&i| a_person(i)) {
                candidates.retain(|&i| a_person(i) || !self.described_as_body(i));
            }
            // "Mrs Tran" among a Linh Tran known to be a woman and an Anh
            // Tran of no known sex: the one the honorific fits for sure.
            if gender != Gender::Unknown
                && candidates.iter().any(|&i| self.persons[i].gender == gender)
            {
                candidates.retain(|&i| self.persons[i].gender == gender);
            }
            Some(self.most_salient(&candidates, at, by_surname))
        };
        // "Jokowi" for Joko Widodo, known as Jokowi; "Lula" for Luiz
        // Inácio Lula da Silva: the one person whose name the word is, or
        // a long name's middle word. (Not a name's initials, "AMLO":
        // tried, they moved no speaker and made Wikinews check's
        // confidence worse, 0.050 -> 0.068; a body's acronym may meet
        // someone's initials.)
        let by_other_name = |i: &usize| {
            let p = &self.persons[*i];
            // (A body's name holds no one's middle name; asked last, as
            // this runs for everyone at each word no one else answers.)
            p.aliases.contains(w)
                || (other_names(&p.words).any(|x| x == w.as_str())
                    && !p.words.iter().any(|x| names_a_thing(x)))
        };
        // An honorific overrules the list's guess (`sexed_by_list_only`)
        // for the one person of that surname whom no courtesy title of
        // their own has sexed.
        let by_surname_any_sex = || {
            if gender == Gender::Unknown {
                return None;
            }
            let mut found = pool.iter().copied().filter(|&i| {
                let p = &self.persons[i];
                p.words.len() >= 2
                    && p.personish
                    && same_word(p.surname(), w)
                    && p.sexed_by_list_only()
                    && !p
                        .courtesies
                        .iter()
                        .any(|c| lexicon::honorific(c) == Some(p.gender))
            });
            let first = found.next()?;
            found.next().is_none().then_some(first)
        };
        pick(&by_surname, true)
            .or_else(by_surname_any_sex)
            .or_else(|| pick(&by_first_name, false))
            .or_else(|| self.by_leading_word(w, &pool))
            .or_else(|| self.misspelt_surname(w, gender))
            .or_else(|| {
                let mut found = pool.iter().copied().filter(|i| by_other_name(i));
                let first = found.next()?;
                found.next().is_none().then_some(first)
            })
    }

    /// "Wan Suraya" for Wan Suraya binti Wan Ismail: a Malay name's own
    /// words, before "bin" or "binti" and the father's name, stand for it.
    fn before_patronymic(&self, words: &[String]) -> Option<usize> {
        let mut found = self.listed_under(&words[0]).filter(|&i| {
            let p = &self.persons[i];
            p.patronymic_at() == Some(words.len())
                && p.words[..words.len()]
                    .iter()
                    .zip(words)
                    .all(|(a, b)| same_word(a, b))
        });
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// "the Market Queen, Mama Comfort Adoley Quartey, … Mama Quartey
    /// said", "SACP Hamisi Kitwana Mrisho … SACP Mrisho said": an elder's
    /// style or a police rank in letters before the surname of the one
    /// person named in full with it. (Before a word that is no one's
    /// surname, "Mama Kehinde" is what a woman is called, and "DC Comics"
    /// no one.)
    fn styled_surname(&self, words: &[String]) -> Option<usize> {
        let [style, surname] = words else {
            return None;
        };
        if !lexicon::is_elder_style(style) && !lexicon::is_police_rank(style) {
            return None;
        }
        let mut found = self
            .persons
            .iter()
            .enumerate()
            .filter(|(_, p)| p.words.len() >= 2 && same_word(p.surname(), surname))
            .map(|(i, _)| i);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// Whether the text describes person `i` as a body ("Liste Gruber, the
    /// movement founded last year by …").
    fn described_as_body(&self, i: usize) -> bool {
        const MORE_BODIES: &[&str] = &["movement", "alliance", "front", "coalition", "list"];
        self.persons[i].role.as_deref().is_some_and(|role| {
            let mut words = role
                .split_whitespace()
                .map(|w| w.to_lowercase())
                .skip_while(|w| matches!(w.as_str(), "a" | "an" | "the") || w.ends_with("'s"));
            let head = words.next();
            // "team leader", "group chief executive": a post in a body.
            let post_follows = words.next().is_some_and(|w| lexicon::is_role_noun(&w));
            !post_follows
                && head.is_some_and(|h| {
                    lexicon::BODY_EPITHETS.contains(&h.as_str())
                        || MORE_BODIES.contains(&h.as_str())
                })
        })
    }

    /// "Yahya Sarea said ... \"...,\" Saree said": a surname written one
    /// letter off (a slip, or another transliteration) is the one person
    /// whose surname it nearly is. Only for surnames long enough that one
    /// letter does not make another common name, never for a known given
    /// name, and only when exactly one person is that near.
    fn misspelt_surname(&self, w: &str, gender: Gender) -> Option<usize> {
        /// "Chen" and "Chan" are two families; "Sarea" and "Saree" one.
        const MIN_LETTERS: usize = 5;
        if w.len() < MIN_LETTERS || w.chars().count() < MIN_LETTERS {
            return None;
        }
        // The cheap spelling test first: most surnames fail it at once.
        let mut near = self.persons.iter().enumerate().filter(|(_, p)| {
            p.words.len() >= 2
                && surname_may_open_like(p, w)
                && one_letter_apart(p.surname(), w)
                && p.gender.compatible(gender)
                && !p.words.iter().any(|x| names_a_thing(x))
        });
        let (first, _) = near.next()?;
        // The given-name list is read last: most words have no near person.
        if near.next().is_some() || lexicon::is_given_name(w) {
            return None;
        }
        // "Janson" among a Jansen and a Janssen: another surname that opens
        // alike makes the slip ambiguous.
        let opening = &w[..w.char_indices().nth(3).map_or(w.len(), |(i, _)| i)];
        let alike = self
            .persons
            .iter()
            .enumerate()
            .any(|(i, p)| i != first && p.words.len() >= 2 && p.surname().starts_with(opening));
        (!alike).then_some(first)
    }

    /// "Kim said" for Kim Jong Un, "Xi said" for Xi Jinping: a family name
    /// written first. A lone word that no one's surname or known given name
    /// is, and no nation's name ("Saudi"), stands for the one full name it
    /// opens, unless what follows it names a body, an event or a post
    /// ("Obama Speech", "Clinton Foundation"): that is no person's name.
    fn by_leading_word(&self, w: &str, pool: &[usize]) -> Option<usize> {
        // Most lone words open no full name: the cheap test first.
        let opens = |i: &usize| {
            let p = &self.persons[*i];
            p.words.len() >= 2 && p.words[0] == w
        };
        let mut found = pool.iter().copied().filter(opens);
        let first = found.next()?;
        if lexicon::is_demonym(w) {
            return None;
        }
        // "Zhiyun" for Zhiyun Motors: a firm is written short without its
        // kind, also beside its products ("the Zhiyun S7").
        let kind_only = |i: usize| {
            self.persons[i].words[1..]
                .iter()
                .all(|x| BODY_KINDS.contains(&x.as_str()))
        };
        if found.next().is_some() {
            let mut firms = pool.iter().copied().filter(opens).filter(|&i| kind_only(i));
            let firm = firms.next()?;
            return firms.next().is_none().then_some(firm);
        }
        let p = &self.persons[first];
        (kind_only(first) || !p.words[1..].iter().any(|x| names_a_thing(x))).then_some(first)
    }

    /// Among people sharing a surname: one the article has introduced by
    /// `at` when any is ("President Obama" before "Michelle Obama" is
    /// named is not her); of those, the one written most often in full or
    /// with an honorific, the one the article introduced first breaking
    /// ties (a bare surname most often means the person the story is about,
    /// not a relative named in passing since).
    fn most_salient(&self, candidates: &[usize], at: usize, by_surname: bool) -> usize {
        let introduced: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| self.persons[i].first_at <= at)
            .collect();
        let candidates = if introduced.is_empty() {
            candidates
        } else {
            &introduced[..]
        };
        // "Connor Lusk, 22, said after the game … 'Nobody took their boots
        // off,' Lusk said": of relatives sharing a surname, the one written
        // just before, when no other was, is the one meant; unless that
        // one was brought in as another's relative ("his wife, Ingrid
        // Lindqvist,") and the surname's main bearer is among them.
        if by_surname {
            let from = self
                .sightings
                .partition_point(|s| s.at + SURNAME_FOCUS_REACH < at);
            let mut near = self.sightings[from..]
                .iter()
                .take_while(|s| s.at < at)
                .filter(|s| candidates.contains(&s.person))
                .map(|s| s.person);
            if let Some(first) = near.next() {
                let outranked = self.persons[first].relative
                    && candidates.iter().any(|&i| !self.persons[i].relative);
                if near.all(|i| i == first) && !outranked {
                    return first;
                }
            }
        }
        let first_seen = |i: usize| {
            self.sightings
                .iter()
                .find(|s| s.person == i)
                .map_or(usize::MAX, |s| s.at)
        };
        *candidates
            .iter()
            .max_by_key(|&&i| {
                (
                    !self.persons[i].relative,
                    std::cmp::Reverse(first_seen(i)),
                    self.persons[i].full_mentions + self.persons[i].gendered_mentions,
                )
            })
            .unwrap_or(&candidates[0])
    }

    /// Whether person `i` has the surname `w` and someone else of the
    /// article has it too ("Dunleavy" for mother and son).
    pub fn shares_surname(&self, i: usize, w: &str) -> bool {
        let bears = |p: &Person| p.words.len() >= 2 && same_word(p.surname(), w);
        bears(&self.persons[i])
            && self
                .persons
                .iter()
                .enumerate()
                .any(|(j, p)| j != i && bears(p))
    }

    /// The most recent person written before `at` (not before `since`) whose
    /// gender fits: one known to have that gender first, else one whose
    /// gender is unknown ("she" is Hillary Clinton, not "fellow Democrats"
    /// written after her).
    pub fn recent(&self, gender: Gender, since: usize, at: usize) -> Option<usize> {
        let known = (gender != Gender::Unknown)
            .then(|| {
                self.latest(since, at, |i| {
                    let p = &self.persons[i];
                    p.personish && p.gender == gender
                })
            })
            .flatten();
        known.or_else(|| {
            self.latest(since, at, |i| {
                let p = &self.persons[i];
                p.personish && p.gender.compatible(gender)
            })
        })
    }

    /// As [`People::recent`], for a name no list marks as a person's
    /// ("Her name is Anahit Sargsyan. … \"…,\" she says": "Anahit" is in
    /// no list of given names): two to four capitalised words, none of
    /// them a body's, a place's or a post's. Asked only when no person fits.
    pub fn recent_name_like(&self, gender: Gender, since: usize, at: usize) -> Option<usize> {
        self.latest(since, at, |i| {
            let p = &self.persons[i];
            (2..=4).contains(&p.words.len())
                && p.gender.compatible(gender)
                && p.words.iter().all(|w| {
                    crate::tokens::is_capitalized(w)
                        && !lexicon::is_org_word(w)
                        && !lexicon::is_place_name(std::slice::from_ref(w))
                        && !lexicon::is_demonym(w)
                        && !lexicon::is_country(w)
                        && lexicon::title(w).is_none()
                        && !is_acronym(w)
                })
                && !lexicon::is_place_name(&p.words)
        })
    }

    /// The first person written after offset `at` (before `until`) whom a
    /// pronoun of `gender` may stand for: "the woman in the wool hat …
    /// \"…,\" she says. ¶ Her name is Anahit Sargsyan." A feature's
    /// opening may name its subject after her first words.
    pub fn first_after(&self, gender: Gender, at: usize, until: usize) -> Option<usize> {
        let from = self.sightings.partition_point(|s| s.at <= at);
        self.sightings[from..]
            .iter()
            .take_while(|s| s.at < until)
            .map(|s| s.person)
            .find(|&i| {
                let p = &self.persons[i];
                p.words.len() >= 2
                    && p.gender.compatible(gender)
                    && !p.words.iter().any(|w| lexicon::is_org_word(w))
            })
    }

    /// The person of the latest sighting before offset `at` (not before
    /// `since`) that `accept` takes.
    pub fn latest(&self, since: usize, at: usize, accept: impl Fn(usize) -> bool) -> Option<usize> {
        self.sightings
            .iter()
            .rev()
            .skip_while(|s| s.at >= at)
            .take_while(|s| s.at >= since)
            .map(|s| s.person)
            .find(|&i| accept(i))
    }

    /// "His wife", "her brother" with no one introduced as such: of the
    /// others sharing the surname of the latest person `possessor` stands
    /// for (whom "his" means), the one of the kinship's sex ("Priya and Tom
    /// Gallacher … His wife said"). Only when one is: of a widow's late
    /// husband and his brother, "her husband" could be either.
    pub fn relative_sharing_surname(
        &self,
        possessor: Gender,
        kin: &str,
        at: usize,
    ) -> Option<usize> {
        if possessor == Gender::Unknown {
            return None;
        }
        let owner = self.recent(possessor, 0, at)?;
        let p = &self.persons[owner];
        if p.words.len() < 2 {
            return None;
        }
        let sex = lexicon::noun_gender(kin);
        let kin_of = |i: usize| {
            i != owner && self.persons[i].personish && self.persons[i].gender.compatible(sex)
        };
        let mut kin = self
            .sharing_surname(p.surname())
            .into_iter()
            .filter(|&i| kin_of(i));
        let only = kin.next()?;
        kin.next().is_none().then_some(only)
    }

    /// The person holding the role a description names ("the Israeli PM",
    /// "the senator"): the most recent one before `at`, else the first after.
    pub fn by_role(&self, description: &[String], at: usize) -> Option<usize> {
        self.by_role_where(description, at, |_| true)
    }

    /// How far after a description (in bytes, about two paragraphs) the
    /// holder it names may first be written.
    const HOLDER_AFTER_REACH: usize = 1000;

    /// [`People::by_role`] among the persons `also` accepts.
    pub fn by_role_where(
        &self,
        description: &[String],
        at: usize,
        also: impl Fn(&Person) -> bool,
    ) -> Option<usize> {
        self.holder(description, at, also, Self::HOLDER_AFTER_REACH)
    }

    /// [`People::by_role`] written before `at` only.
    pub fn by_role_before(&self, description: &[String], at: usize) -> Option<usize> {
        self.holder(description, at, |_| true, 0)
    }

    fn holder(
        &self,
        description: &[String],
        at: usize,
        also: impl Fn(&Person) -> bool,
        reach_after: usize,
    ) -> Option<usize> {
        // "The Regional Commissioner for Coastal Affairs": the head is the
        // post before its qualifier, not the qualifier's last word.
        let head = lexicon::description_head(description)?.to_lowercase();
        let head = match head.as_str() {
            "pm" => "prime minister".to_string(),
            h => h.to_string(),
        };
        let body_head = lexicon::BODY_EPITHETS.contains(&head.as_str());
        let holds = |i: usize| {
            let p = &self.persons[i];
            // "In a statement to CNN, a Lumora spokeswoman said": an
            // acronym is a body, which holds no one's post.
            if p.words.len() == 1 && is_acronym(&p.words[0]) {
                return false;
            }
            // "Prof Ann Lee, an ecologist, ... The Oxford professor said":
            // the courtesy title names the post too.
            let courtesy_post = p.courtesies.iter().any(|c| {
                let noun = match c.trim_end_matches('.') {
                    "Prof" | "Professor" => "professor",
                    "Dr" | "Doctor" => "doctor",
                    "Cllr" | "Councillor" => "councillor",
                    _ => "",
                };
                noun == head
            });
            if courtesy_post {
                return true;
            }
            // "the European Space Agency's CryoSat-2": a body named as the
            // role is what the person or thing belongs to; "the agency" is
            // that body, not what it owns.
            let body_named = |r: &String| {
                body_head
                    && r.split_whitespace().all(|w| {
                        crate::tokens::is_capitalized(w)
                            || matches!(w, "of" | "for" | "and" | "the")
                    })
            };
            p.role
                .iter()
                .chain(p.kin.iter())
                .chain(&p.ranks)
                .filter(|r| !body_named(r))
                .any(|r| {
                    // "Sen." holds the role "the senator" names.
                    let spelled: Vec<&str> = r
                        .split_whitespace()
                        .map(|w| lexicon::title(w).unwrap_or(w))
                        .collect();
                    let role = spelled.join(" ").to_lowercase();
                    // "the airline" is no "airline's chief executive": the
                    // body that possesses a post does not hold it.
                    // "Lady Justice Ann Lee ... the judge wrote": a judge's
                    // title may be "Justice"; an officer's, a police rank.
                    let alternates: &[&str] = match head.as_str() {
                        "judge" => &["justice", "magistrate"],
                        "officer" => &[
                            "inspector",
                            "superintendent",
                            "constable",
                            "sergeant",
                            "detective",
                        ],
                        _ => &[],
                    };
                    std::iter::once(head.as_str())
                        .chain(alternates.iter().copied())
                        .any(|h| {
                            role.match_indices(h).any(|(k, m)| {
                                let after = &role[k + m.len()..];
                                // A whole word: "mayoral campaigns" holds no
                                // mayor, "chairmanship" no chairman.
                                let whole = !role[..k].ends_with(char::is_alphabetic)
                                    && !after.starts_with(char::is_alphabetic);
                                // "the group" is the body an apposition calls
                                // "an environmental group", not the one whose
                                // post is "head of the group" or "group chair".
                                let body_not_ended = body_head && !after.trim().is_empty();
                                whole
                                    && !(after.starts_with("'s")
                                        || after.starts_with("’s")
                                        || body_not_ended)
                            })
                        })
                })
        };
        // A person is sighted many times: whether they fit is worked out at
        // their first sighting only (it lowercases and joins their roles).
        let fit: Vec<std::cell::OnceCell<bool>> =
            vec![std::cell::OnceCell::new(); self.persons.len()];
        let fits = |s: &Sighting| {
            *fit[s.person].get_or_init(|| holds(s.person) && also(&self.persons[s.person]))
        };
        // "the Harlan Lake chief" of two fire chiefs: the one whose post
        // holds the place the description names, before the latest chief.
        let named: Vec<String> = description
            .iter()
            .filter(|w| {
                crate::tokens::is_capitalized(w)
                    && !matches!(w.as_str(), "The" | "A" | "An")
                    && lexicon::title(w).is_none()
                    && w.to_lowercase() != head
            })
            .map(|w| w.to_lowercase())
            .collect();
        let placed = |s: &Sighting| {
            let p = &self.persons[s.person];
            fits(s)
                && p.role.as_ref().is_some_and(|r| {
                    let r = r.to_lowercase();
                    named.iter().all(|w| r.contains(w.as_str()))
                })
        };
        let latest_fit = |fit: &dyn Fn(&Sighting) -> bool| {
            self.sightings
                .iter()
                .rev()
                .filter(|s| s.at < at)
                .find(|s| fit(s))
                .or_else(|| {
                    // "the former minister … Marie-Claire Ngo Biyong": a
                    // holder named soon after, in a lede; not one named
                    // paragraphs later ("the chief said" of an Omanhene is
                    // not the Chief Imam who speaks further on).
                    self.sightings
                        .iter()
                        .take_while(|s| s.at < at + reach_after)
                        .find(|s| fit(s))
                })
                .map(|s| s.person)
        };
        (!named.is_empty())
            .then(|| latest_fit(&placed))
            .flatten()
            .or_else(|| latest_fit(&fits))
    }
}

impl People {
    /// Fills [`People::lone_words`] from the persons as they now stand.
    fn index_lone_words(&mut self) {
        self.lone_words = Some(FastMap::default());
        for i in 0..self.persons.len() {
            self.index_person(i);
        }
    }

    /// The persons a lone word may stand for, in order: those
    /// [`People::lone_words`] lists under it, or everyone before it is built.
    fn lone_word_pool(&self, w: &str) -> std::borrow::Cow<'_, [usize]> {
        match &self.lone_words {
            Some(index) => index.get(w).map_or(&[][..], Vec::as_slice).into(),
            None => (0..self.persons.len()).collect::<Vec<_>>().into(),
        }
    }

    /// In order, the persons whose name may hold `w` as a word that stands
    /// alone, among them everyone whose name opens with it: those
    /// [`People::lone_words`] lists, or everyone before it is built. (Full
    /// names are looked up at every mention: reading only these keeps the
    /// lookups from growing with the number of people.)
    fn listed_under(&self, w: &str) -> impl Iterator<Item = usize> + '_ {
        let (listed, everyone) = match &self.lone_words {
            Some(index) => (index.get(w).map_or(&[][..], Vec::as_slice), 0..0),
            None => (&[][..], 0..self.persons.len()),
        };
        listed.iter().copied().chain(everyone)
    }

    /// Adds person `i`, the last indexed so far, to [`People::lone_words`]
    /// under each word that may stand alone for them.
    fn index_person(&mut self, i: usize) {
        let Some(index) = self.lone_words.as_mut() else {
            return;
        };
        let p = &self.persons[i];
        let n = p.words.len();
        let surnames = [Some(p.surname()), (n >= 3).then(|| p.words[n - 2].as_str())];
        for w in surnames
            .into_iter()
            .flatten()
            .chain(p.words.first().map(String::as_str))
            .chain(other_names(&p.words))
            .chain(p.aliases.iter().map(String::as_str))
        {
            // (Most words are indexed once: the key is copied only then.)
            match index.get_mut(w) {
                Some(list) if list.last() == Some(&i) => {}
                Some(list) => list.push(i),
                None => {
                    index.insert(w.to_string(), vec![i]);
                }
            }
        }
    }

    /// Each person's age as first set off after their full name ("Mr Tan
    /// Jun Wei, 38,").
    pub fn note_ages(&mut self, doc: &Document, mentions: &[NameMention]) {
        for m in mentions.iter().filter(|m| m.name.len() >= 2) {
            let Some(age) = m.closed_age(doc) else {
                continue;
            };
            if let Some(i) = self.resolve_name(&m.name, m.at) {
                self.persons[i].age.get_or_insert(age);
            }
        }
    }

    /// A person the body names only by surname ("Clinton said") takes the
    /// full name the headline gives ("Hillary Clinton Wins ..."): the body
    /// often drops the given name the headline spells out. Only a known given
    /// name right before the surname counts, since headlines capitalise
    /// every word.
    pub fn complete_from_headline(&mut self, doc: &Document) {
        let (Some(para), Some(&(first, end))) = (doc.paras.first(), doc.para_tokens.first()) else {
            return;
        };
        if !para.noise {
            return;
        }
        let words: Vec<&str> = (first..end)
            .filter(|&t| doc.tokens[t].is_word)
            .map(|t| doc.word(t))
            .collect();
        let mut completed = false;
        for p in self.persons.iter_mut().filter(|p| p.words.len() == 1) {
            let surname = p.words[0].as_str();
            let given = words.windows(2).find_map(|w| {
                let g = lexicon::first_name_gender(w[0]);
                (w[1] == surname && g != Gender::Unknown && p.gender.compatible(g))
                    .then_some((w[0], g))
            });
            if let Some((g, gender)) = given {
                p.name = format!("{g} {surname}");
                p.words = vec![g.to_string(), surname.to_string()];
                if p.gender == Gender::Unknown {
                    p.gender = gender;
                }
                completed = true;
            }
        }
        // The given names are new first words. (Most headlines complete no
        // one, and the index then stands as built.)
        if completed && self.lone_words.is_some() {
            self.index_lone_words();
        }
    }
}

/// "her husband", "Jones's wife": a post that says whose relative someone is.
pub fn is_kin(role: &str) -> bool {
    const KIN: &[&str] = &[
        "husband",
        "wife",
        "son",
        "daughter",
        "mother",
        "father",
        "mom",
        "mum",
        "dad",
        "brother",
        "sister",
        "partner",
        "boyfriend",
        "girlfriend",
        "fiancé",
        "fiancée",
        "uncle",
        "aunt",
        "cousin",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "nephew",
        "niece",
        "widow",
        "widower",
    ];
    role.split_whitespace()
        .last()
        .is_some_and(|w| KIN.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// A word of capitals only ("NPR", "USGS"): a body's name, not a person's.
fn is_acronym(word: &str) -> bool {
    word.chars().all(|c| !c.is_lowercase())
}

/// A name that is never a person's, however a verb or a pronoun treats it:
/// an acronym ("NPR", "USGS") or a country alone ("Hale says it depends
/// on whether Australia continues. \"…,\" he said": no "he").
fn never_a_person(words: &[String]) -> bool {
    words.len() == 1 && (is_acronym(&words[0]) || lexicon::is_country(&words[0]))
}

impl People {
    /// Gives a person whose gender was unknown the gender of a pronoun that
    /// stood for them.
    pub fn learn_gender(&mut self, i: usize, g: Gender) {
        let p = &mut self.persons[i];
        if p.gender == Gender::Unknown && p.personish {
            p.gender = g;
        }
    }

    /// Marks a person as one who speaks: a reporting verb makes them a person,
    /// unless the name is an organisation's ("the Senate Committee said").
    pub fn mark_speaker(&mut self, i: usize) {
        let p = &mut self.persons[i];
        // An acronym ("NPR", "USGS") or a country that speaks is a body.
        p.personish = !never_a_person(&p.words) && !p.words.iter().any(|w| lexicon::is_org_word(w));
    }
}

#[cfg(test)]
mod tests {
    use super::super::mentions::all_names;
    use super::*;

    fn people(text: &str) -> (Document<'_>, People) {
        let d = Document::new(text);
        let m = all_names(&d);
        let p = People::build(&m, &[]);
        (d, p)
    }

    #[test]
    fn one_letter_apart_is_one_change_addition_or_drop() {
        assert!(one_letter_apart("Sarea", "Saree"));
        assert!(one_letter_apart("Nasrallah", "Nasrallh"));
        assert!(one_letter_apart("Nasrallh", "Nasrallah"));
        assert!(one_letter_apart("Müller", "Muller"));
        assert!(one_letter_apart("Muller", "Müller"));
        assert!(one_letter_apart("Ramírez", "Ramíres"));
        assert!(!one_letter_apart("Sarea", "Sarea"));
        assert!(!one_letter_apart("Sarea", "Tarea"));
        assert!(one_letter_apart("Jansen", "Janssen") && one_letter_apart("Janssen", "Jansen"));
        assert!(!one_letter_apart("Janson", "Janssen"));
        assert!(!one_letter_apart("Sarea", "Saraeb"));
    }

    #[test]
    fn surnames_resolve_to_the_full_name() {
        let (_, p) = people("Governor Ann Marie Lee spoke today. Then Lee left the hall.");
        let w = vec!["Lee".to_string()];
        let i = p.resolve_name(&w, 40).unwrap();
        assert_eq!(p.persons[i].name, "Ann Marie Lee");
        assert_eq!(p.persons[i].role.as_deref(), Some("Governor"));
        assert_eq!(p.persons[i].gender, Gender::Female);
    }

    #[test]
    fn two_people_sharing_a_surname_stay_apart() {
        let (_, p) = people(
            "Hillary Clinton spoke. Hillary Clinton smiled. Bill Clinton waved at the crowd.",
        );
        assert_eq!(p.persons.len(), 2);
        let i = p.resolve_name(&["Clinton".to_string()], 70).unwrap();
        assert_eq!(p.persons[i].name, "Hillary Clinton");
    }

    #[test]
    fn a_surname_takes_the_given_name_the_headline_spells_out() {
        let text = "Maria Okafor Opens The New City Library Today\n\n\"Books are for everyone,\" Okafor said.";
        let d = Document::new(text);
        let m = all_names(&d);
        let mut p = People::build(&m, &["Okafor".to_string()]);
        p.complete_from_headline(&d);
        let i = p.resolve_name(&["Okafor".to_string()], 60).unwrap();
        assert_eq!(p.persons[i].name, "Maria Okafor");
    }

    #[test]
    fn a_surname_that_is_also_a_given_name_takes_the_headlines_full_name() {
        // "Warren" is a man's given name too: as a lone surname it is no clue
        // to gender, so the headline's "Elizabeth Warren" completes it.
        let text = "Elizabeth Warren Hammers The Bank\n\n\"You should resign,\" Warren said.";
        let d = Document::new(text);
        let m = all_names(&d);
        let mut p = People::build(&m, &["Warren".to_string()]);
        p.complete_from_headline(&d);
        let i = p.resolve_name(&["Warren".to_string()], 60).unwrap();
        assert_eq!(p.persons[i].name, "Elizabeth Warren");
        assert_eq!(p.persons[i].gender, Gender::Female);
    }

    #[test]
    fn a_shared_surname_means_the_person_introduced_first() {
        let (_, p) = people("President Ann Park spoke. Her son Tom Park waved at the crowd.");
        let i = p.resolve_name(&["Park".to_string()], 70).unwrap();
        assert_eq!(p.persons[i].name, "Ann Park");
    }

    #[test]
    fn descriptions_find_the_role_holder() {
        let (_, p) = people("Prime Minister Tom Park of Utopia arrived on time, as planned.");
        let i = p
            .by_role(&["Utopian".to_string(), "PM".to_string()], 60)
            .unwrap();
        assert_eq!(p.persons[i].name, "Tom Park");
    }
}
