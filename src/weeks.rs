//! ISO weeks. A week is stored and sent as its Monday (`YYYY-MM-DD`), which
//! sorts and subtracts simply; people read it as "2026-W48".

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::error::{Error, Result};
use crate::validate::{self, field};

/// The Monday of the ISO week `day` falls in.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// "2026-W48": the ISO year (which differs from the calendar year around New Year).
pub fn iso_label(day: NaiveDate) -> String {
    let week = day.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// The `count` weeks ending with the week of `until`, oldest first.
pub fn weeks_ending(until: NaiveDate, count: u32) -> Vec<NaiveDate> {
    let last = week_start(until);
    (0..count).rev().map(|back| last - Days::new(7 * u64::from(back))).collect()
}

/// Parses a week given as any day in it (`YYYY-MM-DD`), returning its Monday.
pub(crate) fn parse_week(value: &str) -> Result<NaiveDate> {
    validate::optional_date(&field("week", "Week"), Some(value))?
        .map(week_start)
        .ok_or_else(|| Error::invalid("week", "Week is required."))
}

/// Monday-to-Friday days from `from` (inclusive) to `to` (exclusive).
pub fn working_days(from: NaiveDate, to: NaiveDate) -> u32 {
    from.iter_days()
        .take_while(|d| *d < to)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_week_starts_on_monday() {
        assert_eq!(week_start(day("2026-11-24")), day("2026-11-23"));
        assert_eq!(week_start(day("2026-11-23")), day("2026-11-23"));
        assert_eq!(week_start(day("2026-11-29")), day("2026-11-23"));
    }

    #[test]
    fn weeks_cross_the_new_year_by_iso_rules() {
        // 2026 has 53 ISO weeks; 1 January 2027 (a Friday) is still in 2026-W53.
        assert_eq!(iso_label(day("2026-12-31")), "2026-W53");
        assert_eq!(iso_label(day("2027-01-01")), "2026-W53");
        assert_eq!(week_start(day("2027-01-03")), day("2026-12-28"));
        assert_eq!(iso_label(day("2027-01-04")), "2027-W01");
        // 29 December 2025 belongs to 2026-W01.
        assert_eq!(iso_label(day("2025-12-29")), "2026-W01");
    }

    #[test]
    fn weeks_ending_lists_mondays_oldest_first_across_years() {
        let weeks = weeks_ending(day("2027-01-06"), 3);
        assert_eq!(weeks, [day("2026-12-21"), day("2026-12-28"), day("2027-01-04")]);
    }

    #[test]
    fn working_days_skip_weekends() {
        assert_eq!(working_days(day("2026-11-23"), day("2026-11-30")), 5);
        assert_eq!(working_days(day("2026-11-28"), day("2026-11-30")), 0);
        assert_eq!(working_days(day("2026-11-30"), day("2026-11-23")), 0);
    }
}
