//! Dates: the day words were said, resolved against the publication date
//! ("on Wednesday", "yesterday", "Feb. 7"), and the publication date itself read
//! from "Published: ..." lines and datelines.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::document::Document;
use super::lexicon::{self, FastMap, Sketched};

static MONTHS: LazyLock<Sketched<FastMap<&str, u32>>> = LazyLock::new(|| {
    let months: FastMap<&str, u32> = include_str!("lexicon/months.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (w, n) = l.trim().rsplit_once(' ')?;
            Some((w, n.parse().ok()?))
        })
        .collect();
    lexicon::sketch_map(months)
});

pub fn weekday(w: &str) -> Option<Weekday> {
    Some(match w {
        "Monday" => Weekday::Mon,
        "Tuesday" => Weekday::Tue,
        "Wednesday" => Weekday::Wed,
        "Thursday" => Weekday::Thu,
        "Friday" => Weekday::Fri,
        "Saturday" => Weekday::Sat,
        "Sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// (The capital and sketch tests are inlined where they are asked, so most
/// words are answered without a call.)
#[inline]
pub fn month(w: &str) -> Option<u32> {
    // Every month name starts with a capital: skip the lookup for other words.
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    if !MONTHS.may_hold(w) {
        return None;
    }
    month_number(w)
}

#[inline(never)]
fn month_number(w: &str) -> Option<u32> {
    MONTHS.get(w).copied()
}

/// The latest day on or before `published` that falls on `day`.
fn last_weekday(published: NaiveDate, day: Weekday) -> NaiveDate {
    let back = (7 + published.weekday().num_days_from_monday() as i64
        - day.num_days_from_monday() as i64)
        % 7;
    published - Duration::days(back)
}

/// A date written in tokens `first..last` of the document (outside quotes),
/// resolved against `published`. Only the first date expression counts.
#[cfg(test)]
pub fn date_in(
    doc: &Document,
    first: usize,
    last: usize,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    date_at(doc, first, last, published).map(|(d, _)| d)
}

/// The first date written in tokens `first..last` of the document (outside
/// quotes), resolved against `published`, with the token where its
/// expression starts.
pub fn date_at(
    doc: &Document,
    first: usize,
    last: usize,
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, usize)> {
    date_token(doc, first, last, published).and_then(|(d, t)| d.map(|d| (d, t)))
}

/// "LOS ANGELES, Sept. 28 (UPI) — Blige sings ...": the first token after
/// a dateline opening tokens `first..last`. A dateline's day is the day the
/// story was filed, not a day anyone spoke, so dates are read after it.
pub fn after_dateline(
    doc: &Document,
    first: usize,
    last: usize,
    published: Option<NaiveDate>,
) -> usize {
    /// A place, a day and an agency: a dozen tokens at most.
    const REACH: usize = 14;
    let dash = (first..last.min(first + REACH))
        // Reuters writes a hyphen: "NEW YORK, Nov 13 (Reuters) -".
        .find(|&k| !doc.tokens[k].is_word && matches!(doc.word(k), "—" | "–" | "--" | "-"));
    let Some(dash) = dash else {
        return first;
    };
    let Some((_, day)) = date_token(doc, first, dash, published) else {
        return first;
    };
    // Only a place set in capitals before the day: "WASHINGTON, Feb. 7 —".
    let place_first = (first..day).all(|k| {
        let w = doc.word(k);
        w == "," || (doc.tokens[k].is_word && w.chars().next().is_some_and(char::is_uppercase))
    });
    let shouted = doc
        .word(first)
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if day > first && place_first && shouted {
        dash + 1
    } else {
        first
    }
}

/// Verbs whose day is the day of the words: a speech "delivered on Monday"
/// was given that day, though the verb reports no words.
const SPEAKING_EVENTS: &[&str] = &[
    "delivered",
    "recorded",
    "aired",
    "broadcast",
    "released",
    "issued",
    "held",
    "gave",
];

/// Irregular past tenses that report no words: "the emergency began on
/// March 1" dates the emergency as "died on Monday" dates a death.
pub(crate) const IRREGULAR_EVENTS: &[&str] = &[
    "began", "became", "broke", "brought", "came", "caught", "drove", "fell", "flew", "fought",
    "froze", "grew", "hit", "kept", "led", "left", "lost", "made", "met", "paid", "quit", "ran",
    "rose", "sank", "sent", "sold", "spent", "stole", "struck", "took", "threw", "went", "won",
];

/// Whether the day at token `t` dates another event than words being said:
/// it follows a past-tense verb that reports no words ("died on Monday",
/// "findings published on Tuesday", "was arrested Friday", "began on
/// March 1").
pub fn dates_an_event(doc: &Document, t: usize, first: usize) -> bool {
    let mut k = t;
    while k > first
        && (matches!(doc.word(k - 1), "on" | "last" | "early" | "late" | "this")
            || doc.word(k - 1).parse::<u32>().is_ok())
    {
        k -= 1;
    }
    if k == first {
        return false;
    }
    let w = doc.word(k - 1);
    if IRREGULAR_EVENTS.contains(&w) || repeats_earlier_words(doc, k, first) {
        return true;
    }
    w.len() > 3
        && w.ends_with("ed")
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !super::lexicon::is_reporting_verb(w)
        && !SPEAKING_EVENTS.contains(&w)
}

/// "he said, repeating his January 2 remarks": a day inside a possessive
/// (opening at token `k`) after a verb of repeating dates the earlier
/// words, not these.
fn repeats_earlier_words(doc: &Document, k: usize, first: usize) -> bool {
    k >= first + 2
        && matches!(doc.word(k - 1), "his" | "her" | "their" | "its")
        && matches!(
            doc.word(k - 2),
            "repeating" | "echoing" | "reiterating" | "recalling" | "citing" | "quoting"
        )
}

/// Whether a date expression may open at `w`: a day or a month, always
/// capitalised, or a word for a day relative to publication. Most words are
/// in lower case and none of these: they are turned away on their first byte.
fn may_open_date(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        || matches!(w, "last" | "yesterday" | "today" | "tonight" | "this")
}

/// The first token from `from` on (before `last`), outside quotes, that
/// [`may_open_date`]. A loop of its own: stepping over every token in the
/// loop of [`date_token`], with all it keeps at hand, cost several times
/// these two tests.
fn next_possible_date(doc: &Document, from: usize, last: usize) -> Option<usize> {
    (from..last).find(|&t| !doc.in_quote(t) && may_open_date(doc.word(t)))
}

/// The first date expression in tokens `first..last` and its token; the
/// date is `None` when the expression needs a publication date to resolve
/// and there is none.
fn date_token(
    doc: &Document,
    first: usize,
    last: usize,
    published: Option<NaiveDate>,
) -> Option<(Option<NaiveDate>, usize)> {
    let mut from = first;
    while let Some(t) = next_possible_date(doc, from, last) {
        from = t + 1;
        let w = doc.word(t);
        // "this morning", "this afternoon": the day of publication. Any
        // other "this" (the one lower-case word `may_open_date` lets by that
        // opens no date alone) is turned away before anything is looked up.
        let this_part_of_day = matches!(w, "this" | "This")
            && t + 1 < last
            && matches!(doc.word(t + 1), "morning" | "afternoon" | "evening")
            && !doc.in_quote(t + 1);
        if w == "this" && !this_part_of_day {
            continue;
        }
        // Most words name no day: tell that first, before reading neighbours.
        // "Tuesday's meeting": the day owns what follows.
        let owned = w.ends_with("’s") || w.ends_with("'s");
        let day = if owned {
            weekday(super::mentions::strip_possessive(w))
        } else {
            weekday(w)
        };
        // "last night" is the evening before publication.
        let last_night = matches!(w, "last" | "Last")
            && t + 1 < last
            && doc.word(t + 1) == "night"
            && !doc.in_quote(t + 1);
        let relative = last_night
            || this_part_of_day
            || matches!(w, "yesterday" | "Yesterday" | "today" | "Today" | "tonight");
        let month_number = if day.is_none() && !relative {
            month(w)
        } else {
            None
        };
        if day.is_none() && !relative && month_number.is_none() {
            continue;
        }
        // "a trader whose shop was marked on Wednesday", "the law, which
        // took effect on Monday,": a day inside a clause about something
        // else dates that, not the words. ("Blinken, who landed on
        // Wednesday, said" tells the speaker's own day.)
        if in_relative_clause(doc, first, t) {
            continue;
        }
        let prev = if t > first { doc.word(t - 1) } else { "" };
        // "since Oct. 7", "until Friday": a span of time, not the day of speaking.
        const SPAN_WORDS: &[&str] = &[
            "since", "until", "before", "after", "by", "from", "through", "till", "Since", "Until",
            "Before", "After", "By", "From", "Through",
        ];
        let prev2 = if t > first + 1 { doc.word(t - 2) } else { "" };
        let next = if t + 1 < last { doc.word(t + 1) } else { "" };
        let possessive = |w: &str| w.ends_with("’s") || w.ends_with("'s");
        // "Tuesday's meeting", "Monday night's debate": a day that names an
        // event.
        let names_an_event = owned || possessive(next);
        // "said after Monday night's win", "told Tuesday's meeting": words
        // said at or right after an event named by its day are of that day.
        if let Some(day) = day {
            let next2 = if t + 2 < last { doc.word(t + 2) } else { "" };
            let part_of_day = matches!(next, "night" | "morning" | "afternoon" | "evening");
            let names_an_event = names_an_event || (part_of_day && possessive(next2));
            // Only right after the verb of the words: "problems during
            // Monday's debate" dates the problems.
            let of_the_words = prev == "told"
                || (matches!(prev, "after" | "following" | "at" | "during")
                    && (super::lexicon::is_reporting_verb(prev2)
                        || matches!(
                            prev2,
                            "reporters" | "journalists" | "spoke" | "speaking" | "Speaking"
                        )));
            if names_an_event && of_the_words {
                return Some((published.map(|p| last_weekday(p, day)), t));
            }
        }
        // "as of Tuesday": a count up to a day, not the day of speaking.
        let as_of = prev == "of" && prev2.eq_ignore_ascii_case("as");
        if as_of
            || SPAN_WORDS.contains(&prev)
            || (prev == "on" || prev == "last") && SPAN_WORDS.contains(&prev2)
        {
            continue;
        }
        // "on a Sunday morning in February": one Sunday of many, no day.
        // ("after a Monday round-table" is that Monday's event.)
        let indefinite = (matches!(prev, "a" | "one") && prev2.eq_ignore_ascii_case("on"))
            || matches!(prev, "every" | "Every")
            || (next == "in" && t + 2 < last && month(doc.word(t + 2)).is_some())
            || (matches!(next, "morning" | "afternoon" | "evening" | "night")
                && t + 3 < last
                && doc.word(t + 2) == "in"
                && month(doc.word(t + 3)).is_some());
        if day.is_some() && indefinite {
            continue;
        }
        if let Some(day) = day {
            // "last Wednesday", "on Wednesday", "said Wednesday"; not "next Wednesday",
            // nor a day that names an event.
            if prev.eq_ignore_ascii_case("next")
                || prev.eq_ignore_ascii_case("this") && published.is_none()
                || names_an_event
                || in_the_future(doc, first, t)
            {
                continue;
            }
            // "last Friday" in a story of a Friday is a week before: the
            // day itself would be "today" or "on Friday".
            let last = prev.eq_ignore_ascii_case("last");
            let back_from = |p: NaiveDate| match last_weekday(p, day) {
                d if last && d == p => d - Duration::days(7),
                d => d,
            };
            return Some((published.map(back_from), t));
        }
        match w {
            _ if last_night => return Some((published.map(|p| p - Duration::days(1)), t)),
            "yesterday" | "Yesterday" => {
                return Some((published.map(|p| p - Duration::days(1)), t))
            }
            // "BBC Radio 4's Today programme": a capitalised "Today" inside
            // a sentence names a programme, not the day.
            "Today" if t > first && !matches!(prev, "." | "\"" | "“" | ",") => {}
            // "which, even today, inflame the streets", "still today":
            // nowadays, not the day of the news.
            "today" | "Today" | "tonight"
                if !prev.eq_ignore_ascii_case("until")
                    && !matches!(prev.to_lowercase().as_str(), "even" | "still") =>
            {
                return Some((published, t));
            }
            _ if this_part_of_day && !SPAN_WORDS.contains(&prev) => return Some((published, t)),
            _ => {}
        }
        if let Some(m) = month_number {
            if let Some(d) = explicit_date(doc, t, last, m, published) {
                return Some((Some(d), t));
            }
        }
    }
    None
}

/// Whether token `t` stands in a relative clause about something other
/// than a person, opened after the last comma before it ("whose shop was
/// marked on Wednesday", "which took effect on Monday").
fn in_relative_clause(doc: &Document, first: usize, t: usize) -> bool {
    (first..t)
        .rev()
        .take_while(|&k| !matches!(doc.word(k), "," | ";" | "—" | "–" | "("))
        .any(|k| !doc.in_quote(k) && matches!(doc.word(k), "whose" | "which"))
}

/// "the unions would march again on Thursday", "will vote on Friday": a
/// weekday the clause puts ahead (a modal a few words before it) is a day
/// to come, not one anyone spoke on.
fn in_the_future(doc: &Document, first: usize, t: usize) -> bool {
    /// The modal and its verb stand close before the day.
    const REACH: usize = 6;
    /// A plan reaches further: "was planning to hold its primary election
    /// on Tuesday".
    const PLAN_REACH: usize = 8;
    let modal = (t.saturating_sub(REACH).max(first)..t).any(|k| {
        !doc.in_quote(k)
            && matches!(
                doc.word(k),
                "will" | "would" | "shall" | "’ll" | "'ll" | "scheduled" | "due" | "expected"
            )
    });
    modal
        || (t.saturating_sub(PLAN_REACH).max(first)..t).any(|k| {
            !doc.in_quote(k)
                && matches!(
                    doc.word(k),
                    "planning" | "planned" | "plans" | "slated" | "intends" | "intended"
                )
                && doc.word(k + 1) == "to"
        })
}

/// Whether the day at token `t` dates what the words report rather than
/// the words: a verb that reports words comes first in the sentence and
/// another event's verb stands before the day ("said the emergency began
/// on March 1", "said the bill passed Tuesday").
pub fn dates_reported_event(doc: &Document, t: usize, first: usize) -> bool {
    let Some(reporting) = (first..t)
        .rev()
        .find(|&k| !doc.in_quote(k) && super::lexicon::is_reporting_verb(doc.word(k)))
    else {
        return false;
    };
    // "said the decision had been taken at a board meeting on Friday": a
    // finite verb of the reported clause (an auxiliary and its participle)
    // stands between the verb of the words and the day.
    let participle = |w: &str| {
        (w.len() > 3 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase()))
            || IRREGULAR_PARTICIPLES.contains(&w)
    };
    let clause_verb = (reporting + 1..t.saturating_sub(1)).any(|k| {
        let mut v = k + 1;
        if doc.word(v) == "been" && v + 1 < t {
            v += 1;
        }
        !doc.in_quote(k)
            && matches!(doc.word(k), "had" | "has" | "have" | "was" | "were")
            && participle(doc.word(v))
            && !super::lexicon::is_reporting_verb(doc.word(v))
    });
    clause_verb || dates_an_event(doc, t, first)
}

/// Past participles that do not end in "-ed" ("had been taken").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "taken", "given", "made", "done", "seen", "begun", "broken", "chosen", "driven", "fallen",
    "found", "held", "hit", "kept", "left", "lost", "met", "paid", "sent", "sold", "spent",
    "struck", "won", "written",
];

/// How far after publication a day without a year is read as one to come.
const DAYS_AHEAD: i64 = 120;

/// "Feb. 7, 2024", "February 7", "7 February 2024" starting at month token `t`.
fn explicit_date(
    doc: &Document,
    t: usize,
    last: usize,
    m: u32,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let day_after = (t + 1 < last)
        .then(|| doc.word(t + 1).parse::<u32>().ok())
        .flatten();
    let day_before = (t > 0)
        .then(|| doc.word(t - 1).parse::<u32>().ok())
        .flatten();
    let (day, year_at) = match (day_after, day_before) {
        (Some(d), _) if d <= 31 => (d, t + 2),
        (_, Some(d)) if d <= 31 => (d, t + 1),
        _ => return None,
    };
    let mut k = year_at;
    if k < last && doc.word(k) == "," {
        k += 1;
    }
    let year = (k < last)
        .then(|| doc.word(k).parse::<i32>().ok())
        .flatten()
        .filter(|y| (1900..2200).contains(y));
    match (year, published) {
        (Some(y), _) => NaiveDate::from_ymd_opt(y, m, day),
        (None, Some(p)) => {
            let d = NaiveDate::from_ymd_opt(p.year(), m, day)?;
            // A day a few months after publication is one to come ("plans
            // to announce around August 1" in June): no day of speaking. A
            // day later in the year belongs to the year before ("on
            // December 28" in January).
            if d > p && (d - p).num_days() <= DAYS_AHEAD {
                None
            } else if d > p {
                NaiveDate::from_ymd_opt(p.year() - 1, m, day)
            } else {
                Some(d)
            }
        }
        (None, None) => None,
    }
}

/// Anchored at the start of the slice it is given: [`publication_date`] tries
/// it only at line starts that pass a cheap test, since a search over the
/// whole head of every article (with captures and a Unicode word boundary)
/// cost more than all the other date work.
static PUBLISHED_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)^\s*(?:published|posted|updated|date)\b[^\n]*?(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})|(?P<mn>[A-Z][a-z]{2,8}\.?)\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})|(?P<d3>\d{1,2})\s+(?P<mn3>[A-Z][a-z]{2,8}\.?),?\s+(?P<y3>\d{4}))",
    )
    .expect("valid regex")
});

/// Anchored like [`PUBLISHED_RE`].
static DATELINE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^[A-Z][A-Za-z .,]{1,40}?\(?\s*(?P<mn>[A-Z][a-z]{2,8}\.?)\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})\)?\s*[-–—]",
    )
    .expect("valid regex")
});

/// A line that is a date and nothing else ("Friday, February 10, 2023",
/// "10 February 2023"), as news sites print above or below the headline.
static DATE_LINE_RE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?P<mn>[A-Z][a-z]{2,8}\.?)\s+(?P<d>\d{1,2}),?|(?P<d2>\d{1,2})\s+(?P<mn2>[A-Z][a-z]{2,8}\.?),?)\s+(?P<y>\d{4})\s*$",
    )
    .expect("valid regex")
});

/// The publication date the article states: a "Published: ..." line first,
/// else a line that is only a date, else a dateline ("WASHINGTON, Feb. 7,
/// 2024 —").
pub fn publication_date(text: &str) -> Option<NaiveDate> {
    // Only the head of the article carries these lines: its first ten lines.
    let mut head_end = text
        .match_indices('\n')
        .nth(9)
        .map_or(text.len(), |(i, _)| i);
    // At most 2000 characters; fewer bytes than that hold fewer characters.
    if head_end > 2000 {
        head_end = head_end.min(text.char_indices().nth(2000).map_or(text.len(), |(i, _)| i));
    }
    let head = &text[..head_end];
    let line_starts = || std::iter::once(0).chain(head.match_indices('\n').map(|(i, _)| i + 1));
    let published_line = line_starts()
        .filter(|&at| starts_with_date_label(&head[at..]))
        .find_map(|at| PUBLISHED_RE.captures(&head[at..]));
    if let Some(c) = published_line {
        if let (Some(y), Some(m), Some(d)) = (c.name("y1"), c.name("m1"), c.name("d1")) {
            return NaiveDate::from_ymd_opt(
                y.as_str().parse().ok()?,
                m.as_str().parse().ok()?,
                d.as_str().parse().ok()?,
            );
        }
        if let (Some(mn), Some(d), Some(y)) = (c.name("mn"), c.name("d2"), c.name("y2")) {
            return named_month_date(y.as_str(), mn.as_str(), d.as_str());
        }
        if let (Some(mn), Some(d), Some(y)) = (c.name("mn3"), c.name("d3"), c.name("y3")) {
            return named_month_date(y.as_str(), mn.as_str(), d.as_str());
        }
    }
    // A dateline holds a day number before a comma ("Feb. 7, 2024"): a line
    // starting after the head's last digit and comma holds none (most heads
    // hold no such pair at all), and is not given to the regex.
    let last_day_comma = head
        .rmatch_indices(',')
        .find(|&(i, _)| head[..i].chars().next_back().is_some_and(char::is_numeric))
        .map(|(i, _)| i);
    let date_line = line_starts().find_map(|at| {
        let line = head[at..].lines().next()?.trim_end();
        // Most lines are no date alone: a short line ending in a year first.
        let year_end = line.len() >= 4
            && line.as_bytes()[line.len() - 4..]
                .iter()
                .all(u8::is_ascii_digit);
        if line.len() > 40 || !year_end {
            return None;
        }
        let c = DATE_LINE_RE.captures(line)?;
        let (mn, d) = c
            .name("mn")
            .zip(c.name("d"))
            .or_else(|| c.name("mn2").zip(c.name("d2")))?;
        named_month_date(c.name("y")?.as_str(), mn.as_str(), d.as_str())
    });
    if date_line.is_some() {
        return date_line;
    }
    let c = line_starts()
        .filter(|&at| head.as_bytes().get(at).is_some_and(u8::is_ascii_uppercase))
        .filter(|&at| last_day_comma.is_some_and(|comma| comma > at))
        .find_map(|at| DATELINE_RE.captures(&head[at..]))?;
    named_month_date(
        c.name("y")?.as_str(),
        c.name("mn")?.as_str(),
        c.name("d")?.as_str(),
    )
}

/// The day a year, a month's name ("Feb.", "February") and a day number
/// written as text name.
fn named_month_date(year: &str, month: &str, day: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.parse().ok()?, month_name(month)?, day.parse().ok()?)
}

/// Whether a line (after blank space) opens with a label [`PUBLISHED_RE`] reads.
fn starts_with_date_label(line: &str) -> bool {
    let line = line.trim_start().as_bytes();
    ["published", "posted", "updated", "date"]
        .iter()
        .any(|label| {
            line.len() >= label.len() && line[..label.len()].eq_ignore_ascii_case(label.as_bytes())
        })
}

/// Whether the words of tokens `first..last` outside quotes place what
/// happened at a time no day can be drawn from ("In March, at the debate,
/// Biden said", "last year", "in 2019", "months ago"): the quote's day is
/// then unknown, not that of the scene before.
pub fn vague_time(doc: &Document, first: usize, last: usize) -> bool {
    let day_number = |t: usize| {
        t < last
            && doc
                .word(t)
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse::<u32>()
                .is_ok_and(|n| (1..=31).contains(&n))
    };
    let year = |t: usize| {
        t < last
            && doc.word(t).len() == 4
            && doc
                .word(t)
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2199).contains(&y))
    };
    (first..last).any(|t| {
        if doc.in_quote(t) {
            return false;
        }
        let w = doc.word(t);
        let before = if t > first { doc.word(t - 1) } else { "" };
        let next = if t + 1 < last { doc.word(t + 1) } else { "" };
        // Compared without a lower-case copy: this runs at every word.
        let placed = [
            "in", "since", "during", "last", "early", "late", "mid", "from",
        ]
        .iter()
        .any(|p| before.eq_ignore_ascii_case(p));
        (month_name(w).is_some() && placed && !day_number(t + 1) && !day_number(t.wrapping_sub(1)))
            || (placed && year(t))
            || (w.eq_ignore_ascii_case("last")
                && matches!(
                    next,
                    "year" | "month" | "week" | "summer" | "winter" | "spring" | "autumn" | "fall"
                ))
            || (matches!(w, "years" | "months" | "weeks" | "decades") && next == "ago")
            // "she told the Times then", "he said at the time": words from
            // an earlier occasion the story has already left.
            || (w == "then"
                && matches!(next, "." | "," | ";" | "")
                && !matches!(before, "and" | "but" | "since" | "until" | "by" | "," | ""))
            || (w == "time" && before == "the" && t >= first + 2 && doc.word(t - 2) == "at")
            // "In a 2018 speech", "her 2019 memoir": an occasion of that year.
            || (year(t)
                && matches!(
                    before,
                    "a" | "an" | "the" | "his" | "her" | "their" | "its" | "that"
                ))
            // "this week", "later in the week": some day of it, not one.
            || (matches!(w, "week" | "month")
                && (before == "this"
                    || (before == "the"
                        && t >= first + 3
                        && doc.word(t - 2) == "in"
                        && matches!(doc.word(t - 3), "later" | "earlier"))))
    })
}

fn month_name(w: &str) -> Option<u32> {
    month(w).or_else(|| month(w.trim_end_matches('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The date `text` gives its words, published on `published`.
    fn date_of(text: &str, published: NaiveDate) -> Option<NaiveDate> {
        let doc = Document::new(text);
        date_in(&doc, 0, doc.tokens.len(), Some(published))
    }

    /// Whether `text` places its words at a vaguer time than a day.
    fn vague(text: &str) -> bool {
        let doc = Document::new(text);
        vague_time(&doc, 0, doc.tokens.len())
    }

    #[test]
    fn every_day_and_month_word_may_open_a_date() {
        // `date_token` skips the words `may_open_date` turns away.
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        let weekend = ["Saturday", "Sunday", "Tuesday's", "Friday’s"];
        for w in MONTHS.keys().chain(days.iter()).chain(weekend.iter()) {
            assert!(may_open_date(w), "{w}");
        }
        for w in [
            "Yesterday",
            "yesterday",
            "Today",
            "today",
            "tonight",
            "last",
            "Last",
        ] {
            assert!(may_open_date(w), "{w}");
        }
        assert!(!may_open_date("said") && !may_open_date("monday"));
    }

    #[test]
    fn a_weekday_that_names_an_event_is_no_date_of_speaking() {
        let text = "Lee said the plan for Monday night\u{2019}s debate was set.";
        let doc = Document::new(text);
        assert_eq!(
            date_in(&doc, 0, doc.tokens.len(), Some(d(2023, 3, 16))),
            None
        );
        let date = |text: &str| date_of(text, d(2023, 3, 16));
        assert_eq!(date("Lee spoke of problems during Tuesday's debate."), None);
        // A clause about something else dates that; one about the speaker
        // tells their own day.
        assert_eq!(
            date("Lee, a trader whose shop was shut on Tuesday, said so."),
            None
        );
        assert_eq!(
            date("Lee, who landed on Tuesday, said so."),
            Some(d(2023, 3, 14))
        );
        // Words said at or right after the event are of its day.
        assert_eq!(
            date("Lee said after Monday night's win that it was over."),
            Some(d(2023, 3, 13))
        );
        assert_eq!(
            date("Lee told Tuesday's meeting that it was over."),
            Some(d(2023, 3, 14))
        );
        assert_eq!(
            date("Lee told reporters after Tuesday's game it was over."),
            Some(d(2023, 3, 14))
        );
    }

    #[test]
    fn an_occasion_of_a_year_or_a_week_is_a_vaguer_time_than_a_day() {
        assert!(vague("In a 2018 speech to her party, she said:"));
        assert!(vague("He wrote in his 2016 memoir:"));
        assert!(vague("She told the station this week:"));
        assert!(vague(
            "Speaking to the same station later in the week, she said:"
        ));
        assert!(!vague("She told the station on Tuesday:"));
        assert!(!vague("She said the week had been hard:"));
    }

    #[test]
    fn this_morning_is_the_day_of_publication() {
        let date = |text: &str| date_of(text, d(2022, 1, 27));
        assert_eq!(
            date("Speaking to reporters again this morning, Lee said so."),
            Some(d(2022, 1, 27))
        );
        assert_eq!(
            date("Lee said this afternoon it was over."),
            Some(d(2022, 1, 27))
        );
        // "this" before anything else names no day; nor does a span.
        assert_eq!(date("Lee said this plan was over."), None);
        assert_eq!(date("Lee said the road was shut until this morning."), None);
    }

    #[test]
    fn a_wire_datelines_day_with_a_hyphen_is_no_day_of_speaking() {
        let text = "NEW YORK, Nov 13 (Reuters) - Lee said on Wednesday it was over.";
        let doc = Document::new(text);
        let after = after_dateline(&doc, 0, doc.tokens.len(), Some(d(2025, 11, 13)));
        assert_eq!(doc.word(after), "Lee");
    }

    #[test]
    fn a_datelines_day_is_no_day_of_speaking() {
        let text = "LOS ANGELES, Sept. 28 (UPI) \u{2014} Blige sings on Monday.";
        let doc = Document::new(text);
        let words: Vec<&str> = (0..doc.tokens.len()).map(|k| doc.word(k)).collect();
        let after = after_dateline(&doc, 0, doc.tokens.len(), Some(d(2016, 9, 28)));
        assert_eq!(words[after], "Blige", "{words:?}");
        assert_eq!(
            date_at(&doc, after, doc.tokens.len(), Some(d(2016, 9, 28))).map(|d| d.0),
            Some(d(2016, 9, 26))
        );
        // Prose that opens with a capital and a day is no dateline.
        let text = "Lee said on Monday \u{2014} the last day \u{2014} that it was over.";
        let doc = Document::new(text);
        assert_eq!(
            after_dateline(&doc, 0, doc.tokens.len(), Some(d(2016, 9, 28))),
            0
        );
    }

    #[test]
    fn a_month_alone_a_year_or_ago_is_a_vague_time() {
        assert!(vague("In March, at the debate, Biden said it."));
        assert!(vague("She said so last year."));
        assert!(vague("He said in 2019 that it would rise."));
        assert!(vague("Two years ago, she said, it was worse."));
        assert!(!vague("On March 3, Biden said it."));
        assert!(!vague("In a statement on Monday, she said it."));
        assert!(vague("\"It is over,\" Lee told the Times then."));
        assert!(vague("Lee said at the time that it was over."));
        assert!(!vague("Lee paused, and then said it was over."));
        // Words inside the quote say nothing of when they were said.
        assert!(!vague("\"It was worse in March,\" she said."));
    }

    #[test]
    fn weekdays_resolve_backwards_from_publication() {
        // 2023-03-16 is a Thursday.
        let text = "The mayor said on Tuesday that the bridge would open.";
        let doc = Document::new(text);
        let got = date_in(&doc, 0, doc.tokens.len(), Some(d(2023, 3, 16)));
        assert_eq!(got, Some(d(2023, 3, 14)));
        assert_eq!(date_in(&doc, 0, doc.tokens.len(), None), None);
    }

    #[test]
    fn as_of_a_day_is_no_day_of_speaking() {
        let text = "As of Tuesday there had been ten reports, the mayor said.";
        let doc = Document::new(text);
        assert_eq!(
            date_in(&doc, 0, doc.tokens.len(), Some(d(2023, 3, 16))),
            None
        );
    }

    #[test]
    fn last_night_is_the_day_before_publication() {
        // 2023-03-16 is a Thursday.
        let text = "The mayor told reporters last night that the bridge was safe.";
        let doc = Document::new(text);
        assert_eq!(
            date_in(&doc, 0, doc.tokens.len(), Some(d(2023, 3, 16))),
            Some(d(2023, 3, 15))
        );
        let text = "The mayor said the last bridge was safe.";
        let doc = Document::new(text);
        assert_eq!(
            date_in(&doc, 0, doc.tokens.len(), Some(d(2023, 3, 16))),
            None
        );
    }

    #[test]
    fn explicit_dates_take_the_publication_year() {
        let text = "The mayor spoke on Dec. 30 at the hall.";
        let doc = Document::new(text);
        assert_eq!(
            date_in(&doc, 0, doc.tokens.len(), Some(d(2023, 1, 2))),
            Some(d(2022, 12, 30))
        );
    }

    #[test]
    fn a_line_that_is_only_a_date_is_the_publication_date() {
        assert_eq!(
            publication_date("Friday, February 10, 2023\n\nAn earthquake struck on Monday."),
            Some(d(2023, 2, 10))
        );
        assert_eq!(
            publication_date("Quake hits Turkey\n10 February 2023\n\nText."),
            Some(d(2023, 2, 10))
        );
        assert_eq!(
            publication_date("Quake\n\nIt was the worst since March 4, 1999\n"),
            None
        );
    }

    #[test]
    fn publication_lines_and_datelines() {
        assert_eq!(
            publication_date("Published: 10:02, March 3, 2021 | x\nBody."),
            Some(d(2021, 3, 3))
        );
        assert_eq!(
            publication_date("Title\nPublished 2020-05-06\n"),
            Some(d(2020, 5, 6))
        );
        assert_eq!(
            publication_date("BERLIN, Oct. 4, 2019 — The chancellor spoke."),
            Some(d(2019, 10, 4))
        );
        assert_eq!(publication_date("No date here."), None);
    }

    #[test]
    fn only_lines_that_cannot_hold_a_dateline_skip_the_regex() {
        // The dateline as found by trying the regex at every capital line.
        let every_line = |head: &str| {
            std::iter::once(0)
                .chain(head.match_indices('\n').map(|(i, _)| i + 1))
                .filter(|&at| head.as_bytes().get(at).is_some_and(u8::is_ascii_uppercase))
                .find_map(|at| DATELINE_RE.captures(&head[at..]))
                .and_then(|c| {
                    NaiveDate::from_ymd_opt(
                        c.name("y")?.as_str().parse().ok()?,
                        month_name(c.name("mn")?.as_str())?,
                        c.name("d")?.as_str().parse().ok()?,
                    )
                })
        };
        let lines = [
            "WASHINGTON, Feb. 7, 2024 \u{2014} The mayor spoke.",
            "It cost 2,000 dollars.",
            "LONDON (Reuters) Feb. 7, 2024 -",
            "BERLIN",
            "March 3, 2021 \u{2013}",
            "CAIRO, Jan. \u{0665}, 2023 \u{2014}",
            "Lee said, then left.",
            "",
        ];
        for a in lines {
            for b in lines {
                for c in lines {
                    let head = format!("{a}\n{b}\n{c}");
                    assert_eq!(publication_date(&head), every_line(&head), "{head}");
                }
            }
        }
    }
}
