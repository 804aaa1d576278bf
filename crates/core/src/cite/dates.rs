//! Dates as each style writes them.

use chrono::{Datelike, NaiveDate};

const AP_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

const MLA_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

const FULL_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
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

/// APA 7: "2024, February 7".
pub fn apa(date: NaiveDate) -> String {
    format!(
        "{}, {} {}",
        date.year(),
        FULL_MONTHS[month0(date)],
        date.day()
    )
}

/// MLA 9: "7 Feb. 2024".
pub fn mla(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MLA_MONTHS[month0(date)],
        date.year()
    )
}

/// Chicago: "February 7, 2024".
pub fn chicago(date: NaiveDate) -> String {
    format!(
        "{} {}, {}",
        FULL_MONTHS[month0(date)],
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
    fn academic_styles() {
        assert_eq!(apa(d(2024, 2, 7)), "2024, February 7");
        assert_eq!(mla(d(2024, 9, 7)), "7 Sept. 2024");
        assert_eq!(mla(d(2024, 3, 7)), "7 Mar. 2024");
        assert_eq!(chicago(d(2024, 2, 7)), "February 7, 2024");
    }
}
