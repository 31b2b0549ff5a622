//! Reminders the desktop shows as OS notifications: one-on-ones due today
//! (or overdue) and open action items due today (or overdue). Each is given
//! at most once a day, and only while reminders are switched on.

use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;
use specta::Type;

use crate::error::Result;
use crate::ids::PersonId;
use crate::settings;
use crate::Coachbook;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    pub title: String,
    pub body: String,
    /// Whose page the reminder opens.
    pub person_id: PersonId,
}

impl Coachbook {
    /// The reminders not yet given today, marked as given. Empty when switched off.
    pub fn take_reminders(&self, today: NaiveDate) -> Result<Vec<Reminder>> {
        if !self.settings()?.reminders {
            return Ok(Vec::new());
        }
        let mut due: Vec<(String, Reminder)> = Vec::new();
        for row in self.reps_where(today, |s| s.one_on_ones.next_due.is_some_and(|d| d <= today))? {
            let Some(next) = row.one_on_ones.next_due else { continue };
            let when = match row.one_on_ones.overdue_days {
                0 => "due today".to_owned(),
                1 => "1 day overdue".to_owned(),
                n => format!("{n} days overdue"),
            };
            due.push((
                format!("one-on-one:{}:{next}", row.person.id),
                Reminder {
                    title: format!("One-on-one with {}", row.person.name),
                    body: format!("Your one-on-one with {} is {when}.", row.person.name),
                    person_id: row.person.id.clone(),
                },
            ));
        }
        for item in self.action_items_due(today)? {
            let whose = self.get_person(&item.person_id)?.name;
            due.push((
                format!("action-item:{}", item.id),
                Reminder {
                    title: format!("Action item for {whose}"),
                    body: item.text.clone(),
                    person_id: item.person_id.clone(),
                },
            ));
        }
        self.write(|tx| {
            let mut fresh = Vec::new();
            for (key, reminder) in due {
                let given = tx
                    .prepare_cached("SELECT 1 FROM reminder_log WHERE key = ?1 AND notified_on = ?2")?
                    .exists(params![key, today])?;
                if !given {
                    tx.execute(
                        "INSERT INTO reminder_log (key, notified_on) VALUES (?1, ?2)
                         ON CONFLICT (key) DO UPDATE SET notified_on = excluded.notified_on",
                        params![key, today],
                    )?;
                    fresh.push(reminder);
                }
            }
            Ok(fresh)
        })
    }

    /// Switches the OS reminders on or off.
    pub fn set_reminders(&self, on: bool) -> Result<settings::Settings> {
        self.write(|tx| {
            settings::put(tx, settings::REMINDERS, Some(if on { "on" } else { "off" }))?;
            settings::load(tx)
        })
    }
}
