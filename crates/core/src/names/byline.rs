//! A byline read into its authors: "By Jane Doe and John Roe", "Sarah Smith
//! in Washington", "Jane Doe | Reuters", "Doe, Jane", "The Associated Press".

use super::organisation::{has_institution_word, is_organisation, is_wire_service};
use super::person::{is_suffix, parse_inverted, parse_person, title_case_shouted};
use super::{Author, PersonName};

/// What a byline may begin with before the names, lowercase.
const LEAD_INS: &[&str] = &[
    "written by",
    "story by",
    "reporting by",
    "words by",
    "text by",
    "posted by",
    "by:",
    "by",
    "par",
    "por",
];

/// Words that describe a job, not a person ("Staff Writer").
const JOB_WORDS: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "columnist",
    "photographer",
    "journalist",
    "producer",
    "analyst",
    "author",
    "staff",
];

/// Where an outlet or section follows the names: "Jane Doe | Reuters",
/// "Jane Doe — World".
const TAIL_MARKS: &[&str] = &["|", " — ", " – ", " · ", " • ", " / "];

/// Words between authors: "Jane Doe and John Roe", "Doe & Roe", "with".
/// (Not Spanish " y ", which also joins family names: "Ortega y Gasset".)
const JOINERS: &[&str] = &[" and ", " AND ", " & ", ";", " with ", " und ", " et "];

/// The authors a byline names, in order, each once. People are split into
/// their parts; wire services and other institutions are kept whole. Job
/// titles ("Staff Writer"), places ("in Washington"), outlets after a bar
/// ("| Reuters") and an affiliation after a person ("Jane Doe, Reuters") are
/// not authors. Never fails: a byline it cannot read gives fewer names.
pub fn parse_byline(byline: &str) -> Vec<Author> {
    let text = byline.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = cut_tail(&text);
    let text = strip_lead_in(text);
    let mut authors: Vec<Author> = Vec::new();
    for chunk in split_joined(text) {
        read_chunk(chunk, &mut authors);
    }
    let mut unique: Vec<Author> = Vec::new();
    for author in authors {
        if !unique.contains(&author) {
            unique.push(author);
        }
    }
    unique
}

fn cut_tail(text: &str) -> &str {
    let cut = TAIL_MARKS
        .iter()
        .filter_map(|mark| text.find(mark))
        .min()
        .unwrap_or(text.len());
    let head = text[..cut].trim();
    if head.is_empty() {
        text.trim_start_matches(['|', '—', '–', '·', '•', '/', ' '])
    } else {
        head
    }
}

fn strip_lead_in(mut text: &str) -> &str {
    loop {
        let lower = text.to_lowercase();
        let Some(lead) = LEAD_INS.iter().find(|lead| {
            lower.starts_with(*lead)
                && (lead.ends_with(':')
                    || lower.len() == lead.len()
                    || lower[lead.len()..].starts_with([' ', ':']))
        }) else {
            return text;
        };
        // The lead-ins are ASCII, so the byte length matches; `get` guards the
        // odd letter whose lowercase is ASCII (the Kelvin sign).
        let Some(rest) = text.get(lead.len()..) else {
            return text;
        };
        text = rest.trim_start_matches([' ', ':']);
    }
}

fn split_joined(text: &str) -> Vec<&str> {
    let mut chunks = vec![text];
    for joiner in JOINERS {
        chunks = chunks
            .into_iter()
            .flat_map(|c| c.split(joiner))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
    }
    chunks
}

/// One run of names between joiners: "Jane Doe, John Roe", "King, Martin
/// Luther, Jr.", "Ana Lima, Staff Writer".
fn read_chunk(chunk: &str, authors: &mut Vec<Author>) {
    // "additional reporting by John Roe": the name is what follows "by".
    let chunk = match chunk.rfind(" by ") {
        Some(at) => &chunk[at + 4..],
        None => chunk,
    };
    let parts: Vec<String> = chunk.split(',').filter_map(tidy_part).collect();
    let mut rest: &[String] = &parts;
    if let Some(person) = inverted(&parts) {
        let used = 2 + usize::from(person.suffix.is_some());
        authors.push(Author::Person(person));
        rest = &parts[used.min(parts.len())..];
    }
    let chunk_start = authors.len();
    for part in rest {
        if is_suffix(part) {
            if let Some(Author::Person(last)) = authors.last_mut() {
                last.suffix.get_or_insert_with(|| part.clone());
            }
            continue;
        }
        let Some(name) = clean_name(part) else {
            continue;
        };
        if is_organisation(&name) && !shouted_person(&name) {
            // "Jane Doe, Reuters": the agency a person writes for is not a
            // second author.
            let follows_person =
                authors.len() > chunk_start && matches!(authors.last(), Some(Author::Person(_)));
            if !follows_person {
                authors.push(Author::Organisation { name });
            }
            continue;
        }
        let name = if shouted_person(&name) {
            title_case_shouted(&name)
        } else {
            name
        };
        authors.push(Author::Person(parse_person(&name)));
    }
}

/// A comma-separated part without stray punctuation around it; a final
/// period stays when it belongs to a suffix or an initial ("Jr.", "Jane Q.").
fn tidy_part(part: &str) -> Option<String> {
    let part = part
        .trim()
        .trim_start_matches(['.', ':'])
        .trim_end_matches(':')
        .trim();
    let last = part.split_whitespace().last()?;
    let keeps_period = is_suffix(last) || last.trim_end_matches('.').chars().count() == 1;
    let part = if keeps_period {
        part
    } else {
        part.trim_end_matches('.').trim_end()
    };
    (!part.is_empty()).then(|| part.to_string())
}

/// "Doe, Jane" or "King, Martin Luther, Jr.": family name first, when the
/// first part is one word (after any lowercase particles) and the second
/// reads as given names.
fn inverted(parts: &[String]) -> Option<PersonName> {
    let [family, given, rest @ ..] = parts else {
        return None;
    };
    let family_words: Vec<&str> = family.split_whitespace().collect();
    let (last, particles) = family_words.split_last()?;
    let particles_lowercase = particles
        .iter()
        .all(|w| w.chars().all(|c| !c.is_alphabetic() || c.is_lowercase()));
    let given_words: Vec<&str> = given.split_whitespace().collect();
    let reads_as_given = (1..=3).contains(&given_words.len())
        && given_words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_suffix(w));
    let not_an_institution = !is_wire_service(family)
        && !is_wire_service(given)
        && !has_institution_word(family)
        && !has_institution_word(given)
        && !is_job(given)
        && !given.contains('@');
    if !particles_lowercase || !reads_as_given || !not_an_institution || last.is_empty() {
        return None;
    }
    let suffix = rest.first().filter(|s| is_suffix(s)).map(String::as_str);
    Some(parse_inverted(family, given, suffix))
}

fn is_job(part: &str) -> bool {
    part.split_whitespace()
        .any(|w| JOB_WORDS.contains(&w.to_lowercase().trim_matches('.')))
}

/// A name without what bylines add to it: a place ("in Washington",
/// "reporting from Kyiv"), an e-mail address or handle. `None` for a part
/// that is no name at all (a job title, a lone place).
fn clean_name(part: &str) -> Option<String> {
    let lower = part.to_lowercase();
    if ["in ", "from ", "reporting from ", "at "]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for word in part.split_whitespace() {
        let w = word.to_lowercase();
        // Everything from "in Washington" or "reporting from Kyiv" on is a place.
        if matches!(word, "in" | "from" | "reporting") && !words.is_empty() {
            break;
        }
        if word.contains('@') || w.starts_with("http") {
            continue;
        }
        words.push(word);
    }
    let name = words.join(" ");
    let name = name.trim_matches(|c: char| c == ':' || c == '-' || c.is_whitespace());
    if name.is_empty() || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    // "Staff Writer" describes a job; "Reuters Staff" names a newsroom.
    if is_job(name) && !is_wire_service_prefix(name) {
        return None;
    }
    // A lone lowercase word ("staff", "additional") is no name.
    if !name.contains(' ') && name.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    Some(name.to_string())
}

/// "Reuters Staff", "AP Staff": an agency's name followed by a job word.
fn is_wire_service_prefix(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..words.len()).any(|n| is_wire_service(&words[..n].join(" ")))
}

/// "JANE DOE": a person's name set in capitals, not an acronym or agency.
fn shouted_person(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    name.split_whitespace().count() >= 2
        && letters.len() > 4
        && letters.iter().all(|c| c.is_uppercase())
        && !is_wire_service(name)
        && !has_institution_word(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_byline_gives_names_that_print(byline in "\\PC{0,80}") {
            for author in parse_byline(&byline) {
                prop_assert!(!author.natural().trim().is_empty());
                if let Author::Person(p) = author {
                    prop_assert!(!p.family.trim().is_empty());
                }
            }
        }
    }

    fn person(given: &str, particle: Option<&str>, family: &str, suffix: Option<&str>) -> Author {
        Author::Person(PersonName {
            given: Some(given.to_string()),
            family: family.to_string(),
            particle: particle.map(str::to_string),
            suffix: suffix.map(str::to_string),
        })
    }

    fn org(name: &str) -> Author {
        Author::Organisation {
            name: name.to_string(),
        }
    }

    #[test]
    fn two_people_after_by() {
        assert_eq!(
            parse_byline("By Jane Doe and John Roe"),
            vec![
                person("Jane", None, "Doe", None),
                person("John", None, "Roe", None)
            ]
        );
    }

    #[test]
    fn three_people_with_a_serial_comma() {
        assert_eq!(
            parse_byline("By Ana Lima, Jonas Ørsted, and Zoë Ng"),
            vec![
                person("Ana", None, "Lima", None),
                person("Jonas", None, "Ørsted", None),
                person("Zoë", None, "Ng", None)
            ]
        );
    }

    #[test]
    fn suffixes_stay_with_their_person() {
        assert_eq!(
            parse_byline("By Martin Luther King Jr."),
            vec![person("Martin Luther", None, "King", Some("Jr."))]
        );
        assert_eq!(
            parse_byline("John Smith, III and Ann Poe Sr."),
            vec![
                person("John", None, "Smith", Some("III")),
                person("Ann", None, "Poe", Some("Sr."))
            ]
        );
    }

    #[test]
    fn particles() {
        assert_eq!(
            parse_byline("By Juan de la Cruz and Mohammed bin Salman"),
            vec![
                person("Juan", Some("de la"), "Cruz", None),
                person("Mohammed", Some("bin"), "Salman", None)
            ]
        );
        assert_eq!(
            parse_byline("Ludwig van Beethoven"),
            vec![person("Ludwig", Some("van"), "Beethoven", None)]
        );
    }

    #[test]
    fn agencies_are_institutional_authors() {
        assert_eq!(
            parse_byline("The Associated Press"),
            vec![org("The Associated Press")]
        );
        assert_eq!(parse_byline("By Reuters"), vec![org("Reuters")]);
        assert_eq!(
            parse_byline("Associated Press"),
            vec![org("Associated Press")]
        );
        assert_eq!(
            parse_byline("By Jane Doe and The Associated Press"),
            vec![
                person("Jane", None, "Doe", None),
                org("The Associated Press")
            ]
        );
    }

    #[test]
    fn places_outlets_and_affiliations_are_not_authors() {
        assert_eq!(
            parse_byline("Sarah Smith in Washington"),
            vec![person("Sarah", None, "Smith", None)]
        );
        assert_eq!(
            parse_byline("Jane Doe | Reuters"),
            vec![person("Jane", None, "Doe", None)]
        );
        assert_eq!(
            parse_byline("By Jane Doe, Associated Press"),
            vec![person("Jane", None, "Doe", None)]
        );
        assert_eq!(
            parse_byline("Ana Lima, Staff Writer"),
            vec![person("Ana", None, "Lima", None)]
        );
        assert_eq!(
            parse_byline("By Jane Doe and John Roe in Kyiv — World"),
            vec![
                person("Jane", None, "Doe", None),
                person("John", None, "Roe", None)
            ]
        );
    }

    #[test]
    fn family_name_first() {
        assert_eq!(
            parse_byline("Smith, Jane"),
            vec![person("Jane", None, "Smith", None)]
        );
        assert_eq!(
            parse_byline("King, Martin Luther, Jr."),
            vec![person("Martin Luther", None, "King", Some("Jr."))]
        );
        assert_eq!(
            parse_byline("Doe, Jane and Roe, John"),
            vec![
                person("Jane", None, "Doe", None),
                person("John", None, "Roe", None)
            ]
        );
        assert_eq!(
            parse_byline("van Beethoven, Ludwig"),
            vec![person("Ludwig", Some("van"), "Beethoven", None)]
        );
    }

    #[test]
    fn bylines_in_capitals_and_other_languages() {
        assert_eq!(
            parse_byline("BY JANE DOE"),
            vec![person("Jane", None, "Doe", None)]
        );
        assert_eq!(
            parse_byline("Par Søren Ørsted"),
            vec![person("Søren", None, "Ørsted", None)]
        );
    }

    #[test]
    fn additional_reporting_credits_are_authors() {
        assert_eq!(
            parse_byline("By Jane Doe with additional reporting by John Roe"),
            vec![
                person("Jane", None, "Doe", None),
                person("John", None, "Roe", None)
            ]
        );
        assert_eq!(parse_byline("Reuters Staff"), vec![org("Reuters Staff")]);
    }

    #[test]
    fn nothing_to_read_gives_no_names() {
        assert!(parse_byline("").is_empty());
        assert!(parse_byline("By ").is_empty());
        assert!(parse_byline("Staff Writer").is_empty());
        assert!(parse_byline(" | ").is_empty());
    }
}
