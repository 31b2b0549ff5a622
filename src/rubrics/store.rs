//! Storage for rubrics and their versions.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::draft::{self, CleanDraft};
use super::types::*;
use crate::db::time::{self, Stamp};
use crate::error::{Error, Result};
use crate::ids::{RubricId, RubricVersionId};
use crate::trash::{keep_earlier_version, move_to_trash, Subject, TrashEntry, TrashKind};
use crate::Coachbook;
use crate::workspace::Write;

/// Stores a new version row and its criteria; returns the version's id.
pub(crate) fn insert_version(
    tx: &Write<'_>,
    rubric: &RubricId,
    version: u32,
    draft: &CleanDraft,
) -> Result<RubricVersionId> {
    insert_version_as(tx, rubric, version, draft, None)
}

/// As [`insert_version`]; a built-in's first version has ids derived from its key.
fn insert_version_as(tx: &Write<'_>, rubric: &RubricId, version: u32, draft: &CleanDraft, builtin: Option<&str>) -> Result<RubricVersionId> {
    let id = match builtin {
        Some(key) => RubricVersionId::builtin(&format!("rubric/{key}/v{version}")),
        None => RubricVersionId::new(),
    };
    tx.execute(
        "INSERT INTO rubric_versions (id, rubric_id, version, name, kind, description, time_limit_seconds, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![id, rubric, version, draft.name, draft.kind.as_str(), draft.description,
                draft.time_limit_seconds, tx.stamp()],
    )?;
    insert_criteria(tx, &id, draft, builtin.map(|key| format!("rubric/{key}/v{version}")).as_deref())?;
    Ok(id)
}

fn insert_criteria(conn: &Connection, version: &RubricVersionId, draft: &CleanDraft, builtin: Option<&str>) -> Result<()> {
    let mut insert = conn.prepare(
        "INSERT INTO rubric_criteria (id, version_id, position, name, description, weight, anchors, tag)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, c) in draft.criteria.iter().enumerate() {
        let anchors = serde_json::to_string(&c.anchors).expect("strings always serialize");
        insert.execute(params![
            match builtin {
                Some(path) => crate::ids::CriterionId::builtin(&format!("{path}/c{position}")),
                None => crate::ids::CriterionId::new(),
            },
            version,
            position as u32,
            c.name,
            c.description,
            c.weight,
            anchors,
            c.tag.map(CriterionTag::as_str)
        ])?;
    }
    Ok(())
}

fn read_criterion(row: &Row<'_>) -> rusqlite::Result<Criterion> {
    let anchors: String = row.get(4)?;
    Ok(Criterion {
        id: row.get(0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        weight: row.get(3)?,
        anchors: serde_json::from_str(&anchors)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, e.into()))?,
        tag: row.get(5)?,
    })
}

/// One version in full, with its criteria in order.
pub(crate) fn load_version(conn: &Connection, version: &RubricVersionId) -> Result<Rubric> {
    let mut rubric = conn
        .query_row(
            "SELECT v.rubric_id, v.id, v.version,
                    (SELECT max(version) FROM rubric_versions WHERE rubric_id = v.rubric_id),
                    v.name, v.kind, v.description, v.time_limit_seconds, r.builtin_key IS NOT NULL,
                    (SELECT count(*) FROM scorecards WHERE rubric_version_id = v.id),
                    r.archived_at, v.created_at
             FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id
             WHERE v.id = ?1",
            [version],
            |row| {
                Ok(Rubric {
                    id: row.get(0)?,
                    version_id: row.get(1)?,
                    version: row.get(2)?,
                    latest_version: row.get(3)?,
                    name: row.get(4)?,
                    kind: row.get(5)?,
                    description: row.get(6)?,
                    time_limit_seconds: row.get(7)?,
                    builtin: row.get(8)?,
                    criteria: Vec::new(),
                    scorecards: row.get(9)?,
                    archived_at: time::optional(row.get(10)?),
                    created_at: row.get::<_, Stamp>(11)?.0,
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("rubric version", version.as_str()))?;
    let mut criteria = conn.prepare_cached(
        "SELECT id, name, description, weight, anchors, tag FROM rubric_criteria
         WHERE version_id = ?1 ORDER BY position",
    )?;
    rubric.criteria = criteria.query_map([version], read_criterion)?.collect::<rusqlite::Result<_>>()?;
    Ok(rubric)
}

fn latest_version_id(conn: &Connection, rubric: &RubricId) -> Result<RubricVersionId> {
    conn.query_row(
        "SELECT id FROM rubric_versions WHERE rubric_id = ?1 ORDER BY version DESC LIMIT 1",
        [rubric],
        |row| row.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::not_found("rubric", rubric.as_str()))
}

pub(crate) fn load_latest(conn: &Connection, rubric: &RubricId) -> Result<Rubric> {
    load_version(conn, &latest_version_id(conn, rubric)?)
}

/// The newest version, for views (archived rubrics included).
pub(crate) fn load_latest_for_view(conn: &Connection, rubric: &RubricId) -> Result<Rubric> {
    load_latest(conn, rubric)
}

/// The newest version, refusing an archived rubric: new scorecards need a live one.
pub(crate) fn load_latest_for_scoring(conn: &Connection, rubric: &RubricId) -> Result<Rubric> {
    let latest = load_latest(conn, rubric)?;
    if latest.archived_at.is_some() {
        return Err(Error::conflict(
            Some("rubricId"),
            format!("'{}' is archived: restore it in Rubrics to score with it.", latest.name),
        ));
    }
    Ok(latest)
}

/// Creates a rubric row and its first version.
pub(crate) fn insert_rubric(tx: &Write<'_>, draft: &CleanDraft, builtin_key: Option<&str>) -> Result<RubricId> {
    let id = match builtin_key {
        Some(key) => RubricId::builtin(&format!("rubric/{key}")),
        None => RubricId::new(),
    };
    let now = tx.stamp();
    tx.execute(
        "INSERT INTO rubrics (id, builtin_key, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![id, builtin_key, now],
    )?;
    insert_version_as(tx, &id, 1, draft, builtin_key)?;
    Ok(id)
}

impl Coachbook {
    pub fn create_rubric(&self, draft: &RubricDraft) -> Result<Rubric> {
        let clean = draft::clean(draft)?;
        self.write(|tx| {
            let id = insert_rubric(tx, &clean, None)?;
            load_latest(tx, &id)
        })
    }

    /// Saves new content for a rubric. If scorecards already use its newest
    /// version, a new version is added; otherwise the newest version changes.
    pub fn update_rubric(&self, id: &RubricId, draft: &RubricDraft) -> Result<Rubric> {
        let clean = draft::clean(draft)?;
        self.write(|tx| {
            let current = load_latest(tx, id)?;
            // A built-in's content is the same in every workspace, so an edit
            // is always a version of its own, never a change to that content.
            if current.scorecards > 0 || current.builtin {
                let version = insert_version(tx, id, current.version + 1, &clean)?;
                touch(tx, id)?;
                return load_version(tx, &version);
            }
            let subject = Subject { kind: TrashKind::RubricVersion, title: current.name.clone(), person: None, on_date: None };
            keep_earlier_version(tx, subject, "rubric_versions", current.version_id.as_str())?;
            tx.execute(
                "UPDATE rubric_versions SET name = ?2, kind = ?3, description = ?4, time_limit_seconds = ?5
                 WHERE id = ?1",
                params![current.version_id, clean.name, clean.kind.as_str(), clean.description,
                        clean.time_limit_seconds],
            )?;
            tx.execute("DELETE FROM rubric_criteria WHERE version_id = ?1", [&current.version_id])?;
            insert_criteria(tx, &current.version_id, &clean, None)?;
            touch(tx, id)?;
            load_version(tx, &current.version_id)
        })
    }

    /// Copies a rubric's newest version into a new rubric of your own.
    pub fn duplicate_rubric(&self, id: &RubricId) -> Result<Rubric> {
        self.write(|tx| {
            let source = load_latest(tx, id)?;
            let mut name = format!("{} (copy)", source.name);
            if name.chars().count() > 120 {
                name = name.chars().take(120).collect();
            }
            let copy = CleanDraft {
                name,
                kind: source.kind,
                description: source.description,
                time_limit_seconds: source.time_limit_seconds,
                criteria: source
                    .criteria
                    .into_iter()
                    .map(|c| draft::CleanCriterion {
                        name: c.name,
                        description: c.description,
                        weight: c.weight,
                        anchors: c.anchors,
                        tag: c.tag,
                    })
                    .collect(),
            };
            let new_id = insert_rubric(tx, &copy, None)?;
            load_latest(tx, &new_id)
        })
    }

    /// The newest version of a rubric.
    pub fn get_rubric(&self, id: &RubricId) -> Result<Rubric> {
        load_latest(&self.conn(), id)
    }

    /// A specific version, as old scorecards show it.
    pub fn get_rubric_version(&self, version: &RubricVersionId) -> Result<Rubric> {
        load_version(&self.conn(), version)
    }

    pub fn list_rubric_versions(&self, id: &RubricId) -> Result<Vec<RubricVersionSummary>> {
        let conn = self.conn();
        latest_version_id(&conn, id)?; // not found → error, not an empty list
        let mut statement = conn.prepare(
            "SELECT v.id, v.version, v.name, v.created_at,
                    (SELECT count(*) FROM scorecards s WHERE s.rubric_version_id = v.id)
             FROM rubric_versions v WHERE v.rubric_id = ?1 ORDER BY v.version DESC",
        )?;
        let versions = statement
            .query_map([id], |row| {
                Ok(RubricVersionSummary {
                    version_id: row.get(0)?,
                    version: row.get(1)?,
                    name: row.get(2)?,
                    created_at: row.get::<_, Stamp>(3)?.0,
                    scorecards: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(versions)
    }

    /// The rubric library: active (or archived) rubrics, built-in first, then by name.
    pub fn list_rubrics(&self, archived: bool) -> Result<Vec<RubricSummary>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT r.id, v.name, v.kind, v.version,
                    (SELECT count(*) FROM rubric_criteria c WHERE c.version_id = v.id),
                    v.time_limit_seconds, r.builtin_key IS NOT NULL, r.archived_at
             FROM rubrics r
             JOIN rubric_versions v ON v.rubric_id = r.id
              AND v.version = (SELECT max(version) FROM rubric_versions WHERE rubric_id = r.id)
             WHERE (r.archived_at IS NOT NULL) = ?1
             ORDER BY r.builtin_key IS NULL, lower(v.name)",
        )?;
        let rubrics = statement
            .query_map([archived], |row| {
                Ok(RubricSummary {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kind: row.get(2)?,
                    version: row.get(3)?,
                    criteria: row.get(4)?,
                    time_limit_seconds: row.get(5)?,
                    builtin: row.get(6)?,
                    archived_at: time::optional(row.get(7)?),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rubrics)
    }

    /// Moves a rubric of your own that no scorecard uses to the trash; a
    /// rubric with scorecards is archived instead, so their scores keep their meaning.
    pub fn delete_rubric(&self, id: &RubricId) -> Result<TrashEntry> {
        self.write(|tx| {
            let rubric = load_latest(tx, id)?;
            if rubric.builtin {
                return Err(Error::conflict(None, "A built-in rubric cannot be deleted; archive it to hide it."));
            }
            let used: u32 = tx.query_row(
                "SELECT count(*) FROM scorecards s JOIN rubric_versions v ON v.id = s.rubric_version_id WHERE v.rubric_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if used > 0 {
                return Err(Error::conflict(
                    None,
                    format!("{used} scorecard(s) use '{}', so it cannot be deleted; archive it to hide it.", rubric.name),
                ));
            }
            let subject = Subject { kind: TrashKind::Rubric, title: rubric.name, person: None, on_date: None };
            move_to_trash(tx, subject, "rubrics", &[("id", id.as_str())])
        })
    }

    /// Hides a rubric from the library and from new scorecards; old ones keep it.
    pub fn archive_rubric(&self, id: &RubricId) -> Result<Rubric> {
        self.set_rubric_archived(id, true)
    }

    pub fn restore_rubric(&self, id: &RubricId) -> Result<Rubric> {
        self.set_rubric_archived(id, false)
    }

    fn set_rubric_archived(&self, id: &RubricId, archived: bool) -> Result<Rubric> {
        self.write(|tx| {
            let now = tx.stamp();
            let changed = tx.execute(
                "UPDATE rubrics SET archived_at = CASE WHEN ?2 THEN coalesce(archived_at, ?3) END, updated_at = ?3
                 WHERE id = ?1",
                params![id, archived, now],
            )?;
            if changed == 0 {
                return Err(Error::not_found("rubric", id.as_str()));
            }
            load_latest(tx, id)
        })
    }
}

fn touch(tx: &Write<'_>, id: &RubricId) -> Result<()> {
    tx.execute("UPDATE rubrics SET updated_at = ?2 WHERE id = ?1", params![id, tx.stamp()])?;
    Ok(())
}
