//! Workspace settings kept in the database: who is scoring on this machine.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::validate::{self, field};
use crate::Coachbook;
use crate::text_enum::text_enum;

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
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingsInput {
    pub assessor_name: Option<String>,
}

const ASSESSOR: &str = "assessor_name";
const MODE: &str = "workspace_mode";
const ME: &str = "me";

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

fn put(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
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

pub(crate) fn load(conn: &Connection) -> Result<Settings> {
    Ok(Settings {
        assessor_name: assessor_name(conn)?,
        mode: get(conn, MODE)?.map(|t| WorkspaceMode::from_stored(&t)).transpose()?.unwrap_or(WorkspaceMode::Manager),
        me: get(conn, ME)?.map(PersonId::from),
    })
}

impl Coachbook {
    pub fn settings(&self) -> Result<Settings> {
        load(&self.conn())
    }

    /// Makes this a manager's workspace, or a rep's own. A rep's workspace
    /// needs the rep: the one already set, or a new team member called `my_name`.
    pub fn set_workspace_mode(&self, mode: WorkspaceMode, my_name: Option<&str>) -> Result<Settings> {
        let name = validate::optional_line(&field("myName", "Your name"), my_name, 200)?;
        self.write(|tx| {
            if mode == WorkspaceMode::Rep {
                let current = load(tx)?.me;
                let usable = match &current {
                    Some(id) => tx
                        .prepare("SELECT 1 FROM people WHERE id = ?1 AND role = 'rep' AND archived_at IS NULL")?
                        .exists([id])?,
                    None => false,
                };
                if !usable {
                    let name = name.ok_or_else(|| Error::invalid("myName", "Your name is required for a rep's own workspace."))?;
                    let id = PersonId::new();
                    let now = tx.stamp();
                    tx.execute(
                        "INSERT INTO people (id, role, name, name_fold, created_at, updated_at) VALUES (?1, 'rep', ?2, ?3, ?4, ?4)",
                        params![id, name, name.to_lowercase(), now],
                    )?;
                    put(tx, ME, Some(id.as_str()))?;
                }
            }
            put(tx, MODE, Some(mode.as_str()))?;
            load(tx)
        })
    }

    pub fn update_settings(&self, input: &SettingsInput) -> Result<Settings> {
        let assessor = validate::optional_line(&field("assessorName", "Your name"), input.assessor_name.as_deref(), 120)?;
        self.write(|tx| {
            put(tx, ASSESSOR, assessor.as_deref())?;
            load(tx)
        })
    }
}
