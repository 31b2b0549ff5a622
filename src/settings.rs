//! Workspace settings kept in the database: who is scoring on this machine.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::validate::{self, field};
use crate::Coachbook;
use crate::text_enum::text_enum;
use crate::workspace::Write;

text_enum! {
    /// Whose workspace this is: a manager's (the team, private notes) or a
    /// rep's own (their review, goals and plan; nothing private to others).
    pub enum WorkspaceMode {
        Manager = "manager",
        Rep = "rep",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The name new scorecards are signed with; `None` until set.
    pub assessor_name: Option<String>,
    pub mode: WorkspaceMode,
    /// In a rep's workspace, the rep themself.
    pub me: Option<PersonId>,
    /// OS notifications for one-on-ones and action items due (on unless switched off).
    pub reminders: bool,
    /// In a rep's own workspace: whether the personal goal travels to the manager.
    pub share_goal: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingsInput {
    pub assessor_name: Option<String>,
}

const ASSESSOR: &str = "assessor_name";
const MODE: &str = "workspace_mode";
const ME: &str = "me";
pub(crate) const REMINDERS: &str = "reminders";
/// "on" when a rep shares their personal goal with their manager.
pub(crate) const SHARE_GOAL: &str = "share_goal";
/// This workspace's own id, made once; packs name their sender and recipient by it.
pub(crate) const WORKSPACE_ID: &str = "workspace_id";
/// The folder packs are exchanged through, if any.
pub(crate) const SYNC_FOLDER: &str = "sync_folder";

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

pub(crate) fn put(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(value) => conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?,
        None => conn.execute("DELETE FROM settings WHERE key = ?1", [key])?,
    };
    Ok(())
}

pub(crate) fn assessor_name(conn: &Connection) -> Result<Option<String>> {
    get(conn, ASSESSOR)
}

/// The team member called `name` (case aside), added as a rep when there is none.
fn rep_named(tx: &Write<'_>, name: &str) -> Result<PersonId> {
    let existing: Option<PersonId> = tx
        .query_row(
            "SELECT id FROM people WHERE role = 'rep' AND archived_at IS NULL AND name_fold = lower(?1) ORDER BY created_at LIMIT 1",
            [name],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = PersonId::new();
    tx.execute(
        "INSERT INTO people (id, role, name, name_fold, created_at, updated_at) VALUES (?1, 'rep', ?2, ?3, ?4, ?4)",
        params![id, name, name.to_lowercase(), tx.stamp()],
    )?;
    Ok(id)
}

/// What a workspace may show, by its mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// Private notes and unshared feedback.
    pub private: bool,
    /// Only this rep's data, in a rep's own workspace.
    pub only: Option<PersonId>,
}

pub(crate) fn scope(conn: &Connection) -> Result<Scope> {
    let settings = load(conn)?;
    Ok(match settings.mode {
        WorkspaceMode::Manager => Scope { private: true, only: None },
        // A rep's workspace without its rep shows nobody's data.
        WorkspaceMode::Rep => Scope { private: false, only: Some(settings.me.unwrap_or_else(|| PersonId::from(String::new()))) },
    })
}

pub(crate) fn load(conn: &Connection) -> Result<Settings> {
    Ok(Settings {
        assessor_name: assessor_name(conn)?,
        mode: get(conn, MODE)?.map(|t| WorkspaceMode::from_stored(&t)).transpose()?.unwrap_or(WorkspaceMode::Manager),
        me: get(conn, ME)?.map(PersonId::from),
        reminders: get(conn, REMINDERS)?.as_deref() != Some("off"),
        share_goal: get(conn, SHARE_GOAL)?.as_deref() == Some("on"),
    })
}

impl Coachbook {
    pub fn settings(&self) -> Result<Settings> {
        load(&self.conn())
    }

    /// Makes this a manager's workspace, or a rep's own. A rep's workspace
    /// belongs to one rep record, never a copy: the rep chosen (`me`), else
    /// the team member called `my_name` (added only when there is none), else
    /// the one already linked.
    pub fn set_workspace_mode(&self, mode: WorkspaceMode, me: Option<&PersonId>, my_name: Option<&str>) -> Result<Settings> {
        let name = validate::optional_line(&field("myName", "Your name"), my_name, 200)?;
        self.write(|tx| {
            if mode == WorkspaceMode::Rep {
                let active_rep = |id: &PersonId| -> Result<bool> {
                    Ok(tx.prepare("SELECT 1 FROM people WHERE id = ?1 AND role = 'rep' AND archived_at IS NULL")?.exists([id])?)
                };
                let chosen = match (me, &name) {
                    (Some(id), _) if active_rep(id)? => id.clone(),
                    (Some(_), _) => return Err(Error::invalid("me", "Choose one of the team's current reps.")),
                    (None, Some(name)) => rep_named(tx, name)?,
                    (None, None) => match load(tx)?.me {
                        Some(id) if active_rep(&id)? => id,
                        _ => return Err(Error::invalid("me", "Choose which rep you are.")),
                    },
                };
                put(tx, ME, Some(chosen.as_str()))?;
            }
            put(tx, MODE, Some(mode.as_str()))?;
            load(tx)
        })
    }

    /// What this workspace may show: everything in a manager's; in a rep's
    /// own, only that rep's data and nothing private.
    pub fn scope(&self) -> Result<Scope> {
        scope(&self.conn())
    }

    pub fn update_settings(&self, input: &SettingsInput) -> Result<Settings> {
        let assessor = validate::optional_line(&field("assessorName", "Your name"), input.assessor_name.as_deref(), 120)?;
        self.write(|tx| {
            put(tx, ASSESSOR, assessor.as_deref())?;
            load(tx)
        })
    }
}
