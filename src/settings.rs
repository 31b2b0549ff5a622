//! Workspace settings kept in the database: who is scoring on this machine.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::Result;
use crate::validate::{self, field};
use crate::Coachbook;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The name new scorecards are signed with; `None` until set.
    pub assessor_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingsInput {
    pub assessor_name: Option<String>,
}

const ASSESSOR: &str = "assessor_name";

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

impl Coachbook {
    pub fn settings(&self) -> Result<Settings> {
        Ok(Settings { assessor_name: assessor_name(&self.conn())? })
    }

    pub fn update_settings(&self, input: &SettingsInput) -> Result<Settings> {
        let assessor = validate::optional_line(&field("assessorName", "Your name"), input.assessor_name.as_deref(), 120)?;
        self.write(|tx| {
            put(tx, ASSESSOR, assessor.as_deref())?;
            Ok(Settings { assessor_name: assessor_name(tx)? })
        })
    }
}
