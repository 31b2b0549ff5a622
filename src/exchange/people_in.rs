//! People (reps or candidates) from a CSV file: each row checked with the
//! same rules and messages as the person form, and duplicates found (the
//! same email, case aside; or the same name when the row has no email)
//! against the people already here and the rows above it in the file.

use std::collections::HashMap;

use rusqlite::Connection;

use super::sheet::{locate, read_sheet, MAX_LISTED_PROBLEMS, MAX_PEOPLE_ROWS, PREVIEW_ROWS};
use super::types::{Duplicate, ImportPreview, ImportProblem, ImportResult, PeopleMapping, PreviewRow};
use crate::error::{Error, Result};
use crate::people::{check_fields, fold_name, insert_person, CleanFields, PersonFields, Role, Stage};
use crate::Coachbook;

/// A row that passed every check, ready to write.
struct Ready {
    fields: CleanFields,
    stage: Option<Stage>,
    duplicate: bool,
}

struct Analysis {
    preview: ImportPreview,
    ready: Vec<Ready>,
}

/// The fields a file may fill, in the preview's order: (field, label, title, mapped header, required).
fn wanted(role: Role, m: &PeopleMapping) -> Vec<(&'static str, &'static str, &'static str, Option<String>, bool)> {
    let mut fields = vec![
        ("name", "name", "Name", m.name.clone(), true),
        ("email", "email", "Email", m.email.clone(), false),
        ("title", "title", "Title", m.title.clone(), false),
        ("startDate", "start date", "Start date", m.start_date.clone(), false),
        ("opening", "opening", "Opening", m.opening.clone(), role == Role::Candidate),
    ];
    if role == Role::Candidate {
        fields.push(("stage", "stage", "Stage", m.stage.clone(), false));
    }
    fields
}

/// A stage as a person writes it ("Interviewing", "offer"); hired is not one an import can set.
fn stage_of(text: &str) -> std::result::Result<Stage, String> {
    let stages = "Applied, Screening, Interviewing, Offer, Declined or Withdrawn";
    match Stage::from_text(&text.trim().to_lowercase()) {
        Some(Stage::Hired) => Err(format!("Stage '{text}' cannot be imported for a candidate: import them as a rep instead.")),
        Some(stage) => Ok(stage),
        None => Err(format!("Stage '{text}' is not one of {stages}.")),
    }
}

/// Who is here already: by email (lower case) and by name (folded).
struct Known {
    emails: HashMap<String, String>,
    names: HashMap<String, String>,
}

fn known(conn: &Connection) -> Result<Known> {
    let mut known = Known { emails: HashMap::new(), names: HashMap::new() };
    let mut statement = conn.prepare("SELECT name, name_fold, lower(email) FROM people")?;
    let mut rows = statement.query([])?;
    while let Some(r) = rows.next()? {
        let (name, fold, email): (String, String, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
        if let Some(email) = email {
            known.emails.entry(email).or_insert_with(|| name.clone());
        }
        known.names.entry(fold).or_insert(name);
    }
    Ok(known)
}

fn analyse(conn: &Connection, text: &str, role: Role, mapping: &PeopleMapping) -> Result<Analysis> {
    let sheet = read_sheet(text, MAX_PEOPLE_ROWS)?;
    let wanted = wanted(role, mapping);
    let located = locate(&sheet.headers, &wanted.iter().map(|(f, l, _, h, r)| (*f, *l, h.as_deref(), *r)).collect::<Vec<_>>())?;
    let column_of = |field: &str| -> Option<String> {
        wanted.iter().zip(&located).find(|((f, ..), _)| *f == field).and_then(|(_, at)| at.map(|i| sheet.headers[i].clone()))
    };
    let here = known(conn)?;
    let (mut emails_in_file, mut names_in_file) = (HashMap::new(), HashMap::new());
    let mut problems = sheet.problems.clone();
    let (mut rows, mut ready, mut duplicates) = (Vec::new(), Vec::new(), Vec::new());
    for row in &sheet.rows {
        let cell = |i: usize| -> String {
            located.get(i).copied().flatten().filter(|_| row.is_readable()).map(|c| row.cells[c].trim().to_owned()).unwrap_or_default()
        };
        if rows.len() < PREVIEW_ROWS {
            rows.push(PreviewRow { row: row.number, cells: (0..wanted.len()).map(cell).collect() });
        }
        if !row.is_readable() {
            continue;
        }
        let optional = |i: usize| Some(cell(i)).filter(|c| !c.is_empty());
        let fields = PersonFields {
            name: cell(0),
            email: optional(1),
            title: optional(2),
            start_date: optional(3),
            notes: None,
            opening: optional(4),
        };
        let mut found = |field: Option<&str>, message: String| {
            let column = field.and_then(&column_of);
            problems.push(ImportProblem { row: Some(row.number), column, field: field.map(str::to_owned), message });
        };
        let checked = check_fields(role, &fields);
        if let Err(errors) = &checked {
            for e in errors {
                found(e.field(), e.to_string());
            }
        }
        let stage = match (role, optional(5)) {
            (Role::Candidate, Some(text)) => match stage_of(&text) {
                Ok(stage) => Some(stage),
                Err(message) => {
                    found(Some("stage"), message);
                    continue;
                }
            },
            (Role::Candidate, None) => Some(Stage::Applied),
            (Role::Rep, _) => None,
        };
        let Ok(clean) = checked else { continue };
        // The same email, or with no email the same name: here already, or higher up the file.
        let (key, seen) = match &clean.email {
            Some(email) => (email.to_lowercase(), &mut emails_in_file),
            None => (fold_name(&clean.name), &mut names_in_file),
        };
        let here_already = if clean.email.is_some() { here.emails.get(&key) } else { here.names.get(&key) };
        let matches = match (here_already, seen.get(&key)) {
            (Some(name), _) => Some(format!("{name}, already in Coachbook")),
            (None, Some(earlier)) => Some(format!("row {earlier} of this file")),
            (None, None) => None,
        };
        seen.entry(key).or_insert(row.number);
        if let Some(matches) = &matches {
            duplicates.push(Duplicate { row: row.number, name: clean.name.clone(), email: clean.email.clone(), matches: matches.clone() });
        }
        ready.push(Ready { fields: clean, stage, duplicate: matches.is_some() });
    }
    let problem_count = problems.len() as u32;
    problems.truncate(MAX_LISTED_PROBLEMS);
    let preview = ImportPreview {
        fields: wanted.iter().map(|(_, _, title, ..)| (*title).to_owned()).collect(),
        rows,
        total_rows: sheet.rows.len() as u32,
        problems,
        problem_count,
        ready: ready.iter().filter(|r| !r.duplicate).count() as u32,
        duplicates,
        replaces: 0,
    };
    Ok(Analysis { preview, ready })
}

/// The error an import with problems ends in: how many, and the first.
pub(crate) fn refused(preview: &ImportPreview) -> Error {
    let first = &preview.problems[0];
    let place = match (first.row, &first.column) {
        (Some(row), Some(column)) => format!("row {row}, {column}: "),
        (Some(row), None) => format!("row {row}: "),
        _ => String::new(),
    };
    let count = preview.problem_count;
    Error::invalid(
        "file",
        format!(
            "Nothing was imported: the file has {count} problem{} (the first, {place}{}). Fix {} and preview it again.",
            if count == 1 { "" } else { "s" },
            first.message,
            if count == 1 { "it" } else { "them" }
        ),
    )
}

impl Coachbook {
    /// What importing `csv_text` as people of `role` would do: the first
    /// rows as mapped, every problem by row and column, and the duplicates.
    pub fn preview_people_import(&self, csv_text: &str, role: Role, mapping: &PeopleMapping) -> Result<ImportPreview> {
        Ok(analyse(&self.conn(), csv_text, role, mapping)?.preview)
    }

    /// Adds every row as a person of `role`, in one transaction, when the
    /// file has no problem; duplicates only when `include_duplicates`.
    pub fn import_people(&self, csv_text: &str, role: Role, mapping: &PeopleMapping, include_duplicates: bool) -> Result<ImportResult> {
        self.write(|tx| {
            let analysis = analyse(tx, csv_text, role, mapping)?;
            if analysis.preview.problem_count > 0 {
                return Err(refused(&analysis.preview));
            }
            let now = tx.stamp();
            let mut result = ImportResult { imported: 0, skipped_duplicates: 0, replaced: 0 };
            for row in &analysis.ready {
                if row.duplicate && !include_duplicates {
                    result.skipped_duplicates += 1;
                    continue;
                }
                insert_person(tx, role, &row.fields, row.stage, &now)?;
                result.imported += 1;
            }
            Ok(result)
        })
    }

    /// A CSV file's headers, with a guess at which column holds what.
    pub fn csv_headers(&self, csv_text: &str) -> Result<super::CsvHeaders> {
        super::sheet::headers_and_guess(csv_text)
    }
}
