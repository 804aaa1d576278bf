//! Dates as AP writes them (the CSL styles write their own).

use chrono::{Datelike, NaiveDate};

const AP_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

fn month0(date: NaiveDate) -> usize {
    date.month0() as usize
}

/// AP style in running text: "Feb. 7", with the year only when it is not the
/// year of `today` ("Feb. 7, 2024").
pub fn ap(date: NaiveDate, today: NaiveDate) -> String {
    if date.year() == today.year() {
        format!("{} {}", AP_MONTHS[month0(date)], date.day())
    } else {
        ap_with_year(date)
    }
}

/// AP style for when words were said, as the attribution reads it: the day
/// of the week within a week of `today` ("said Wednesday"), else the date
/// as [`ap`] writes it ("said Feb. 7"). AP uses no "on" before either, and
/// no "today" or "yesterday".
pub fn ap_when(date: NaiveDate, today: NaiveDate) -> String {
    let days = (today - date).num_days().abs();
    if days < 7 {
        WEEKDAYS[date.weekday().num_days_from_monday() as usize].to_string()
    } else {
        ap(date, today)
    }
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// AP abbreviations with the year always given, for a reference line that
/// will be read long after it was written.
pub fn ap_with_year(date: NaiveDate) -> String {
    format!(
        "{} {}, {}",
        AP_MONTHS[month0(date)],
        date.day(),
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ap_gives_the_year_only_outside_the_current_one() {
        assert_eq!(ap(d(2024, 2, 7), d(2026, 11, 25)), "Feb. 7, 2024");
        assert_eq!(ap(d(2026, 2, 7), d(2026, 11, 25)), "Feb. 7");
    }

    #[test]
    fn ap_spells_out_short_months_and_abbreviates_september_as_sept() {
        assert_eq!(ap(d(2026, 3, 1), d(2026, 1, 1)), "March 1");
        assert_eq!(ap(d(2026, 7, 4), d(2026, 1, 1)), "July 4");
        assert_eq!(ap(d(2026, 9, 30), d(2026, 1, 1)), "Sept. 30");
    }

    #[test]
    fn ap_names_the_weekday_within_a_week() {
        // Feb. 7, 2024 was a Wednesday.
        assert_eq!(ap_when(d(2024, 2, 7), d(2024, 2, 8)), "Wednesday");
        assert_eq!(ap_when(d(2024, 2, 7), d(2024, 2, 7)), "Wednesday");
        assert_eq!(ap_when(d(2024, 2, 7), d(2024, 2, 13)), "Wednesday");
        assert_eq!(ap_when(d(2024, 2, 7), d(2024, 2, 14)), "Feb. 7");
        assert_eq!(ap_when(d(2024, 2, 7), d(2024, 3, 1)), "Feb. 7");
        assert_eq!(ap_when(d(2024, 2, 7), d(2025, 1, 2)), "Feb. 7, 2024");
    }
}
