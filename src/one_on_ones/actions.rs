//! Action items: agreed in a meeting, owned by the manager or the rep, and
//! carried into every later meeting with the rep until they are done.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::types::*;
use crate::db::time::{self};
use crate::error::{Error, Result};
use crate::ids::{ActionItemId, MeetingId, PersonId};
use crate::validate::{self, field};
use crate::trash::{move_to_trash, Subject, TrashEntry, TrashKind};
use crate::Coachbook;

const COLUMNS: &str = "a.id, a.person_id, a.meeting_id, m.held_on, a.text, a.owner, a.due_on, a.done_at, a.closed_in_meeting_id";

fn read_item(r: &Row<'_>) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: r.get(0)?,
        person_id: r.get(1)?,
        meeting_id: r.get(2)?,
        agreed_on: r.get(3)?,
        text: r.get(4)?,
        owner: r.get(5)?,
        due_on: r.get(6)?,
        done_at: time::optional(r.get(7)?),
        closed_in_meeting_id: r.get(8)?,
    })
}

fn query(conn: &Connection, filter: &str, args: impl rusqlite::Params) -> Result<Vec<ActionItem>> {
    query_first(conn, filter, args, -1)
}

/// The first `limit` items the filter keeps, soonest due first (-1: all).
fn query_first(conn: &Connection, filter: &str, args: impl rusqlite::Params, limit: i64) -> Result<Vec<ActionItem>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM action_items a JOIN meetings m ON m.id = a.meeting_id WHERE {filter}
         ORDER BY a.due_on IS NULL, a.due_on, a.rowid LIMIT {limit}"
    );
    Ok(conn.prepare_cached(&sql)?.query_map(args, read_item)?.collect::<rusqlite::Result<_>>()?)
}

/// Items agreed in `meeting`.
pub(crate) fn agreed_in(conn: &Connection, meeting: &MeetingId) -> Result<Vec<ActionItem>> {
    query(conn, "a.meeting_id = ?1", [meeting])
}

/// Items from the rep's earlier meetings that this meeting must show: still
/// open, or closed in this meeting. Nothing open is dropped.
pub(crate) fn carried_into(conn: &Connection, meeting: &MeetingId) -> Result<Vec<ActionItem>> {
    query(
        conn,
        "a.meeting_id <> ?1
         AND a.person_id = (SELECT person_id FROM meetings WHERE id = ?1)
         AND (m.held_on < (SELECT held_on FROM meetings WHERE id = ?1)
              OR (m.held_on = (SELECT held_on FROM meetings WHERE id = ?1)
                  AND m.created_at < (SELECT created_at FROM meetings WHERE id = ?1)))
         AND (a.done_at IS NULL OR a.closed_in_meeting_id = ?1)",
        [meeting],
    )
}

/// Open items of active reps due by `until` (overdue ones too), soonest
/// first: the first `limit`, and how many there are in all.
pub(crate) fn reps_items_due(conn: &Connection, until: chrono::NaiveDate, limit: u32) -> Result<(Vec<ActionItem>, u32)> {
    const FILTER: &str = "a.done_at IS NULL AND a.due_on IS NOT NULL AND a.due_on <= ?1
         AND (SELECT role = 'rep' AND archived_at IS NULL FROM people WHERE id = a.person_id)";
    let items = query_first(conn, FILTER, [until], limit.into())?;
    let total = conn
        .prepare_cached(&format!("SELECT count(*) FROM action_items a WHERE {FILTER}"))?
        .query_row([until], |r| r.get(0))?;
    Ok((items, total))
}

fn load_item(conn: &Connection, id: &ActionItemId) -> Result<ActionItem> {
    query(conn, "a.id = ?1", [id])?.pop().ok_or_else(|| Error::not_found("action item", id.as_str()))
}

struct CleanItem {
    text: String,
    owner: Owner,
    due_on: Option<chrono::NaiveDate>,
}

fn clean(item: &NewActionItem) -> Result<CleanItem> {
    Ok(CleanItem {
        text: validate::required_line(&field("text", "Action item"), &item.text, 500)?,
        owner: item.owner,
        due_on: validate::optional_date(&field("dueOn", "Due date"), item.due_on.as_deref())?,
    })
}

/// Whose meeting `meeting` is; a missing meeting is not found.
fn meeting_person(conn: &Connection, meeting: &MeetingId) -> Result<PersonId> {
    conn.query_row("SELECT person_id FROM meetings WHERE id = ?1", [meeting], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("meeting", meeting.as_str()))
}

impl Coachbook {
    pub fn add_action_item(&self, meeting: &MeetingId, item: &NewActionItem) -> Result<ActionItem> {
        let item = clean(item)?;
        self.write(|tx| {
            let person_id = meeting_person(tx, meeting)?;
            let id = ActionItemId::new();
            let now = tx.stamp();
            tx.execute(
                "INSERT INTO action_items (id, person_id, meeting_id, text, owner, due_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![id, person_id, meeting, item.text, item.owner.as_str(), item.due_on, now],
            )?;
            load_item(tx, &id)
        })
    }

    pub fn update_action_item(&self, id: &ActionItemId, item: &NewActionItem) -> Result<ActionItem> {
        let item = clean(item)?;
        self.write(|tx| {
            load_item(tx, id)?;
            tx.execute(
                "UPDATE action_items SET text = ?2, owner = ?3, due_on = ?4, updated_at = ?5 WHERE id = ?1",
                params![id, item.text, item.owner.as_str(), item.due_on, tx.stamp()],
            )?;
            load_item(tx, id)
        })
    }

    /// Moves an action item to the trash.
    pub fn delete_action_item(&self, id: &ActionItemId) -> Result<TrashEntry> {
        self.write(|tx| {
            let item = load_item(tx, id)?;
            let subject = Subject { kind: TrashKind::ActionItem, title: item.text, person: Some(item.person_id), on_date: item.due_on };
            move_to_trash(tx, subject, "action_items", &[("id", id.as_str())])
        })
    }

    /// Marks an item done (recording the meeting it was closed in, if any) or open again.
    pub fn set_action_item_done(&self, id: &ActionItemId, done: bool, in_meeting: Option<&MeetingId>) -> Result<ActionItem> {
        self.write(|tx| {
            load_item(tx, id)?;
            if let Some(meeting) = in_meeting {
                meeting_person(tx, meeting)?;
            }
            let now = tx.stamp();
            tx.execute(
                "UPDATE action_items SET done_at = ?2, closed_in_meeting_id = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, done.then_some(&now), if done { in_meeting } else { None }, now],
            )?;
            load_item(tx, id)
        })
    }

    /// A rep's open items, soonest due first.
    pub fn open_action_items(&self, person: &PersonId) -> Result<Vec<ActionItem>> {
        query(&self.conn(), "a.person_id = ?1 AND a.done_at IS NULL", [person])
    }

    /// Open items across the team due on or before `until` (for "due this week").
    pub fn action_items_due(&self, until: chrono::NaiveDate) -> Result<Vec<ActionItem>> {
        query(
            &self.conn(),
            "a.done_at IS NULL AND a.due_on IS NOT NULL AND a.due_on <= ?1
             AND (SELECT archived_at FROM people WHERE id = a.person_id) IS NULL",
            [until],
        )
    }
}
