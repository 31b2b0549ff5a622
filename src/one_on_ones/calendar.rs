//! A rep's one-on-one cadence as an iCalendar file, for the manager's
//! calendar: one repeating event from the next meeting due.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, Event, EventLike};

use super::types::Cadence;
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::Coachbook;

fn rule(cadence: Cadence) -> &'static str {
    match cadence {
        Cadence::Weekly => "FREQ=WEEKLY",
        Cadence::Biweekly => "FREQ=WEEKLY;INTERVAL=2",
        Cadence::Monthly => "FREQ=MONTHLY",
    }
}

impl Coachbook {
    /// The cadence as `.ics` text: an all-day event on the next due day, repeating.
    pub fn cadence_calendar(&self, person: &PersonId, today: NaiveDate) -> Result<String> {
        let rep = self.get_person(person)?;
        let status = crate::team::one_on_one_status(&self.conn(), person, today)?;
        let setup = self.one_on_one_setup(person)?;
        let (Some(cadence), Some(next)) = (setup.cadence, status.next_due) else {
            return Err(Error::invalid("cadence", format!("Set a one-on-one cadence for {} first.", rep.name)));
        };
        let start = next.max(today);
        let event = Event::new()
            .uid(&format!("one-on-one-{person}@coachbook"))
            .summary(&format!("One-on-one with {}", rep.name))
            .description("Wins, will, skill, personal goal, plan and KPIs, KARE, action items.")
            .all_day(start)
            .add_property("RRULE", rule(cadence))
            .done();
        let mut calendar = Calendar::new();
        calendar.name(&format!("One-on-ones with {}", rep.name)).push(event);
        Ok(calendar.done().to_string())
    }
}
