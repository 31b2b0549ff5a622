//! Meetings: held on a day with one rep, on a copy of the rep's agenda, with
//! a note per section that autosaves and is private or shared.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::actions::{carried_into, agreed_in};
use super::templates::{load_template, template_for};
use crate::people::ensure_rep;
use super::types::*;
use crate::db::time::Stamp;
use crate::error::{Error, Result};
use crate::ids::{MeetingId, NoteId, PersonId};
use crate::validate::{self, field};
use crate::trash::{move_to_trash, Subject, TrashEntry, TrashKind};
use crate::Coachbook;
use crate::workspace::Write;

pub(crate) const MAX_NOTE: usize = 20_000;
/// Agenda sections and added talking points in one meeting.
const MAX_NOTES: u32 = 40;
/// How many meetings a rep's list shows; older ones are still found by search.
pub const MEETINGS_LISTED: u32 = 104;

struct MeetingRow {
    pub person_id: PersonId,
    pub person_name: String,
    pub held_on: NaiveDate,
    pub template_name: String,
    pub created_at: Stamp,
    pub updated_at: Stamp,
}

fn load_row(conn: &Connection, id: &MeetingId) -> Result<MeetingRow> {
    conn.query_row(
        "SELECT m.person_id, p.name, m.held_on, m.template_name, m.created_at, m.updated_at
         FROM meetings m JOIN people p ON p.id = m.person_id WHERE m.id = ?1",
        [id],
        |r| {
            Ok(MeetingRow {
                person_id: r.get(0)?,
                person_name: r.get(1)?,
                held_on: r.get(2)?,
                template_name: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("meeting", id.as_str()))
}

/// A meeting in full. Without `include_private`, private notes are left out
/// (the rep's view; the query layer already takes visibility as a parameter).
pub(crate) fn load_meeting(conn: &Connection, id: &MeetingId, include_private: bool) -> Result<Meeting> {
    let row = load_row(conn, id)?;
    let mut statement = conn.prepare_cached(
        "SELECT id, title, prompt, body, visibility FROM meeting_notes
         WHERE meeting_id = ?1 AND (?2 OR visibility = 'shared') ORDER BY position",
    )?;
    let notes = statement
        .query_map(params![id, include_private], |r| {
            Ok(MeetingNote { id: r.get(0)?, title: r.get(1)?, prompt: r.get(2)?, body: r.get(3)?, visibility: r.get(4)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Meeting {
        carried: carried_into(conn, id)?,
        actions: agreed_in(conn, id)?,
        id: id.clone(),
        person_id: row.person_id,
        person_name: row.person_name,
        held_on: row.held_on,
        template_name: row.template_name,
        notes,
        created_at: row.created_at.0,
        updated_at: row.updated_at.0,
    })
}

fn touch(tx: &Write<'_>, id: &MeetingId) -> Result<()> {
    tx.execute("UPDATE meetings SET updated_at = ?2 WHERE id = ?1", params![id, tx.stamp()])?;
    Ok(())
}

impl Coachbook {
    /// Holds a one-on-one with a rep on `held_on` (default today), copying
    /// the rep's agenda so later edits to it leave this meeting alone.
    pub fn hold_meeting(&self, person: &PersonId, held_on: Option<&str>) -> Result<Meeting> {
        let held_on = validate::optional_date(&field("heldOn", "Date"), held_on)?.unwrap_or_else(|| self.clock().today());
        self.write(|tx| {
            ensure_rep(tx, person, "one-on-ones")?;
            let template = load_template(tx, &template_for(tx, person)?)?;
            let id = MeetingId::new();
            let now = tx.stamp();
            tx.execute(
                "INSERT INTO meetings (id, person_id, held_on, template_name, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![id, person, held_on, template.name, now],
            )?;
            let mut insert = tx.prepare(
                "INSERT INTO meeting_notes (id, meeting_id, position, title, prompt, visibility, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for (position, section) in template.sections.iter().enumerate() {
                insert.execute(params![NoteId::new(), id, position as u32, section.title, section.prompt,
                                       section.default_visibility.as_str(), now])?;
            }
            load_meeting(tx, &id, true)
        })
    }

    /// Adds a talking point that was not on the agenda, after the agenda's sections.
    pub fn add_talking_point(&self, meeting: &MeetingId, title: &str, visibility: Visibility) -> Result<Meeting> {
        let title = validate::required_line(&field("title", "Talking point"), title, 120)?;
        self.write(|tx| {
            load_row(tx, meeting)?;
            let count: u32 = tx.query_row("SELECT count(*) FROM meeting_notes WHERE meeting_id = ?1", [meeting], |r| r.get(0))?;
            if count >= MAX_NOTES {
                return Err(Error::invalid("title", format!("A meeting holds at most {MAX_NOTES} talking points.")));
            }
            tx.execute(
                "INSERT INTO meeting_notes (id, meeting_id, position, title, visibility, updated_at)
                 VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM meeting_notes WHERE meeting_id = ?2), ?3, ?4, ?5)",
                params![NoteId::new(), meeting, title, visibility, tx.stamp()],
            )?;
            touch(tx, meeting)?;
            load_meeting(tx, meeting, true)
        })
    }

    pub fn get_meeting(&self, id: &MeetingId, include_private: bool) -> Result<Meeting> {
        load_meeting(&self.conn(), id, include_private)
    }

    /// A rep's meetings, newest first: the latest [`MEETINGS_LISTED`] (two years of weekly ones).
    pub fn list_meetings(&self, person: &PersonId) -> Result<Vec<MeetingSummary>> {
        let conn = self.conn();
        crate::one_on_ones::templates::load_setup(&conn, person)?;
        let mut statement = conn.prepare(
            "SELECT m.id, m.held_on, m.template_name,
                    (SELECT count(*) FROM meeting_notes n WHERE n.meeting_id = m.id AND n.body <> ''),
                    (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id),
                    (SELECT count(*) FROM action_items a WHERE a.meeting_id = m.id AND a.done_at IS NULL)
             FROM meetings m WHERE m.person_id = ?1 ORDER BY m.held_on DESC, m.created_at DESC LIMIT ?2",
        )?;
        let meetings = statement
            .query_map(params![person, MEETINGS_LISTED], |r| {
                Ok(MeetingSummary {
                    id: r.get(0)?,
                    held_on: r.get(1)?,
                    template_name: r.get(2)?,
                    notes_written: r.get(3)?,
                    actions_agreed: r.get(4)?,
                    actions_open: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(meetings)
    }

    /// Saves one section's note as the manager types.
    pub fn save_meeting_note(&self, note: &NoteId, body: &str, visibility: Visibility) -> Result<MeetingNote> {
        let body = validate::notes(&field("body", "Note"), body, MAX_NOTE)?;
        self.write(|tx| {
            let meeting: MeetingId = tx
                .query_row("SELECT meeting_id FROM meeting_notes WHERE id = ?1", [note], |r| r.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("note", note.as_str()))?;
            tx.execute(
                "UPDATE meeting_notes SET body = ?2, visibility = ?3, updated_at = ?4 WHERE id = ?1",
                params![note, body, visibility.as_str(), tx.stamp()],
            )?;
            touch(tx, &meeting)?;
            tx.query_row("SELECT id, title, prompt, body, visibility FROM meeting_notes WHERE id = ?1", [note], |r| {
                Ok(MeetingNote { id: r.get(0)?, title: r.get(1)?, prompt: r.get(2)?, body: r.get(3)?, visibility: r.get(4)? })
            })
            .map_err(Error::from)
        })
    }

    /// Moves a meeting (held by mistake, say) to the trash with its notes and
    /// the action items agreed in it; items it closed stay closed.
    pub fn delete_meeting(&self, id: &MeetingId) -> Result<TrashEntry> {
        self.write(|tx| {
            let row = load_row(tx, id)?;
            let subject = Subject {
                kind: TrashKind::Meeting,
                title: row.template_name,
                person: Some(row.person_id),
                on_date: Some(row.held_on),
            };
            move_to_trash(tx, subject, "meetings", &[("id", id.as_str())])
        })
    }

    pub fn set_meeting_date(&self, id: &MeetingId, held_on: &str) -> Result<Meeting> {
        let held_on = validate::optional_date(&field("heldOn", "Date"), Some(held_on))?
            .ok_or_else(|| Error::invalid("heldOn", "Date is required."))?;
        self.write(|tx| {
            load_row(tx, id)?;
            tx.execute(
                "UPDATE meetings SET held_on = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, held_on, tx.stamp()],
            )?;
            load_meeting(tx, id, true)
        })
    }
}
