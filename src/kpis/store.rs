//! Storage for KPIs and their weekly values.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::types::*;
use super::warning::{assess, BASELINE_WEEKS, RECENT_WEEKS};
use crate::db::time::{self};
use crate::error::{Error, Result};
use crate::ids::{KpiId, PersonId};
use crate::people::ensure_rep;
use crate::validate::{self, field};
use crate::weeks::{iso_label, parse_week, week_start, weeks_ending};
use crate::trash::{move_to_trash, Subject, TrashEntry, TrashKind};
use crate::Coachbook;

/// More than three KPIs is allowed (the UI advises against it), up to this many.
const HARD_MAX: u32 = 10;

fn read_kpi(r: &Row<'_>) -> rusqlite::Result<Kpi> {
    Ok(Kpi {
        id: r.get(0)?,
        person_id: r.get(1)?,
        name: r.get(2)?,
        unit: r.get(3)?,
        kind: r.get(4)?,
        weekly_target: r.get(5)?,
        warn_drop: r.get(6)?,
        archived_at: time::optional(r.get(7)?),
    })
}

const COLUMNS: &str = "id, person_id, name, unit, kind, weekly_target, warn_drop, archived_at";

fn load(conn: &Connection, id: &KpiId) -> Result<Kpi> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM kpis WHERE id = ?1"), [id], read_kpi)
        .optional()?
        .ok_or_else(|| Error::not_found("KPI", id.as_str()))
}

fn active(conn: &Connection, person: &PersonId) -> Result<Vec<Kpi>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM kpis WHERE person_id = ?1 AND archived_at IS NULL ORDER BY position"))?
        .query_map([person], read_kpi)?
        .collect::<rusqlite::Result<_>>()?)
}

struct Clean {
    name: String,
    unit: String,
    target: f64,
    warn_drop: f64,
}

fn clean(input: &KpiInput) -> Result<Clean> {
    let name = validate::required_line(&field("name", "Name"), &input.name, 80)?;
    let unit = validate::line(&field("unit", "Unit"), input.unit.as_deref().unwrap_or(""), 30)?;
    let target = input.weekly_target;
    let valid_target = match input.kind {
        KpiKind::Count => target.is_finite() && target > 0.0 && target <= 1e6,
        KpiKind::Ratio => target.is_finite() && target > 0.0 && target <= 1.0,
    };
    if !valid_target {
        return Err(Error::invalid(
            "weeklyTarget",
            match input.kind {
                KpiKind::Count => "Weekly target must be a number above 0.",
                KpiKind::Ratio => "Weekly target for a ratio must be between 0% and 100% (above 0).",
            },
        ));
    }
    let warn_drop = input.warn_drop.unwrap_or(0.15);
    if !warn_drop.is_finite() || warn_drop <= 0.0 || warn_drop >= 1.0 {
        return Err(Error::invalid("warnDrop", "The warning threshold must be between 0% and 100%."));
    }
    Ok(Clean { name, unit, target, warn_drop })
}

fn values_of(conn: &Connection, kpi: &KpiId, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, f64)>> {
    Ok(conn
        .prepare_cached("SELECT week, value FROM kpi_values WHERE kpi_id = ?1 AND week >= ?2 AND week <= ?3 ORDER BY week")?
        .query_map(params![kpi, from, to], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Each active KPI with `weeks` weeks of values ending at `until`, and its warning.
pub(crate) fn kpi_series(conn: &Connection, person: &PersonId, weeks: u32, until: NaiveDate) -> Result<Vec<KpiSeries>> {
    let this_week = week_start(until);
    let shown = weeks_ending(until, weeks.clamp(1, 104));
    let judged_from = this_week - chrono::Days::new(7 * (RECENT_WEEKS + BASELINE_WEEKS));
    let from = judged_from.min(shown[0]);
    active(conn, person)?
        .into_iter()
        .map(|kpi| {
            let values = values_of(conn, &kpi.id, from, this_week)?;
            let points = shown
                .iter()
                .map(|week| KpiPoint {
                    week: *week,
                    label: iso_label(*week),
                    value: values.iter().find(|(w, _)| w == week).map(|(_, v)| *v),
                })
                .collect();
            let warning = assess(&values, this_week, kpi.warn_drop);
            Ok(KpiSeries { kpi, points, warning })
        })
        .collect()
}

/// A week's value for `kpi`: a count from 0, or a ratio from 0 to 1.
pub(crate) fn check_value(kpi: &Kpi, v: f64) -> Result<()> {
    let ok = v.is_finite() && v >= 0.0 && (kpi.kind == KpiKind::Count || v <= 1.0);
    if !ok {
        return Err(Error::invalid(
            "value",
            match kpi.kind {
                KpiKind::Count => format!("{}: enter a number from 0.", kpi.name),
                KpiKind::Ratio => format!("{}: enter a percentage from 0% to 100%.", kpi.name),
            },
        ));
    }
    Ok(())
}

/// Records a week's value (`week` is its Monday), replacing any earlier one.
pub(crate) fn put_value(conn: &Connection, kpi: &KpiId, week: NaiveDate, value: f64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO kpi_values (kpi_id, week, value) VALUES (?1, ?2, ?3)
         ON CONFLICT (kpi_id, week) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![kpi, week, value])?;
    Ok(())
}

/// A rep's active KPIs, in their order.
pub(crate) fn active_kpis(conn: &Connection, person: &PersonId) -> Result<Vec<Kpi>> {
    active(conn, person)
}

impl Coachbook {
    pub fn list_kpis(&self, person: &PersonId) -> Result<Vec<Kpi>> {
        active(&self.conn(), person)
    }

    pub fn create_kpi(&self, person: &PersonId, input: &KpiInput) -> Result<Kpi> {
        let c = clean(input)?;
        self.write(|tx| {
            ensure_rep(tx, person, "KPIs")?;
            let count: u32 = tx.query_row(
                "SELECT count(*) FROM kpis WHERE person_id = ?1 AND archived_at IS NULL",
                [person],
                |r| r.get(0),
            )?;
            if count >= HARD_MAX {
                return Err(Error::conflict(None, format!("A rep tracks at most {HARD_MAX} KPIs; archive one first.")));
            }
            let id = KpiId::new();
            let now = tx.stamp();
            tx.execute(
                "INSERT INTO kpis (id, person_id, position, name, unit, kind, weekly_target, warn_drop, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![id, person, count, c.name, c.unit, input.kind, c.target, c.warn_drop, now],
            )?;
            load(tx, &id)
        })
    }

    pub fn update_kpi(&self, id: &KpiId, input: &KpiInput) -> Result<Kpi> {
        let c = clean(input)?;
        self.write(|tx| {
            load(tx, id)?;
            tx.execute(
                "UPDATE kpis SET name = ?2, unit = ?3, kind = ?4, weekly_target = ?5, warn_drop = ?6, updated_at = ?7
                 WHERE id = ?1",
                params![id, c.name, c.unit, input.kind, c.target, c.warn_drop, tx.stamp()],
            )?;
            load(tx, id)
        })
    }

    /// Stops tracking a KPI; its values stay.
    pub fn archive_kpi(&self, id: &KpiId) -> Result<Kpi> {
        self.write(|tx| {
            load(tx, id)?;
            tx.execute(
                "UPDATE kpis SET archived_at = coalesce(archived_at, ?2) WHERE id = ?1",
                params![id, tx.stamp()],
            )?;
            load(tx, id)
        })
    }

    /// Moves a KPI and all its weekly values to the trash.
    pub fn delete_kpi(&self, id: &KpiId) -> Result<TrashEntry> {
        self.write(|tx| {
            let kpi = load(tx, id)?;
            let subject = Subject { kind: TrashKind::Kpi, title: kpi.name, person: Some(kpi.person_id), on_date: None };
            move_to_trash(tx, subject, "kpis", &[("id", id.as_str())])
        })
    }

    /// Records (or with `None` clears) a KPI's value for the week containing `week`.
    pub fn record_kpi_value(&self, id: &KpiId, week: &str, value: Option<f64>) -> Result<()> {
        let week = parse_week(week)?;
        self.write(|tx| {
            let kpi = load(tx, id)?;
            match value {
                Some(v) => {
                    check_value(&kpi, v)?;
                    put_value(tx, id, week, v)?;
                }
                None => {
                    // A cleared value goes to the trash, so a slip in the grid can be undone.
                    let had: bool = tx.query_row(
                        "SELECT EXISTS (SELECT 1 FROM kpi_values WHERE kpi_id = ?1 AND week = ?2)",
                        params![id, week],
                        |r| r.get(0),
                    )?;
                    if had {
                        let week_text = week.to_string();
                        let subject = Subject { kind: TrashKind::KpiValue, title: kpi.name.clone(), person: Some(kpi.person_id.clone()), on_date: Some(week) };
                        move_to_trash(tx, subject, "kpi_values", &[("kpi_id", id.as_str()), ("week", &week_text)])?;
                    }
                }
            }
            Ok(())
        })
    }

    pub fn kpi_series(&self, person: &PersonId, weeks: u32, until: NaiveDate) -> Result<Vec<KpiSeries>> {
        kpi_series(&self.conn(), person, weeks, until)
    }
}

