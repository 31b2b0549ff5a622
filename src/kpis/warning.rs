//! The early-warning rule, pure over weekly values: the rolling four-week
//! average against the rep's own twelve-week baseline before it.

use chrono::{Days, NaiveDate};
use serde::Serialize;
use specta::Type;

pub const RECENT_WEEKS: u64 = 4;
pub const BASELINE_WEEKS: u64 = 12;
/// Fewer recorded weeks than these in a window and there is no judgement yet.
const MIN_RECENT: usize = 2;
const MIN_BASELINE: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum WarningState {
    Steady,
    /// The recent average fell below the baseline by more than the threshold.
    StormBrewing,
    NotEnoughHistory,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    pub state: WarningState,
    pub recent_average: Option<f64>,
    pub baseline_average: Option<f64>,
    /// 1 − recent/baseline: how far the recent average is below the baseline.
    pub drop: Option<f64>,
    /// How many weeks with a value each average is built on.
    pub recent_weeks: u32,
    pub baseline_weeks: u32,
}

fn mean_in(values: &[(NaiveDate, f64)], from: NaiveDate, to: NaiveDate) -> (Option<f64>, usize) {
    let inside: Vec<f64> = values.iter().filter(|(w, _)| *w >= from && *w <= to).map(|(_, v)| *v).collect();
    let n = inside.len();
    ((n > 0).then(|| inside.iter().sum::<f64>() / n as f64), n)
}

/// Judges the weekly `values` (Monday, value) as of the week starting `this_week`.
/// Weeks with nothing recorded are missing, not zero.
pub fn assess(values: &[(NaiveDate, f64)], this_week: NaiveDate, warn_drop: f64) -> Warning {
    let recent_from = this_week - Days::new(7 * (RECENT_WEEKS - 1));
    let baseline_to = recent_from - Days::new(7);
    let baseline_from = recent_from - Days::new(7 * BASELINE_WEEKS);
    let (recent, recent_n) = mean_in(values, recent_from, this_week);
    let (baseline, baseline_n) = mean_in(values, baseline_from, baseline_to);
    let drop = match (recent, baseline) {
        (Some(r), Some(b)) if b > 0.0 => Some(1.0 - r / b),
        _ => None,
    };
    let state = if recent_n < MIN_RECENT || baseline_n < MIN_BASELINE || drop.is_none() {
        WarningState::NotEnoughHistory
    } else if drop.is_some_and(|d| d > warn_drop) {
        WarningState::StormBrewing
    } else {
        WarningState::Steady
    };
    Warning {
        state,
        recent_average: recent,
        baseline_average: baseline,
        drop,
        recent_weeks: recent_n as u32,
        baseline_weeks: baseline_n as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monday(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// `count` weekly values ending the week of `last`, oldest first.
    fn series(last: &str, values: &[f64]) -> Vec<(NaiveDate, f64)> {
        let last = monday(last);
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (last - Days::new(7 * (values.len() - 1 - i) as u64), *v))
            .collect()
    }

    #[test]
    fn a_drop_below_the_baseline_is_a_storm_brewing() {
        // Twelve weeks at 50, then four at 38: 24% below.
        let mut values = vec![50.0; 12];
        values.extend([40.0, 38.0, 37.0, 37.0]);
        let w = assess(&series("2026-11-23", &values), monday("2026-11-23"), 0.15);
        assert_eq!(w.state, WarningState::StormBrewing);
        assert_eq!((w.recent_average, w.baseline_average), (Some(38.0), Some(50.0)));
        assert!((w.drop.unwrap() - 0.24).abs() < 1e-9);
    }

    #[test]
    fn a_small_dip_within_the_threshold_is_steady() {
        let mut values = vec![50.0; 12];
        values.extend([46.0, 45.0, 44.0, 45.0]);
        let w = assess(&series("2026-11-23", &values), monday("2026-11-23"), 0.15);
        assert_eq!(w.state, WarningState::Steady);
    }

    #[test]
    fn without_a_baseline_there_is_no_judgement() {
        // Four weeks, all inside the recent window: nothing to compare with.
        let w = assess(&series("2026-11-23", &[50.0, 50.0, 10.0, 10.0]), monday("2026-11-23"), 0.15);
        assert_eq!(w.state, WarningState::NotEnoughHistory);
        assert_eq!((w.recent_weeks, w.baseline_weeks), (4, 0));
    }

    #[test]
    fn two_baseline_weeks_and_two_recent_ones_are_enough_to_judge() {
        // Weeks 5 and 4 back at 50, then this week and last at 30 and 28.
        let this_week = monday("2026-11-23");
        let values: Vec<_> = [(35, 50.0), (28, 50.0), (7, 30.0), (0, 28.0)]
            .into_iter()
            .map(|(back, v)| (this_week - Days::new(back), v))
            .collect();
        let w = assess(&values, this_week, 0.15);
        assert_eq!(w.state, WarningState::StormBrewing);
        assert_eq!((w.recent_weeks, w.baseline_weeks), (2, 2));
        assert!((w.drop.unwrap() - 0.42).abs() < 1e-9);
    }

    #[test]
    fn missing_weeks_are_left_out_not_counted_as_zero() {
        let mut values = series("2026-10-26", &[50.0; 12]);
        // Only two of the last four weeks recorded, both at 48.
        values.push((monday("2026-11-16"), 48.0));
        values.push((monday("2026-11-23"), 48.0));
        let w = assess(&values, monday("2026-11-23"), 0.15);
        assert_eq!(w.recent_average, Some(48.0));
        assert_eq!(w.state, WarningState::Steady);
    }

    #[test]
    fn the_windows_run_across_the_new_year() {
        // Recent weeks: 2026-W51 … 2027-W01 (2026 has 53 weeks).
        let values = series("2027-01-04", &[&[20.0; 12][..], &[10.0; 4][..]].concat());
        let w = assess(&values, monday("2027-01-04"), 0.15);
        assert_eq!(w.state, WarningState::StormBrewing);
        assert_eq!(w.drop, Some(0.5));
    }
}
