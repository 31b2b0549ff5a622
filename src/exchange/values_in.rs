//! Weekly numbers from a CSV file: a rep (by name or email), a week (any
//! day in it, stored as its Monday as everywhere in Coachbook), the name of
//! one of the rep's KPIs or of an activity of their plan in force (the
//! newest agreed version, else the draft: the one the weekly grid shows),
//! and the value. Each is checked as the KPI and plan grids check it.
//! A name that is both a KPI and a plan activity is recorded as both.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::people_in::refused;
use super::sheet::{locate, read_sheet, MAX_LISTED_PROBLEMS, MAX_VALUE_ROWS, PREVIEW_ROWS};
use super::types::{ImportPreview, ImportProblem, ImportResult, PreviewRow, ValuesMapping};
use crate::error::Result;
use crate::ids::{KpiId, PersonId};
use crate::kpis::{active_kpis, check_value, put_value, Kpi, KpiKind};
use crate::people::ensure_rep;
use crate::plans::{check_actual, plan_in_force, put_actual};
use crate::weeks::parse_week;
use crate::Coachbook;

/// One value to record.
struct Entry {
    person: PersonId,
    week: NaiveDate,
    kpi: Option<KpiId>,
    /// The activity's name, when it is one of the plan's.
    activity: Option<String>,
    value: f64,
}

/// What a rep can have values for: their KPIs and their plan's activity names.
struct Targets {
    kpis: Vec<Kpi>,
    activities: Vec<String>,
}

struct People {
    /// (id, name, folded name, lower-case email)
    all: Vec<(PersonId, String, String, Option<String>)>,
    targets: HashMap<PersonId, Targets>,
}

impl People {
    fn load(conn: &Connection) -> Result<People> {
        let all = conn
            .prepare("SELECT id, name, name_fold, lower(email) FROM people")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(People { all, targets: HashMap::new() })
    }

    /// The rep a cell names, by email when it holds an `@`, else by name.
    fn rep(&self, conn: &Connection, cell: &str) -> std::result::Result<PersonId, String> {
        let wanted = cell.trim().to_lowercase();
        let by_email = wanted.contains('@');
        let matching: Vec<&PersonId> = self
            .all
            .iter()
            .filter(|(_, _, fold, email)| if by_email { email.as_deref() == Some(wanted.as_str()) } else { *fold == wanted })
            .map(|(id, ..)| id)
            .collect();
        let reps: Vec<&PersonId> = matching.iter().copied().filter(|id| ensure_rep(conn, id, "weekly numbers").is_ok()).collect();
        match (reps.as_slice(), matching.as_slice()) {
            ([one], _) => Ok((*one).clone()),
            ([], []) => Err(format!("Nobody here is called '{}' (by name or email).", cell.trim())),
            ([], [first, ..]) => Err(ensure_rep(conn, first, "weekly numbers").err().map(|e| e.to_string()).unwrap_or_default()),
            _ => Err(format!("{} reps are called '{}': give their email instead.", reps.len(), cell.trim())),
        }
    }

    fn targets(&mut self, conn: &Connection, person: &PersonId) -> Result<&Targets> {
        if !self.targets.contains_key(person) {
            let kpis = active_kpis(conn, person)?;
            let activities = plan_in_force(conn, person)?.map(|p| p.activities.into_iter().map(|a| a.name).collect()).unwrap_or_default();
            self.targets.insert(person.clone(), Targets { kpis, activities });
        }
        Ok(&self.targets[person])
    }

    fn name_of(&self, person: &PersonId) -> &str {
        self.all.iter().find(|(id, ..)| id == person).map(|(_, name, ..)| name.as_str()).unwrap_or("")
    }
}

/// A number as typed: `12`, `12.5`, or a percentage `45%`.
fn number(cell: &str) -> Option<(f64, bool)> {
    let cell = cell.trim();
    let (digits, percent) = match cell.strip_suffix('%') {
        Some(d) => (d.trim_end(), true),
        None => (cell, false),
    };
    digits.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| (v, percent))
}

struct Analysis {
    preview: ImportPreview,
    entries: Vec<Entry>,
}

const FIELDS: [(&str, &str, &str); 4] =
    [("rep", "rep", "Rep"), ("week", "week", "Week"), ("name", "KPI or activity name", "KPI or activity"), ("value", "value", "Value")];

fn analyse(conn: &Connection, text: &str, mapping: &ValuesMapping) -> Result<Analysis> {
    let sheet = read_sheet(text, MAX_VALUE_ROWS)?;
    let mapped = [&mapping.rep, &mapping.week, &mapping.name, &mapping.value];
    let wanted: Vec<_> = FIELDS.iter().zip(mapped).map(|((f, l, _), h)| (*f, *l, h.as_deref(), true)).collect();
    let located = locate(&sheet.headers, &wanted)?;
    let mut people = People::load(conn)?;
    let mut problems = sheet.problems.clone();
    let (mut rows, mut entries) = (Vec::new(), Vec::new());
    let mut seen: HashMap<(PersonId, NaiveDate, String), u32> = HashMap::new();
    let mut replaces = 0u32;
    for row in &sheet.rows {
        let cell = |i: usize| -> String { located[i].filter(|_| row.is_readable()).map(|c| row.cells[c].trim().to_owned()).unwrap_or_default() };
        let mut shown: Vec<String> = (0..4).map(cell).collect();
        shown.push(String::new());
        let mut problem = |field: usize, message: String| {
            problems.push(ImportProblem {
                row: Some(row.number),
                column: located[field].map(|c| sheet.headers[c].clone()),
                field: Some(FIELDS[field].0.to_owned()),
                message,
            });
        };
        if row.is_readable() {
            let rep = people.rep(conn, &cell(0)).map_err(|m| problem(0, m)).ok();
            let week = parse_week(&cell(1)).map_err(|e| problem(1, e.to_string())).ok();
            let value = number(&cell(3));
            if value.is_none() {
                problem(3, format!("Value '{}' is not a number.", cell(3)));
            }
            if let Some(week) = week {
                shown[1] = week.to_string();
            }
            if let Some(person) = rep {
                let name = cell(2);
                let fold = name.to_lowercase();
                let targets = people.targets(conn, &person)?;
                let kpi = targets.kpis.iter().find(|k| k.name.to_lowercase() == fold).cloned();
                let activity = targets.activities.iter().find(|a| a.to_lowercase() == fold).cloned();
                shown[4] = match (&kpi, &activity) {
                    (Some(_), Some(_)) => "KPI and plan activity",
                    (Some(_), None) => "KPI",
                    (None, Some(_)) => "Plan activity",
                    (None, None) => "",
                }
                .to_owned();
                if kpi.is_none() && activity.is_none() {
                    let whose = people.name_of(&person);
                    problem(2, format!("{whose} has no KPI or plan activity called '{name}'."));
                }
                if let (Some(week), Some((number, percent))) = (week, value) {
                    let mut valid = true;
                    if let Some(kpi) = &kpi {
                        let v = if percent && kpi.kind == KpiKind::Ratio { number / 100.0 } else { number };
                        let checked = if percent && kpi.kind == KpiKind::Count {
                            Err(format!("{}: enter a number from 0, not a percentage.", kpi.name))
                        } else {
                            check_value(kpi, v).map_err(|e| e.to_string())
                        };
                        if let Err(message) = checked {
                            problem(3, message);
                            valid = false;
                        }
                    }
                    if let Some(activity) = &activity {
                        let checked = if percent { Err(format!("{activity}: enter a number from 0, not a percentage.")) } else { check_actual(activity, number).map_err(|e| e.to_string()) };
                        if let Err(message) = checked {
                            if kpi.is_none() || valid {
                                problem(3, message);
                            }
                            valid = false;
                        }
                    }
                    let key = (person.clone(), week, fold.clone());
                    if let Some(earlier) = seen.get(&key) {
                        problem(2, format!("Row {earlier} already has {name} for {} in the week of {week}.", people.name_of(&person)));
                        valid = false;
                    } else {
                        seen.insert(key, row.number);
                    }
                    if valid && (kpi.is_some() || activity.is_some()) {
                        if let Some(kpi) = &kpi {
                            let v = if percent { number / 100.0 } else { number };
                            replaces += u32::from(conn.prepare_cached("SELECT 1 FROM kpi_values WHERE kpi_id = ?1 AND week = ?2")?.exists(params![kpi.id, week])?);
                            entries.push(Entry { person: person.clone(), week, kpi: Some(kpi.id.clone()), activity: None, value: v });
                        }
                        if let Some(activity) = activity {
                            replaces += u32::from(
                                conn.prepare_cached("SELECT 1 FROM activity_actuals WHERE person_id = ?1 AND name_fold = ?2 AND week = ?3")?
                                    .exists(params![person, fold, week])?,
                            );
                            entries.push(Entry { person: person.clone(), week, kpi: None, activity: Some(activity), value: number });
                        }
                    }
                }
            }
        }
        if rows.len() < PREVIEW_ROWS {
            rows.push(PreviewRow { row: row.number, cells: shown });
        }
    }
    let problem_count = problems.len() as u32;
    let troubled: std::collections::HashSet<u32> = problems.iter().filter_map(|p| p.row).collect();
    let ready = sheet.rows.iter().filter(|r| !troubled.contains(&r.number)).count() as u32;
    problems.truncate(MAX_LISTED_PROBLEMS);
    let preview = ImportPreview {
        fields: FIELDS.iter().map(|(_, _, title)| (*title).to_owned()).chain(["Recorded as".to_owned()]).collect(),
        rows,
        total_rows: sheet.rows.len() as u32,
        problems,
        problem_count,
        duplicates: Vec::new(),
        ready,
        replaces,
    };
    Ok(Analysis { preview, entries })
}

impl Coachbook {
    /// What importing `csv_text` as weekly KPI values and plan actuals would
    /// do: the first rows as read, and every problem by row and column.
    pub fn preview_values_import(&self, csv_text: &str, mapping: &ValuesMapping) -> Result<ImportPreview> {
        Ok(analyse(&self.conn(), csv_text, mapping)?.preview)
    }

    /// Records every row, in one transaction, when the file has no problem.
    /// A value for a week that already has one replaces it.
    pub fn import_values(&self, csv_text: &str, mapping: &ValuesMapping) -> Result<ImportResult> {
        self.write(|tx| {
            let analysis = analyse(tx, csv_text, mapping)?;
            if analysis.preview.problem_count > 0 {
                return Err(refused(&analysis.preview));
            }
            for entry in &analysis.entries {
                match (&entry.kpi, &entry.activity) {
                    (Some(kpi), _) => put_value(tx, kpi, entry.week, entry.value)?,
                    (None, Some(activity)) => {
                        put_actual(tx, &entry.person, activity, entry.week, entry.value)?;
                    }
                    (None, None) => {}
                }
            }
            Ok(ImportResult { imported: analysis.preview.total_rows, skipped_duplicates: 0, replaced: analysis.preview.replaces })
        })
    }
}
