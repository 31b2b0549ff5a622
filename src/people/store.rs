//! Storage and rules for people: create, edit, archive, restore, list,
//! move through the pipeline, hire.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::types::*;
use crate::db::filter::Filter;
use crate::db::time::{self, stamp, Stamp};
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::validate::{self, field};
use crate::trash::{move_to_trash, Subject, TrashEntry, TrashKind};
use crate::Coachbook;

const NAME: validate::Field = field("name", "Name");
const EMAIL: validate::Field = field("email", "Email");
const TITLE: validate::Field = field("title", "Title");
const START_DATE: validate::Field = field("startDate", "Start date");
const NOTES: validate::Field = field("notes", "Notes");
const OPENING: validate::Field = field("opening", "Opening");

pub const MAX_NAME: usize = 200;
pub const MAX_NOTES: usize = 20_000;
const DEFAULT_PAGE: u32 = 100;
const MAX_PAGE: u32 = 500;

/// Validated, trimmed fields ready to store.
pub(crate) struct CleanFields {
    pub name: String,
    pub email: Option<String>,
    pub title: String,
    pub start_date: Option<NaiveDate>,
    pub notes: String,
    pub opening: Option<String>,
}

fn clean(role: Role, fields: &PersonFields) -> Result<CleanFields> {
    check(role, fields).map_err(|mut problems| problems.remove(0))
}

/// Every field's problem at once (the form stops at the first; a CSV
/// import lists them all), with the same messages, in the same order.
pub(crate) fn check(role: Role, fields: &PersonFields) -> std::result::Result<CleanFields, Vec<Error>> {
    let mut problems = Vec::new();
    fn keep<T>(problems: &mut Vec<Error>, checked: Result<T>) -> Option<T> {
        checked.map_err(|e| problems.push(e)).ok()
    }
    let opening = keep(&mut problems, validate::optional_line(&OPENING, fields.opening.as_deref(), 200).and_then(|opening| {
        if role == Role::Candidate && opening.is_none() {
            return Err(Error::invalid("opening", "Opening is required for a candidate: say which role they applied for."));
        }
        Ok(opening)
    }));
    let name = keep(&mut problems, validate::required_line(&NAME, &fields.name, MAX_NAME));
    let email = keep(&mut problems, validate::optional_email(&EMAIL, fields.email.as_deref()));
    let title = keep(&mut problems, validate::line(&TITLE, fields.title.as_deref().unwrap_or(""), 200));
    let start_date = keep(&mut problems, validate::optional_date(&START_DATE, fields.start_date.as_deref()));
    let notes = keep(&mut problems, validate::notes(&NOTES, fields.notes.as_deref().unwrap_or(""), MAX_NOTES));
    match (opening, name, email, title, start_date, notes) {
        (Some(opening), Some(name), Some(email), Some(title), Some(start_date), Some(notes)) => {
            Ok(CleanFields { name, email, title, start_date, notes, opening })
        }
        _ => Err(problems),
    }
}

/// Adds a person from checked fields; a candidate starts at `stage`.
pub(crate) fn insert(conn: &Connection, role: Role, f: &CleanFields, stage: Option<Stage>, now: &str) -> Result<PersonId> {
    let id = PersonId::new();
    let stage = stage.map(Stage::as_str);
    conn.prepare_cached(
        "INSERT INTO people (id, role, name, name_fold, email, title, start_date, notes,
                             opening, stage, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![id, role.as_str(), f.name, fold(&f.name), f.email, f.title, f.start_date, f.notes, f.opening, stage, now])?;
    Ok(id)
}

/// The lower-cased name used for case-insensitive search and sorting.
pub(crate) fn fold(name: &str) -> String {
    name.to_lowercase()
}

const COLUMNS: &str = "id, role, name, email, title, start_date, notes, opening, stage, \
                       hired_at, archived_at, created_at, updated_at";

fn read_person(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        role: row.get(1)?,
        name: row.get(2)?,
        email: row.get(3)?,
        title: row.get(4)?,
        start_date: row.get(5)?,
        notes: row.get(6)?,
        opening: row.get(7)?,
        stage: row.get(8)?,
        hired_at: time::optional(row.get(9)?),
        archived_at: time::optional(row.get(10)?),
        created_at: row.get::<_, Stamp>(11)?.0,
        updated_at: row.get::<_, Stamp>(12)?.0,
    })
}


pub(crate) fn summary(person: Person) -> PersonSummary {
    PersonSummary {
        id: person.id,
        role: person.role,
        name: person.name,
        email: person.email,
        title: person.title,
        start_date: person.start_date,
        opening: person.opening,
        stage: person.stage,
        archived_at: person.archived_at,
        updated_at: person.updated_at,
    }
}

/// The people named by `ids` that exist, by id.
pub(crate) fn summaries(conn: &Connection, ids: &[PersonId]) -> Result<HashMap<PersonId, PersonSummary>> {
    // A list of plain strings always serialises; an empty text would fail the query, not pass it.
    let wanted = serde_json::to_string(ids).unwrap_or_default();
    let found = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM people WHERE id IN (SELECT value FROM json_each(?1))"))?
        .query_map([wanted], |row| read_person(row).map(summary))?
        .map(|p| p.map(|p| (p.id.clone(), p)))
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

fn load(conn: &Connection, id: &PersonId) -> Result<Person> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM people WHERE id = ?1"), [id], read_person)
        .optional()?
        .ok_or_else(|| Error::not_found("person", id.as_str()))
}

/// Escapes `%`, `_` and `\` so user text matches literally inside LIKE.
fn like_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// Checks that `person` is a current team member before something only a
/// rep can have (`purpose`: "one-on-ones", "KPIs"…) is stored for them.
/// Returns their name.
pub(crate) fn ensure_rep(conn: &Connection, person: &PersonId, purpose: &str) -> Result<String> {
    let row: Option<(String, Role, bool)> = conn
        .query_row("SELECT name, role, archived_at IS NOT NULL FROM people WHERE id = ?1", [person], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    match row {
        None => Err(Error::not_found("person", person.as_str())),
        Some((name, Role::Candidate, _)) => {
            Err(Error::conflict(None, format!("{name} is a candidate: {purpose} are for team members.")))
        }
        Some((name, _, true)) => Err(Error::conflict(None, format!("{name} is archived: restore them first."))),
        Some((name, _, false)) => Ok(name),
    }
}

impl Coachbook {
    /// Adds a team member or a candidate (who starts at the Applied stage).
    pub fn create_person(&self, role: Role, fields: &PersonFields) -> Result<Person> {
        let f = clean(role, fields)?;
        let stage = (role == Role::Candidate).then_some(Stage::Applied);
        self.write(|tx| {
            let id = insert(tx, role, &f, stage, &tx.stamp())?;
            load(tx, &id)
        })
    }

    /// Replaces a person's editable fields.
    pub fn update_person(&self, id: &PersonId, fields: &PersonFields) -> Result<Person> {
        self.write(|tx| {
            let current = load(tx, id)?;
            let f = clean(current.role, fields)?;
            tx.execute(
                "UPDATE people SET name = ?2, name_fold = ?3, email = ?4, title = ?5,
                        start_date = ?6, notes = ?7, opening = ?8, updated_at = ?9
                 WHERE id = ?1",
                params![id, f.name, fold(&f.name), f.email, f.title, f.start_date, f.notes,
                        f.opening, tx.stamp()],
            )?;
            load(tx, id)
        })
    }

    pub fn get_person(&self, id: &PersonId) -> Result<Person> {
        load(&self.conn(), id)
    }

    /// Hides a person from the default lists. Nothing is deleted.
    pub fn archive_person(&self, id: &PersonId) -> Result<Person> {
        self.set_archived(id, Some(self.clock().now()))
    }

    /// Moves a person to the trash with everything recorded about them (one-on-ones,
    /// feedback, scorecards, goals, plans, KPIs, accounts); restoring brings it all back.
    pub fn delete_person(&self, id: &PersonId) -> Result<TrashEntry> {
        self.write(|tx| {
            let person = load(tx, id)?;
            if crate::settings::get(tx, "me")?.as_deref() == Some(id.as_str()) {
                return Err(Error::conflict(None, "This is your own record in your own workspace; it cannot be deleted."));
            }
            let subject = Subject { kind: TrashKind::Person, title: person.name, person: None, on_date: None };
            move_to_trash(tx, subject, "people", &[("id", id.as_str())])
        })
    }

    /// Brings an archived person back into the default lists.
    pub fn restore_person(&self, id: &PersonId) -> Result<Person> {
        self.set_archived(id, None)
    }

    fn set_archived(&self, id: &PersonId, at: Option<DateTime<Utc>>) -> Result<Person> {
        self.write(|tx| {
            let current = load(tx, id)?;
            if current.archived_at.is_some() == at.is_some() {
                return Ok(current); // already as asked: archiving twice keeps the first date
            }
            let now = tx.stamp();
            tx.execute(
                "UPDATE people SET archived_at = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, at.as_ref().map(stamp), now],
            )?;
            load(tx, id)
        })
    }

    /// Moves a candidate to another pipeline stage. Hiring has its own call,
    /// [`Coachbook::hire_candidate`], because it also makes them a team member.
    pub fn set_candidate_stage(&self, id: &PersonId, stage: Stage) -> Result<Person> {
        if stage == Stage::Hired {
            return Err(Error::conflict(Some("stage"), "Use Hire to mark a candidate hired: it also adds them to the team."));
        }
        self.write(|tx| {
            let current = load(tx, id)?;
            if current.role != Role::Candidate {
                return Err(Error::conflict(Some("stage"), format!("{} is already on the team; their pipeline stage is final.", current.name)));
            }
            tx.execute(
                "UPDATE people SET stage = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, stage.as_str(), tx.stamp()],
            )?;
            load(tx, id)
        })
    }

    /// Hires a candidate: they become a team member with the same record, so
    /// their interview history stays with them. The start date defaults to today.
    pub fn hire_candidate(&self, id: &PersonId, start_date: Option<&str>) -> Result<Person> {
        let start = validate::optional_date(&START_DATE, start_date)?
            .unwrap_or_else(|| self.clock().today());
        self.write(|tx| {
            let current = load(tx, id)?;
            if current.role != Role::Candidate {
                return Err(Error::conflict(None, format!("{} is already on the team.", current.name)));
            }
            if current.archived_at.is_some() {
                return Err(Error::conflict(None, format!("{} is archived: restore them before hiring.", current.name)));
            }
            if matches!(current.stage, Some(Stage::Declined | Stage::Withdrawn)) {
                return Err(Error::conflict(Some("stage"), format!(
                    "{} has {}: move them back into the pipeline before hiring.",
                    current.name,
                    if current.stage == Some(Stage::Declined) { "been declined" } else { "withdrawn" }
                )));
            }
            let now = tx.stamp();
            tx.execute(
                "UPDATE people SET role = 'rep', stage = 'hired', start_date = ?2,
                        hired_at = ?3, updated_at = ?3
                 WHERE id = ?1",
                params![id, start, now],
            )?;
            load(tx, id)
        })
    }

    /// One page of the team or the candidates, sorted by name.
    pub fn list_people(&self, query: &PeopleQuery) -> Result<PeoplePage> {
        let mut filter = Filter::default();
        filter.always(match query.list {
            PeopleList::Team => "role = 'rep'",
            PeopleList::Candidates => "stage IS NOT NULL",
        });
        // The same expression as the people_by_role index, so the index serves it.
        filter.always(if query.archived { "(archived_at IS NOT NULL) = 1" } else { "(archived_at IS NOT NULL) = 0" });
        if let Some(search) = query.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            filter.with("name_fold LIKE ? ESCAPE '\\'", like_pattern(&fold(search)));
        }
        if let Some(stage) = query.stage {
            filter.with("stage = ?", stage);
        }
        if let Some(opening) = query.opening.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            filter.with("opening = ?", opening.to_owned());
        }
        let (params, filter) = (filter.params(), filter.sql());
        let limit = query.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
        let offset = query.offset.unwrap_or(0);
        let conn = self.conn();
        let total: u32 = conn.query_row(
            &format!("SELECT count(*) FROM people WHERE {filter}"),
            params.as_slice(),
            |row| row.get(0),
        )?;
        let mut statement = conn.prepare(&format!(
            "SELECT {COLUMNS} FROM people WHERE {filter} ORDER BY name_fold, id LIMIT {limit} OFFSET {offset}"
        ))?;
        let items = statement
            .query_map(params.as_slice(), |row| read_person(row).map(summary))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(PeoplePage { items, total })
    }

    /// The openings active candidates applied for, with how many each.
    pub fn list_openings(&self) -> Result<Vec<Opening>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT opening, count(*) FROM people
             WHERE stage IS NOT NULL AND opening IS NOT NULL AND archived_at IS NULL
             GROUP BY opening ORDER BY lower(opening)",
        )?;
        let openings = statement
            .query_map([], |row| Ok(Opening { name: row.get(0)?, candidates: row.get(1)? }))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(openings)
    }
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn like_pattern_escapes_wildcards() {
        assert_eq!(like_pattern("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }
}
