//! Cadence arithmetic, as pure functions of dates so tests can fix "today":
//! when the next one-on-one is due, how overdue it is, and how consistent
//! the manager has been over the last twelve weeks.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;
use specta::Type;

use super::types::Cadence;

/// The window over which consistency is measured.
pub const CONSISTENCY_DAYS: u32 = 12 * 7;

impl Cadence {
    /// The day a meeting is due after one held on `from`.
    pub fn next_after(self, from: NaiveDate) -> NaiveDate {
        match self {
            Cadence::Weekly => from + Days::new(7),
            Cadence::Biweekly => from + Days::new(14),
            // Calendar months: the 31st rolls back to the month's last day.
            Cadence::Monthly => from.checked_add_months(Months::new(1)).unwrap_or(from + Days::new(30)),
        }
    }

    /// The length of one period in days, for counting meetings due in a window.
    pub fn period_days(self) -> u32 {
        match self {
            Cadence::Weekly => 7,
            Cadence::Biweekly => 14,
            Cadence::Monthly => 30,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CadenceStatus {
    pub last_held: Option<NaiveDate>,
    pub next_due: Option<NaiveDate>,
    /// Days past the due date; 0 when not overdue.
    pub overdue_days: u32,
    pub held_in_window: u32,
    pub due_in_window: u32,
    /// held / due over the last twelve weeks, capped at 1; `None` if nothing was due.
    pub consistency: Option<f64>,
}

/// Where a rep stands, given their cadence, when it was set, the days their
/// meetings were held (any order), and today.
pub fn status(cadence: Option<Cadence>, since: Option<NaiveDate>, held: &[NaiveDate], today: NaiveDate) -> CadenceStatus {
    let last_held = held.iter().copied().filter(|d| *d <= today).max();
    let window_start = today - Days::new(u64::from(CONSISTENCY_DAYS));
    let held_in_window = held.iter().filter(|d| **d > window_start && **d <= today).count() as u32;
    let Some(cadence) = cadence else {
        return CadenceStatus { last_held, next_due: None, overdue_days: 0, held_in_window, due_in_window: 0, consistency: None };
    };
    let since = since.unwrap_or(today);
    let next_due = match last_held {
        Some(last) => cadence.next_after(last),
        None => since,
    };
    let overdue_days = (today - next_due).num_days().max(0) as u32;
    let counted_from = since.max(window_start);
    let days_in_window = (today - counted_from).num_days().max(0) as u32;
    let due_in_window = days_in_window / cadence.period_days();
    let consistency = (due_in_window > 0).then(|| (f64::from(held_in_window) / f64::from(due_in_window)).min(1.0));
    CadenceStatus { last_held, next_due: Some(next_due), overdue_days, held_in_window, due_in_window, consistency }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_next_meeting_is_one_period_after_the_last() {
        assert_eq!(Cadence::Weekly.next_after(day("2026-11-02")), day("2026-11-09"));
        assert_eq!(Cadence::Biweekly.next_after(day("2026-12-28")), day("2027-01-11"));
        assert_eq!(Cadence::Monthly.next_after(day("2026-01-31")), day("2026-02-28"));
    }

    #[test]
    fn overdue_counts_days_past_the_due_date() {
        let s = status(Some(Cadence::Weekly), Some(day("2026-01-01")), &[day("2026-11-02")], day("2026-11-12"));
        assert_eq!(s.next_due, Some(day("2026-11-09")));
        assert_eq!(s.overdue_days, 3);
        let on_time = status(Some(Cadence::Weekly), Some(day("2026-01-01")), &[day("2026-11-02")], day("2026-11-09"));
        assert_eq!(on_time.overdue_days, 0);
    }

    #[test]
    fn a_rep_never_met_is_due_from_the_day_the_cadence_was_set() {
        let s = status(Some(Cadence::Biweekly), Some(day("2026-11-01")), &[], day("2026-11-20"));
        assert_eq!((s.last_held, s.next_due, s.overdue_days), (None, Some(day("2026-11-01")), 19));
    }

    #[test]
    fn consistency_is_meetings_held_over_meetings_due_in_twelve_weeks() {
        let today = day("2026-11-24");
        // Weekly for a long time: 12 due; 9 held inside the window, 1 before it.
        let mut held: Vec<NaiveDate> = (0..9).map(|w| today - Days::new(w * 7 + 1)).collect();
        held.push(today - Days::new(100));
        let s = status(Some(Cadence::Weekly), Some(day("2025-01-01")), &held, today);
        assert_eq!((s.held_in_window, s.due_in_window), (9, 12));
        assert_eq!(s.consistency, Some(0.75));
    }

    #[test]
    fn a_recent_cadence_only_counts_the_periods_since_it_was_set() {
        let today = day("2026-11-24");
        let s = status(Some(Cadence::Weekly), Some(today - Days::new(21)), &[today - Days::new(3)], today);
        assert_eq!((s.held_in_window, s.due_in_window), (1, 3));
        let extra = status(Some(Cadence::Monthly), Some(today - Days::new(40)), &[today - Days::new(1), today - Days::new(8)], today);
        assert_eq!(extra.consistency, Some(1.0), "capped at 100%");
    }

    #[test]
    fn no_cadence_means_nothing_is_due() {
        let s = status(None, None, &[day("2026-11-01")], day("2026-11-24"));
        assert_eq!((s.next_due, s.overdue_days, s.consistency), (None, 0, None));
        assert_eq!(s.last_held, Some(day("2026-11-01")));
    }
}
