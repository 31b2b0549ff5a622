//! The balance of positive to constructive feedback, and the nudges that
//! keep a rep's history from becoming only corrections. Pure over dates.

use chrono::NaiveDate;
use serde::Serialize;
use specta::Type;

use super::types::Polarity;

/// No positive feedback for this many days earns a nudge.
pub const POSITIVE_GAP_DAYS: u32 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Nudge {
    /// No feedback at all in the last 30 days.
    NoFeedback,
    /// Feedback in the last 30 days, all of it constructive.
    OnlyConstructive,
    /// No positive feedback for two weeks or more (or ever).
    NoRecentPositive,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Balance {
    pub positive30: u32,
    pub constructive30: u32,
    pub positive90: u32,
    pub constructive90: u32,
    pub last_positive: Option<NaiveDate>,
    pub days_since_positive: Option<u32>,
    pub last_entry: Option<NaiveDate>,
    pub nudge: Option<Nudge>,
}

/// Computes the balance from `(day, polarity)` pairs as of `today`.
/// Entries after `today` are ignored.
pub fn balance(entries: &[(NaiveDate, Polarity)], today: NaiveDate) -> Balance {
    let mut b = Balance::default();
    for &(day, polarity) in entries.iter().filter(|(d, _)| *d <= today) {
        let age = (today - day).num_days();
        let positive = polarity == Polarity::Positive;
        if age < 30 {
            if positive { b.positive30 += 1 } else { b.constructive30 += 1 }
        }
        if age < 90 {
            if positive { b.positive90 += 1 } else { b.constructive90 += 1 }
        }
        if positive && b.last_positive.is_none_or(|last| day > last) {
            b.last_positive = Some(day);
        }
        if b.last_entry.is_none_or(|last| day > last) {
            b.last_entry = Some(day);
        }
    }
    b.days_since_positive = b.last_positive.map(|d| (today - d).num_days() as u32);
    b.nudge = if b.positive30 + b.constructive30 == 0 {
        Some(Nudge::NoFeedback)
    } else if b.positive30 == 0 {
        Some(Nudge::OnlyConstructive)
    } else if b.days_since_positive.is_none_or(|d| d >= POSITIVE_GAP_DAYS) {
        Some(Nudge::NoRecentPositive)
    } else {
        None
    };
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use Polarity::{Constructive, Positive};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn counts_fall_into_the_thirty_and_ninety_day_windows() {
        let today = day("2026-11-24");
        let entries = [
            (day("2026-11-24"), Positive),
            (day("2026-10-26"), Constructive), // 29 days ago: in both
            (day("2026-10-25"), Positive),     // 30 days ago: 90 only
            (day("2026-08-27"), Constructive), // 89 days ago
            (day("2026-08-26"), Positive),     // 90 days ago: neither
            (day("2026-12-01"), Positive),     // future: ignored
        ];
        let b = balance(&entries, today);
        assert_eq!((b.positive30, b.constructive30, b.positive90, b.constructive90), (1, 1, 2, 2));
        assert_eq!(b.last_positive, Some(today));
        assert_eq!(b.days_since_positive, Some(0));
        assert_eq!(b.nudge, None);
    }

    #[test]
    fn only_constructive_feedback_is_called_out() {
        let b = balance(&[(day("2026-11-20"), Constructive), (day("2026-10-01"), Positive)], day("2026-11-24"));
        assert_eq!(b.nudge, Some(Nudge::OnlyConstructive));
        assert_eq!(b.days_since_positive, Some(54));
    }

    #[test]
    fn two_weeks_without_praise_earns_a_nudge() {
        let today = day("2026-11-24");
        let b = balance(&[(day("2026-11-10"), Positive), (day("2026-11-23"), Constructive)], today);
        assert_eq!(b.nudge, Some(Nudge::NoRecentPositive));
        let fresh = balance(&[(day("2026-11-11"), Positive)], today);
        assert_eq!(fresh.nudge, None, "13 days is within the fortnight");
    }

    #[test]
    fn no_feedback_for_a_month_is_its_own_nudge() {
        assert_eq!(balance(&[], day("2026-11-24")).nudge, Some(Nudge::NoFeedback));
        assert_eq!(balance(&[(day("2026-09-01"), Positive)], day("2026-11-24")).nudge, Some(Nudge::NoFeedback));
    }
}
