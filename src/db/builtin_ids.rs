//! Built-in rubrics and the default agenda were given random ids per
//! workspace; they now have ids derived from their key, the same on every
//! machine (see `ids::builtin_uuid`). This renames the ones a workspace
//! already has, and every reference to them, when it upgrades.

use rusqlite::{params, Transaction};

use crate::ids::builtin_uuid;
use crate::trash::Schema;

pub(crate) fn make_deterministic(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    // References are put right in any order within this one transaction.
    tx.pragma_update(None, "defer_foreign_keys", true)?;
    let schema = Schema::read(tx).map_err(|e| match e {
        crate::Error::Storage(e) => e,
        other => rusqlite::Error::InvalidParameterName(other.to_string()),
    })?;
    let rename = |table: &str, old: &str, new: &str| -> rusqlite::Result<()> {
        if old == new {
            return Ok(());
        }
        tx.execute(&format!("UPDATE \"{table}\" SET id = ?2 WHERE id = ?1"), params![old, new])?;
        for (child, column) in schema.references_to(table, "id") {
            tx.execute(&format!("UPDATE \"{child}\" SET \"{column}\" = ?2 WHERE \"{column}\" = ?1"), params![old, new])?;
        }
        Ok(())
    };
    let rubrics: Vec<(String, String)> = tx
        .prepare("SELECT id, builtin_key FROM rubrics WHERE builtin_key IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, key) in rubrics {
        let rubric = builtin_uuid(&format!("rubric/{key}"));
        rename("rubrics", &id, &rubric)?;
        let first: Option<String> = tx
            .query_row("SELECT id FROM rubric_versions WHERE rubric_id = ?1 AND version = 1", [&rubric], |r| r.get(0))
            .ok();
        if let Some(version) = first {
            let path = format!("rubric/{key}/v1");
            rename("rubric_versions", &version, &builtin_uuid(&path))?;
            let criteria: Vec<(String, u32)> = tx
                .prepare("SELECT id, position FROM rubric_criteria WHERE version_id = ?1")?
                .query_map([builtin_uuid(&path)], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (criterion, position) in criteria {
                rename("rubric_criteria", &criterion, &builtin_uuid(&format!("{path}/c{position}")))?;
            }
        }
    }
    let templates: Vec<(String, String)> = tx
        .prepare("SELECT id, builtin_key FROM agenda_templates WHERE builtin_key IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, key) in templates {
        let template = builtin_uuid(&format!("agenda/{key}"));
        rename("agenda_templates", &id, &template)?;
        let sections: Vec<(String, u32)> = tx
            .prepare("SELECT id, position FROM agenda_sections WHERE template_id = ?1")?
            .query_map([&template], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (section, position) in sections {
            rename("agenda_sections", &section, &builtin_uuid(&format!("agenda/{key}/s{position}")))?;
        }
    }
    Ok(())
}
