//! Full calendar dates written the ways articles write them: "2024-02-08",
//! "February 8, 2024", "Feb. 8 2024", "8 February 2024", "Thursday 8 Feb 2024",
//! the Unix `date` form "Fri Mar 13 21:30:09 EST 2015" and the Chinese and
//! Japanese "2016年10月14日".

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[^0-9]|$)").unwrap());
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
    .unwrap()
});
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+(\d{{4}})\b"
    ))
    .unwrap()
});
/// "Mar 13 21:30:09 EST 2015": month and day, a clock time and a zone, then
/// the year.
static CTIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b{MONTH}\.?\s+(\d{{1,2}})\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+[A-Z]{{2,5}}|\s+[+-]\d{{4}})?\s+(\d{{4}})\b"
    ))
    .unwrap()
});
/// "2016年10月14日".
static CJK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日").unwrap());

fn month_number(name: &str) -> Option<u32> {
    let m = match &name.to_ascii_lowercase()[..3] {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn ymd(y: &str, m: u32, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?)
}

/// The first full date (with its year) in `s`, with where it starts.
pub fn find_date_at(s: &str) -> Option<(usize, NaiveDate)> {
    let mut found: Vec<(usize, NaiveDate)> = Vec::new();
    for c in ISO.captures_iter(s) {
        if let Some(d) = ymd(&c[1], c[2].parse().ok()?, &c[3]) {
            found.push((c.get(0)?.start(), d));
            break;
        }
    }
    for c in MONTH_DAY_YEAR.captures_iter(s) {
        if let Some(d) = month_number(&c[1]).and_then(|m| ymd(&c[3], m, &c[2])) {
            found.push((c.get(0)?.start(), d));
            break;
        }
    }
    for c in DAY_MONTH_YEAR.captures_iter(s) {
        if let Some(d) = month_number(&c[2]).and_then(|m| ymd(&c[3], m, &c[1])) {
            found.push((c.get(0)?.start(), d));
            break;
        }
    }
    for c in CTIME.captures_iter(s) {
        if let Some(d) = month_number(&c[1]).and_then(|m| ymd(&c[3], m, &c[2])) {
            found.push((c.get(0)?.start(), d));
            break;
        }
    }
    for c in CJK.captures_iter(s) {
        if let Some(d) = ymd(&c[1], c[2].parse().ok()?, &c[3]) {
            found.push((c.get(0)?.start(), d));
            break;
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at)
}

/// The first full date (with its year) in `s`.
pub fn find_date(s: &str) -> Option<NaiveDate> {
    find_date_at(s).map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<NaiveDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn the_usual_ways_of_writing_a_date() {
        assert_eq!(find_date("2024-02-08T10:00:00Z"), d("2024-02-08"));
        assert_eq!(
            find_date("Published: February 8, 2024 at 9am"),
            d("2024-02-08")
        );
        assert_eq!(find_date("Feb. 8 2024"), d("2024-02-08"));
        assert_eq!(find_date("Thursday 8th February 2024"), d("2024-02-08"));
        assert_eq!(find_date("Updated 3 Sept 2023, 10:15"), d("2023-09-03"));
    }

    #[test]
    fn unix_date_and_cjk_dates() {
        assert_eq!(find_date("Fri Mar 13 21:30:09 EST 2015"), d("2015-03-13"));
        assert_eq!(
            find_date("Posted Tue Jan 2 08:00 +0100 2018"),
            d("2018-01-02")
        );
        assert_eq!(find_date("发布时间：2016年10月14日 10:21"), d("2016-10-14"));
        assert_eq!(find_date("2019年 3月 1日"), d("2019-03-01"));
    }

    #[test]
    fn the_first_date_wins_and_impossible_dates_are_none() {
        assert_eq!(find_date("1 March 2020, then 2021-01-01"), d("2020-03-01"));
        assert_eq!(find_date("February 30, 2024"), None);
        assert_eq!(find_date("on Wednesday"), None);
    }
}
