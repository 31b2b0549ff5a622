//! Every list as CSV: what each list's columns are, and which rows it
//! holds. Deleted rows are never written (trashed rows have left their
//! tables; deleted feedback keeps a mark, which is filtered). A rep's own
//! workspace writes only that rep's rows and nothing private, as its
//! screens show; scorecards follow blind scoring for the assessor named in
//! Settings (other assessors' drafts, and scores still hidden, are left out).

use std::collections::HashMap;
use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{params, Connection};

use super::csv_out::{write_file_atomically, CsvOut};
use super::types::ListKind;
use crate::error::Result;
use crate::ids::{PersonId, RubricId};
use crate::scorecards::blind::{Seen, Sight};
use crate::scorecards::ScorecardStatus;
use crate::Coachbook;

/// One list: its header, and a query taking `?1` = the only person (or
/// NULL) and `?2` = whether private rows may be written. Scorecards' first
/// four columns (person, rubric, assessor, state) decide what is seen and
/// are not written.
struct List {
    header: &'static [&'static str],
    sql: &'static str,
}

fn list(kind: ListKind) -> List {
    match kind {
        ListKind::Team => List {
            header: &["Name", "Email", "Title", "Start date", "Cadence", "Opening", "Hired at", "Archived at", "Added at"],
            sql: "SELECT name, email, title, start_date, cadence, opening, hired_at, archived_at, created_at
                  FROM people WHERE role = 'rep' AND (?1 IS NULL OR id = ?1) AND (?2 OR 1)
                  ORDER BY name_fold, id",
        },
        ListKind::Candidates => List {
            header: &["Name", "Email", "Opening", "Stage", "Title", "Hired at", "Archived at", "Added at"],
            sql: "SELECT name, email, opening, stage, title, hired_at, archived_at, created_at
                  FROM people WHERE stage IS NOT NULL AND (?1 IS NULL OR id = ?1) AND (?2 OR 1)
                  ORDER BY lower(opening), name_fold, id",
        },
        ListKind::Scorecards => List {
            header: &[
                "Person", "Role", "Rubric", "Version", "Assessor", "Scored on", "State", "Round", "Criterion", "Weight",
                "Score", "Note", "Recommendation", "Submitted at",
            ],
            sql: "SELECT s.person_id, v.rubric_id, s.assessor, s.status,
                         p.name, p.role, v.name, v.version, s.assessor, s.scored_on, s.status, r.round, c.name, c.weight,
                         sc.score, sc.note, s.recommendation, s.submitted_at
                  FROM scorecards s
                  JOIN people p ON p.id = s.person_id
                  JOIN rubric_versions v ON v.id = s.rubric_version_id
                  JOIN scorecard_rounds r ON r.scorecard_id = s.id
                  JOIN rubric_criteria c ON c.version_id = v.id
                  LEFT JOIN scorecard_scores sc ON sc.scorecard_id = s.id AND sc.round = r.round AND sc.criterion_id = c.id
                  WHERE (?1 IS NULL OR s.person_id = ?1) AND (?2 OR 1)
                  ORDER BY p.name_fold, s.person_id, s.scored_on, s.id, r.round, c.position",
        },
        ListKind::Feedback => List {
            header: &["Date", "Rep", "Kind", "Situation", "Behaviour", "Result", "Tags", "Shared with rep", "Logged at"],
            sql: "SELECT f.given_on, p.name, f.polarity, f.situation, f.behaviour, f.result, f.tags,
                         CASE f.shared WHEN 1 THEN 'yes' ELSE 'no' END, f.created_at
                  FROM feedback f JOIN people p ON p.id = f.person_id
                  WHERE f.deleted_at IS NULL AND (?1 IS NULL OR f.person_id = ?1) AND (?2 OR f.shared = 1)
                  ORDER BY f.given_on, p.name_fold, f.created_at, f.id",
        },
        ListKind::OneOnOnes => List {
            header: &["Date", "Rep", "Section", "Visibility", "Text"],
            sql: "SELECT m.held_on, p.name, n.title, n.visibility, n.body
                  FROM meeting_notes n JOIN meetings m ON m.id = n.meeting_id JOIN people p ON p.id = m.person_id
                  WHERE n.body <> '' AND (?1 IS NULL OR m.person_id = ?1) AND (?2 OR n.visibility = 'shared')
                  ORDER BY m.held_on, p.name_fold, m.id, n.position",
        },
        ListKind::ActionItems => List {
            header: &["Agreed on", "Rep", "Action item", "Owner", "Due on", "Done at"],
            sql: "SELECT m.held_on, p.name, a.text, a.owner, a.due_on, a.done_at
                  FROM action_items a JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id
                  WHERE (?1 IS NULL OR a.person_id = ?1) AND (?2 OR 1)
                  ORDER BY m.held_on, p.name_fold, a.created_at, a.id",
        },
        ListKind::KpiValues => List {
            header: &["Week", "Rep", "KPI", "Value", "Unit", "Kind", "Weekly target", "KPI archived at"],
            sql: "SELECT v.week, p.name, k.name, v.value, k.unit, k.kind, k.weekly_target, k.archived_at
                  FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id JOIN people p ON p.id = k.person_id
                  WHERE (?1 IS NULL OR k.person_id = ?1) AND (?2 OR 1)
                  ORDER BY v.week, p.name_fold, k.person_id, k.position",
        },
        ListKind::PlanActuals => List {
            header: &["Week", "Rep", "Activity", "Value"],
            // Actuals are kept under the activity's name in lower case; the
            // newest plan that has the activity gives it back its capitals.
            sql: "SELECT a.week, p.name,
                         coalesce((SELECT pa.name FROM plan_activities pa JOIN plans pl ON pl.id = pa.plan_id
                                   WHERE pl.person_id = a.person_id AND pa.name_fold = a.name_fold
                                   ORDER BY pl.version DESC LIMIT 1), a.name_fold),
                         a.value
                  FROM activity_actuals a JOIN people p ON p.id = a.person_id
                  WHERE (?1 IS NULL OR a.person_id = ?1) AND (?2 OR 1)
                  ORDER BY a.week, p.name_fold, a.person_id, a.name_fold",
        },
        ListKind::Accounts => List {
            header: &["Rep", "Account", "Category", "Note", "Archived at", "Added at"],
            sql: "SELECT p.name, a.name, a.category, a.note, a.archived_at, a.created_at
                  FROM accounts a JOIN people p ON p.id = a.person_id
                  WHERE (?1 IS NULL OR a.person_id = ?1) AND (?2 OR 1)
                  ORDER BY p.name_fold, a.person_id, a.category, lower(a.name)",
        },
    }
}

fn text(value: Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t,
        Value::Blob(b) => format!("{} bytes", b.len()),
    }
}

/// Which scorecards the assessor named in Settings sees, person by person.
struct Blind {
    viewer: Option<String>,
    sights: HashMap<String, Sight>,
}

impl Blind {
    fn shown(&mut self, conn: &Connection, person: &str, exercise: &str, assessor: &str, status: &str) -> Result<bool> {
        if !self.sights.contains_key(person) {
            let sight = Sight::of(conn, &PersonId::from(person.to_owned()), self.viewer.as_deref())?;
            self.sights.insert(person.to_owned(), sight);
        }
        let status = if status == "submitted" { ScorecardStatus::Submitted } else { ScorecardStatus::Draft };
        Ok(self.sights[person].seen(assessor, status, &RubricId::from(exercise.to_owned())) == Seen::Shown)
    }
}

/// Writes one list to `out`; returns how many rows.
fn write_list<W: std::io::Write>(conn: &Connection, kind: ListKind, person: Option<&PersonId>, out: W) -> Result<(W, u32)> {
    let scope = crate::settings::scope(conn)?;
    // A rep's own workspace writes only that rep's rows, whoever is asked for.
    let person = scope.only.as_ref().or(person);
    let List { header, sql } = list(kind);
    let mut csv = CsvOut::new(out, header)?;
    let mut blind = Blind { viewer: crate::settings::assessor_name(conn)?, sights: HashMap::new() };
    let hidden = if kind == ListKind::Scorecards { 4 } else { 0 };
    let mut statement = conn.prepare(sql)?;
    let width = statement.column_count();
    let mut rows = statement.query(params![person, scope.private])?;
    while let Some(row) = rows.next()? {
        let mut cells = Vec::with_capacity(width);
        for i in 0..width {
            cells.push(text(row.get::<_, Value>(i)?));
        }
        if hidden > 0 && !blind.shown(conn, &cells[0], &cells[1], &cells[2], &cells[3])? {
            continue;
        }
        csv.row(&cells[hidden..])?;
    }
    let written = csv.rows;
    Ok((csv.finish()?, written))
}

impl Coachbook {
    /// One list as CSV text.
    pub fn export_csv(&self, kind: ListKind) -> Result<String> {
        self.export_csv_of(kind, None)
    }

    /// One list as CSV text, only `person`'s rows when given (a rep's tab).
    pub fn export_csv_of(&self, kind: ListKind, person: Option<&PersonId>) -> Result<String> {
        let (bytes, _) = write_list(&self.conn(), kind, person, Vec::new())?;
        Ok(String::from_utf8(bytes).expect("CSV written from text is text"))
    }

    /// One list written to `path` (whole, or not at all); returns how many rows.
    pub fn export_csv_file(&self, kind: ListKind, person: Option<&PersonId>, path: &Path) -> Result<u32> {
        let conn = self.conn();
        let mut rows = 0;
        write_file_atomically(path, |out| {
            rows = write_list(&conn, kind, person, out)?.1;
            Ok(())
        })?;
        Ok(rows)
    }

    /// Every list, one file each (`team.csv`, `candidates.csv`…) in `folder`.
    /// Returns the paths written.
    pub fn export_all_csv(&self, folder: &Path) -> Result<Vec<String>> {
        std::fs::create_dir_all(folder)?;
        let mut written = Vec::new();
        for kind in ListKind::ALL {
            let path = folder.join(kind.file_name());
            self.export_csv_file(kind, None, &path)?;
            written.push(path.display().to_string());
        }
        Ok(written)
    }
}
