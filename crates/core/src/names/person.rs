//! One person's name in its parts: given names, a lowercase particle, the
//! family name and a suffix, in natural order ("Martin Luther King Jr.") or
//! inverted ("King, Martin Luther, Jr.").

use super::PersonName;

/// Particles that stay with the family name ("Ludwig van Beethoven",
/// "Mohammed bin Salman", "Juan de la Cruz"). Written lowercase they are a
/// particle (not sorted on); capitalised, they are part of the family name
/// as its bearer writes it ("Oscar De La Hoya", "Ursula Le Guin").
const PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "das", "do", "dos", "del", "della", "der", "den", "des", "di", "du",
    "la", "le", "ter", "ten", "bin", "binti", "ibn", "al", "el", "zu", "af", "av", "y",
];

/// Generational suffixes, compared without a trailing period.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Whether `word` is a generational suffix ("Jr.", "III").
pub fn is_suffix(word: &str) -> bool {
    let bare = word.trim_end_matches([',', '.']).to_lowercase();
    SUFFIXES.contains(&bare.as_str())
}

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Particles that, capitalised, are still read as the start of a family name
/// ("De", "Van", "Le"); short words that are often given or family names on
/// their own ("Y", "Do", "Ten") are left out.
fn is_capitalised_particle(word: &str) -> bool {
    let lower = word.to_lowercase();
    word != lower
        && is_particle(&lower)
        && !matches!(
            lower.as_str(),
            "y" | "do" | "af" | "av" | "ten" | "ter" | "zu"
        )
}

/// A person's name in natural order: "Martin Luther King Jr.", "Ludwig van
/// Beethoven", "Ana Lima". A single word is a family name alone.
pub fn parse_person(name: &str) -> PersonName {
    let mut words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    let mut suffix = None;
    if words.len() > 1 && words.last().is_some_and(|w| is_suffix(w)) {
        suffix = words.pop().map(str::to_string);
    }
    if words.is_empty() {
        return PersonName {
            family: name.trim().to_string(),
            ..Default::default()
        };
    }
    // The first word is always a given name; particles and capitalised
    // particles run back from the last word.
    let mut family_start = words.len() - 1;
    while family_start > 1 && is_capitalised_particle(words[family_start - 1]) {
        family_start -= 1;
    }
    let family = words[family_start..].join(" ");
    let rest = &words[..family_start];
    let mut particle_start = rest.len();
    while particle_start > 1 && is_particle(rest[particle_start - 1]) {
        particle_start -= 1;
    }
    let given = &rest[..particle_start];
    let particle = &rest[particle_start..];
    PersonName {
        given: (!given.is_empty()).then(|| given.join(" ")),
        family,
        particle: (!particle.is_empty()).then(|| particle.join(" ")),
        suffix,
    }
}

/// A name written family first: "King, Martin Luther, Jr.", "van
/// Beethoven, Ludwig", "Doe, Jane".
pub fn parse_inverted(family_part: &str, given_part: &str, suffix: Option<&str>) -> PersonName {
    let mut family_words: Vec<&str> = family_part.split_whitespace().collect();
    let family = family_words.pop().unwrap_or_default().to_string();
    let particle = (!family_words.is_empty()).then(|| family_words.join(" "));
    let given = given_part.split_whitespace().collect::<Vec<_>>().join(" ");
    PersonName {
        given: (!given.is_empty()).then_some(given),
        family,
        particle,
        suffix: suffix.map(str::to_string),
    }
}

/// "JANE DOE" as "Jane Doe": bylines set in capitals keep their letters but
/// not their case. Particles go back to lowercase.
pub fn title_case_shouted(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            if is_particle(&lower) || is_suffix(w) && w.len() <= 4 && !w.contains('.') {
                return if is_suffix(w) { w.to_string() } else { lower };
            }
            capitalise_parts(&lower)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "jean-paul" as "Jean-Paul", "o'neil" as "O'Neil".
fn capitalise_parts(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = matches!(c, '-' | '\'' | '’');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(
        given: &str,
        particle: Option<&str>,
        family: &str,
        suffix: Option<&str>,
    ) -> PersonName {
        PersonName {
            given: Some(given.to_string()),
            family: family.to_string(),
            particle: particle.map(str::to_string),
            suffix: suffix.map(str::to_string),
        }
    }

    #[test]
    fn the_suffix_is_not_the_family_name() {
        assert_eq!(
            parse_person("Martin Luther King Jr."),
            person("Martin Luther", None, "King", Some("Jr."))
        );
        assert_eq!(
            parse_person("John Smith III"),
            person("John", None, "Smith", Some("III"))
        );
        assert_eq!(
            parse_person("Ann Poe, Sr."),
            person("Ann", None, "Poe", Some("Sr."))
        );
    }

    #[test]
    fn particles_stay_with_the_family_name() {
        assert_eq!(
            parse_person("Juan de la Cruz"),
            person("Juan", Some("de la"), "Cruz", None)
        );
        assert_eq!(
            parse_person("Mohammed bin Salman"),
            person("Mohammed", Some("bin"), "Salman", None)
        );
        assert_eq!(
            parse_person("Ursula von der Leyen"),
            person("Ursula", Some("von der"), "Leyen", None)
        );
        // Capitalised, the particle belongs to the family name as written.
        assert_eq!(
            parse_person("Oscar De La Hoya"),
            person("Oscar", None, "De La Hoya", None)
        );
    }

    #[test]
    fn names_in_capitals_are_put_in_title_case() {
        assert_eq!(
            title_case_shouted("JEAN-PAUL DE LA CRUZ"),
            "Jean-Paul de la Cruz"
        );
        assert_eq!(title_case_shouted("SEAN O'NEIL III"), "Sean O'Neil III");
    }
}
