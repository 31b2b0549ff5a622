//! Cadence arithmetic, as pure functions of dates so tests can fix "today":
//! when the next one-on-one is due, how overdue it is, and how consistent
//! the manager has been over the last twelve cadence slots.
//!
//! A slot is one period of the cadence, counted from the day it was set
//! (weeks, fortnights or calendar months). A slot is held when at least one
//! meeting fell in it, so a meeting moved within its slot still counts and a
//! postponed one leaves its own slot empty.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use specta::Type;

use super::types::Cadence;

/// How many of the latest slots consistency is measured over.
pub const CONSISTENCY_SLOTS: u32 = 12;
/// How far back a meeting can matter: twelve monthly slots and the current one.
pub const LOOKBACK_DAYS: u32 = 13 * 31;

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

    /// The first day of slot `n` of a cadence set on `since`.
    fn slot_start(self, since: NaiveDate, n: u32) -> NaiveDate {
        match self {
            Cadence::Weekly => since + Days::new(7 * u64::from(n)),
            Cadence::Biweekly => since + Days::new(14 * u64::from(n)),
            Cadence::Monthly => since.checked_add_months(Months::new(n)).unwrap_or(NaiveDate::MAX),
        }
    }

    /// The slot `day` falls in; `None` before the cadence was set.
    fn slot_of(self, since: NaiveDate, day: NaiveDate) -> Option<u32> {
        if day < since {
            return None;
        }
        let days = (day - since).num_days() as u32;
        Some(match self {
            Cadence::Weekly => days / 7,
            Cadence::Biweekly => days / 14,
            Cadence::Monthly => {
                let months = (day.year() - since.year()) * 12 + day.month() as i32 - since.month() as i32;
                let n = months.max(0) as u32;
                if self.slot_start(since, n) > day { n.saturating_sub(1) } else { n }
            }
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CadenceStatus {
    pub last_held: Option<NaiveDate>,
    pub next_due: Option<NaiveDate>,
    /// Days past the due date; 0 when not overdue.
    pub overdue_days: u32,
    /// Slots of the window with a meeting held in them.
    pub held_in_window: u32,
    /// Slots in the window: the last twelve since the cadence was set, the
    /// current one included once it has its meeting.
    pub due_in_window: u32,
    /// held / due; `None` if nothing was due.
    pub consistency: Option<f64>,
}

/// Where a rep stands, given their cadence, when it was set, the days their
/// meetings were held (any order), and today.
pub fn status(cadence: Option<Cadence>, since: Option<NaiveDate>, held: &[NaiveDate], today: NaiveDate) -> CadenceStatus {
    let last_held = held.iter().copied().filter(|d| *d <= today).max();
    let Some(cadence) = cadence else {
        let recent = today - Days::new(u64::from(CONSISTENCY_SLOTS * 7));
        let held_in_window = held.iter().filter(|d| **d > recent && **d <= today).count() as u32;
        return CadenceStatus { last_held, next_due: None, overdue_days: 0, held_in_window, due_in_window: 0, consistency: None };
    };
    let since = since.unwrap_or(today);
    let next_due = match last_held {
        Some(last) => cadence.next_after(last),
        None => since,
    };
    let overdue_days = (today - next_due).num_days().max(0) as u32;
    let held_slots: BTreeSet<u32> =
        held.iter().filter(|d| **d <= today).filter_map(|d| cadence.slot_of(since, *d)).collect();
    let (held_in_window, due_in_window) = match cadence.slot_of(since, today) {
        None => (0, 0),
        Some(current) => {
            // The current slot counts once its meeting is held; until then it is not yet due.
            let end = if held_slots.contains(&current) { current + 1 } else { current };
            let start = end.saturating_sub(CONSISTENCY_SLOTS);
            (held_slots.range(start..end).count() as u32, end - start)
        }
    };
    let consistency = (due_in_window > 0).then(|| f64::from(held_in_window) / f64::from(due_in_window));
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
        let extra = status(
            Some(Cadence::Monthly),
            Some(today - Days::new(40)),
            &[today - Days::new(1), today - Days::new(8), today - Days::new(35)],
            today,
        );
        assert_eq!(extra.consistency, Some(1.0), "two meetings in one slot count once: capped at 100%");
    }

    /// Weekly from Monday 7 Sep 2026, a meeting every Monday up to `last`.
    fn mondays_until(last: &str) -> Vec<NaiveDate> {
        let mut days = vec![day("2026-09-07")];
        while *days.last().unwrap() < day(last) {
            days.push(*days.last().unwrap() + Days::new(7));
        }
        days
    }

    fn weekly(held: &[NaiveDate], today: &str) -> (u32, u32) {
        let s = status(Some(Cadence::Weekly), Some(day("2026-09-07")), held, day(today));
        (s.held_in_window, s.due_in_window)
    }

    #[test]
    fn a_perfect_twelve_reads_twelve_of_twelve_on_the_meeting_day_and_through_its_week() {
        let held = mondays_until("2026-11-23");
        assert_eq!(held.len(), 12);
        assert_eq!(weekly(&held, "2026-11-23"), (12, 12), "on the last day of the window: today");
        assert_eq!(weekly(&held, "2026-11-29"), (12, 12), "the Sunday after");
        assert_eq!(weekly(&held, "2026-11-30"), (12, 12), "the next Monday, before its meeting");
    }

    #[test]
    fn a_meeting_on_the_first_day_of_the_window_counts_as_held() {
        // Thirteen Mondays held; on 30 Nov (slot not yet held) the window's
        // first day is Mon 7 Sep, and that meeting counts.
        let mut held = mondays_until("2026-11-23");
        assert_eq!(weekly(&held, "2026-11-30"), (12, 12));
        held.remove(0);
        assert_eq!(weekly(&held, "2026-11-30"), (11, 12), "without the first day's meeting one slot is empty");
    }

    #[test]
    fn a_meeting_moved_within_its_slot_still_counts() {
        let mut held = mondays_until("2026-11-23");
        held[5] = held[5] + Days::new(4); // Friday instead of Monday
        assert_eq!(weekly(&held, "2026-11-23"), (12, 12));
    }

    #[test]
    fn a_postponed_meeting_leaves_its_own_slot_empty() {
        let mut held = mondays_until("2026-11-23");
        held[5] = held[5] + Days::new(8); // into the next week, which has its own meeting
        assert_eq!(weekly(&held, "2026-11-23"), (11, 12));
    }

    #[test]
    fn a_cadence_change_counts_slots_from_the_change() {
        // Monthly until 1 Nov, then weekly from Mon 2 Nov: three weekly slots so far, all held.
        let held = [day("2026-09-01"), day("2026-10-01"), day("2026-11-02"), day("2026-11-09"), day("2026-11-16")];
        let s = status(Some(Cadence::Weekly), Some(day("2026-11-02")), &held, day("2026-11-19"));
        assert_eq!((s.held_in_window, s.due_in_window, s.consistency), (3, 3, Some(1.0)));
        let monthly = status(Some(Cadence::Monthly), Some(day("2026-01-31")), &[day("2026-02-28")], day("2026-03-30"));
        assert_eq!((monthly.held_in_window, monthly.due_in_window), (1, 2), "31 Jan, then the 28th of February");
    }

    #[test]
    fn no_cadence_means_nothing_is_due() {
        let s = status(None, None, &[day("2026-11-01")], day("2026-11-24"));
        assert_eq!((s.next_due, s.overdue_days, s.consistency), (None, 0, None));
        assert_eq!(s.last_held, Some(day("2026-11-01")));
    }
}
