//! The exercise timer as pure state changes over timestamps, and how a
//! recorded duration compares with the rubric's time limit.

use chrono::{DateTime, Utc};

use super::types::{TimerAction, TimerState, Timing, TimingVerdict};
use crate::error::{Error, Result};

/// Running this far past the limit is flagged: eleven minutes on eight.
pub const FAR_OVER_RATIO: f64 = 11.0 / 8.0;

/// Durations are capped so they fit the wire's 32-bit integers (about 49 days).
const MAX_MS: i64 = u32::MAX as i64;

impl TimerState {
    pub fn idle() -> Self {
        TimerState { elapsed_ms: 0, running_since: None, duration_ms: None }
    }

    /// Time on the clock at `now`.
    pub fn elapsed_at(&self, now: DateTime<Utc>) -> u32 {
        let running = self.running_since.map_or(0, |since| (now - since).num_milliseconds().max(0));
        (i64::from(self.elapsed_ms) + running).min(MAX_MS) as u32
    }

    pub fn apply(&self, action: TimerAction, now: DateTime<Utc>) -> Result<TimerState> {
        let conflict = |message: &str| Err(Error::conflict(Some("timer"), message));
        match action {
            TimerAction::Start if self.duration_ms.is_some() => {
                conflict("The timer was stopped and the duration recorded; reset it to time again.")
            }
            TimerAction::Start if self.running_since.is_some() => conflict("The timer is already running."),
            TimerAction::Start => Ok(TimerState { running_since: Some(now), ..self.clone() }),
            TimerAction::Pause if self.running_since.is_none() => conflict("The timer is not running."),
            TimerAction::Pause => {
                Ok(TimerState { elapsed_ms: self.elapsed_at(now), running_since: None, duration_ms: None })
            }
            TimerAction::Stop if self.duration_ms.is_some() => conflict("The timer is already stopped."),
            TimerAction::Stop if self.running_since.is_none() && self.elapsed_ms == 0 => {
                conflict("The timer has not been started.")
            }
            TimerAction::Stop => {
                let elapsed = self.elapsed_at(now);
                Ok(TimerState { elapsed_ms: elapsed, running_since: None, duration_ms: Some(elapsed) })
            }
            TimerAction::Reset => Ok(TimerState::idle()),
        }
    }
}

/// Judges a duration against a limit. `None` without both.
pub fn timing(limit_seconds: Option<u32>, duration_ms: Option<u32>) -> Option<Timing> {
    let (limit, duration) = (limit_seconds?, duration_ms?);
    let duration_seconds = f64::from(duration) / 1000.0;
    let limit_f = f64::from(limit);
    let overtime_seconds = (duration_seconds - limit_f).max(0.0);
    let verdict = if duration_seconds >= limit_f * FAR_OVER_RATIO {
        TimingVerdict::FarOver
    } else if overtime_seconds > 0.0 {
        TimingVerdict::Over
    } else {
        TimingVerdict::WithinLimit
    };
    Some(Timing { limit_seconds: limit, duration_seconds, overtime_seconds, verdict })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(seconds: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_800_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn elapsed_time_comes_from_timestamps_and_skips_pauses() {
        let t = TimerState::idle().apply(TimerAction::Start, at(0)).unwrap();
        assert_eq!(t.elapsed_at(at(90)), 90_000);
        let t = t.apply(TimerAction::Pause, at(100)).unwrap();
        assert_eq!(t.elapsed_at(at(500)), 100_000, "paused time does not count");
        let t = t.apply(TimerAction::Start, at(600)).unwrap();
        let t = t.apply(TimerAction::Stop, at(650)).unwrap();
        assert_eq!(t.duration_ms, Some(150_000));
        assert_eq!(t.elapsed_at(at(10_000)), 150_000, "a stopped timer stays put");
    }

    #[test]
    fn impossible_moves_are_refused() {
        let idle = TimerState::idle();
        assert!(idle.apply(TimerAction::Pause, at(0)).is_err());
        assert!(idle.apply(TimerAction::Stop, at(0)).is_err());
        let running = idle.apply(TimerAction::Start, at(0)).unwrap();
        assert!(running.apply(TimerAction::Start, at(1)).is_err());
        let stopped = running.apply(TimerAction::Stop, at(5)).unwrap();
        assert_eq!(stopped.apply(TimerAction::Start, at(6)).unwrap_err().field(), Some("timer"));
        assert_eq!(stopped.apply(TimerAction::Reset, at(7)).unwrap(), TimerState::idle());
    }

    #[test]
    fn a_clock_that_went_backwards_never_gives_negative_time() {
        let t = TimerState::idle().apply(TimerAction::Start, at(100)).unwrap();
        assert_eq!(t.elapsed_at(at(50)), 0);
    }

    #[test]
    fn timing_marks_overtime_and_far_over() {
        let eight_minutes = Some(480);
        let within = timing(eight_minutes, Some(470_000)).unwrap();
        assert_eq!((within.verdict, within.overtime_seconds), (TimingVerdict::WithinLimit, 0.0));
        let over = timing(eight_minutes, Some(545_000)).unwrap();
        assert_eq!((over.verdict, over.overtime_seconds), (TimingVerdict::Over, 65.0));
        let eleven = timing(eight_minutes, Some(660_000)).unwrap();
        assert_eq!(eleven.verdict, TimingVerdict::FarOver);
        assert_eq!(eleven.overtime_seconds, 180.0);
        assert_eq!(timing(None, Some(1000)), None);
        assert_eq!(timing(eight_minutes, None), None);
    }
}
