//! The one clock: "now" and "today" come from here, never from the wall
//! clock inside a store, so every rule that depends on the date can be
//! tested on any date. The shell passes [`SystemClock`]; tests a [`FixedClock`].

use std::sync::Mutex;

use chrono::{DateTime, Local, NaiveDate, Utc};

pub trait Clock: Send + Sync {
    /// The current moment, at the millisecond precision timestamps are stored with.
    fn now(&self) -> DateTime<Utc>;
    /// The user's calendar day (in their time zone).
    fn today(&self) -> NaiveDate;
}

/// The machine's clock and time zone.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        let now = Utc::now();
        DateTime::from_timestamp_millis(now.timestamp_millis()).unwrap_or(now)
    }

    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
}

/// A clock that says what it is told: for tests and replays.
#[derive(Debug)]
pub struct FixedClock {
    now: Mutex<DateTime<Utc>>,
}

impl FixedClock {
    pub fn at(now: DateTime<Utc>) -> Self {
        FixedClock { now: Mutex::new(now) }
    }

    /// Noon (UTC) on `day`, so the day is the same in every time zone near UTC.
    pub fn on(day: NaiveDate) -> Self {
        Self::at(noon(day))
    }

    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(|p| p.into_inner()) = now;
    }

    pub fn set_day(&self, day: NaiveDate) {
        self.set(noon(day));
    }
}

fn noon(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(12, 0, 0).expect("noon exists").and_utc()
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The fixed clock keeps its days in UTC.
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_says_the_day_it_was_set_to() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        let clock = FixedClock::on(day);
        assert_eq!(clock.today(), day);
        clock.set_day(day.succ_opt().unwrap());
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2026, 2, 1).unwrap());
    }

    #[test]
    fn the_system_clock_keeps_whole_milliseconds() {
        assert_eq!(SystemClock.now().timestamp_subsec_nanos() % 1_000_000, 0);
    }
}
