//! Storage for feedback entries: log, edit, move to the trash and back,
//! timeline queries and balances.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::balance::{balance, Balance};
use super::types::*;
use crate::db::filter::Filter;
use crate::db::time::{self, Stamp};
use crate::error::{Error, Result};
use crate::ids::{FeedbackId, PersonId};
use crate::people::ensure_rep;
use crate::validate::{self, field};
use crate::Coachbook;

const MAX_TEXT: usize = 2000;
const MAX_TAGS: usize = 10;
const DEFAULT_PAGE: u32 = 50;

struct Clean {
    given_on: NaiveDate,
    situation: String,
    behaviour: String,
    result: String,
    tags: Vec<String>,
}

/// Tags are trimmed, lower-cased and de-duplicated; blank ones are dropped.
fn clean_tags(tags: &[String]) -> Result<Vec<String>> {
    let mut clean: Vec<String> = Vec::new();
    for tag in tags {
        let tag = tag.trim().to_lowercase();
        if tag.is_empty() || clean.contains(&tag) {
            continue;
        }
        if tag.chars().count() > 40 || !tag.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-') {
            return Err(Error::invalid(
                "tags",
                format!("Tag '{tag}' must be at most 40 letters, digits, spaces or hyphens."),
            ));
        }
        clean.push(tag);
    }
    if clean.len() > MAX_TAGS {
        return Err(Error::invalid("tags", format!("At most {MAX_TAGS} tags per entry.")));
    }
    Ok(clean)
}

fn clean(input: &FeedbackInput, today: NaiveDate) -> Result<Clean> {
    let given_on = validate::optional_date(&field("givenOn", "Date"), input.given_on.as_deref())?.unwrap_or(today);
    if given_on > today {
        return Err(Error::invalid("givenOn", "Date cannot be in the future: log feedback once it is given."));
    }
    let behaviour = validate::notes(&field("behaviour", "Behaviour"), input.behaviour.trim(), MAX_TEXT)?;
    if behaviour.is_empty() {
        return Err(Error::invalid("behaviour", "Behaviour is required: what exactly did they do?"));
    }
    Ok(Clean {
        given_on,
        situation: validate::notes(&field("situation", "Situation"), input.situation.as_deref().unwrap_or("").trim(), MAX_TEXT)?,
        behaviour,
        result: validate::notes(&field("result", "Result"), input.result.as_deref().unwrap_or("").trim(), MAX_TEXT)?,
        tags: clean_tags(&input.tags)?,
    })
}

const COLUMNS: &str = "f.id, f.person_id, p.name, f.given_on, f.polarity, f.situation, f.behaviour, f.result, \
                       f.tags, f.shared, f.deleted_at, f.created_at, f.updated_at";

fn read_entry(r: &Row<'_>) -> rusqlite::Result<FeedbackEntry> {
    let tags: String = r.get(8)?;
    Ok(FeedbackEntry {
        id: r.get(0)?,
        person_id: r.get(1)?,
        person_name: r.get(2)?,
        given_on: r.get(3)?,
        polarity: r.get(4)?,
        situation: r.get(5)?,
        behaviour: r.get(6)?,
        result: r.get(7)?,
        tags: tags.split(", ").filter(|t| !t.is_empty()).map(str::to_owned).collect(),
        shared: r.get(9)?,
        deleted_at: time::optional(r.get(10)?),
        created_at: r.get::<_, Stamp>(11)?.0,
        updated_at: r.get::<_, Stamp>(12)?.0,
    })
}

fn load(conn: &Connection, id: &FeedbackId) -> Result<FeedbackEntry> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM feedback f JOIN people p ON p.id = f.person_id WHERE f.id = ?1"),
        [id],
        read_entry,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("feedback", id.as_str()))
}

fn write_tags(conn: &Connection, id: &FeedbackId, tags: &[String]) -> Result<()> {
    conn.execute("DELETE FROM feedback_tags WHERE feedback_id = ?1", [id])?;
    let mut insert = conn.prepare_cached("INSERT INTO feedback_tags (feedback_id, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        insert.execute(params![id, tag])?;
    }
    Ok(())
}

/// `(day, polarity)` of a rep's live entries given within `days` before `today`.
pub(crate) fn recent_polarities(conn: &Connection, person: &PersonId, today: NaiveDate, days: u64) -> Result<Vec<(NaiveDate, Polarity)>> {
    let from = today - chrono::Days::new(days);
    let mut statement = conn.prepare_cached(
        "SELECT given_on, polarity FROM feedback
         WHERE person_id = ?1 AND deleted_at IS NULL AND given_on > ?2 AND given_on <= ?3",
    )?;
    let rows = statement
        .query_map(params![person, from, today], |r| {
            Ok((r.get(0)?, r.get::<_, Polarity>(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// A rep's balance as of `today`; the last positive entry counts however old.
pub(crate) fn balance_of(conn: &Connection, person: &PersonId, today: NaiveDate) -> Result<Balance> {
    let mut b = balance(&recent_polarities(conn, person, today, 90)?, today);
    // Two MAX lookups, each answered from a partial index without a scan.
    let last_positive: Option<NaiveDate> = conn
        .prepare_cached(
            "SELECT max(given_on) FROM feedback
             WHERE person_id = ?1 AND polarity = 'positive' AND deleted_at IS NULL AND given_on <= ?2",
        )?
        .query_row(params![person, today], |r| r.get(0))?;
    let last_any: Option<NaiveDate> = conn
        .prepare_cached("SELECT max(given_on) FROM feedback WHERE person_id = ?1 AND deleted_at IS NULL AND given_on <= ?2")?
        .query_row(params![person, today], |r| r.get(0))?;
    if let (None, Some(day)) = (b.last_positive, last_positive) {
        b.last_positive = Some(day);
        b.days_since_positive = Some((today - day).num_days() as u32);
    }
    b.last_entry = b.last_entry.or(last_any);
    Ok(b)
}

impl Coachbook {
    pub fn log_feedback(&self, input: &FeedbackInput) -> Result<FeedbackEntry> {
        let clean = clean(input, self.clock().today())?;
        self.write(|tx| {
            ensure_rep(tx, &input.person_id, "feedback").map_err(|e| match e {
                Error::NotFound { .. } => Error::invalid("personId", "Choose the rep the feedback is for."),
                other => other,
            })?;
            let id = FeedbackId::new();
            let now = tx.stamp();
            tx.execute(
                "INSERT INTO feedback (id, person_id, given_on, polarity, situation, behaviour, result, tags, shared,
                                       created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                params![id, input.person_id, clean.given_on, input.polarity.as_str(), clean.situation, clean.behaviour,
                        clean.result, clean.tags.join(", "), input.shared, now],
            )?;
            write_tags(tx, &id, &clean.tags)?;
            load(tx, &id)
        })
    }

    pub fn update_feedback(&self, id: &FeedbackId, input: &FeedbackInput) -> Result<FeedbackEntry> {
        let clean = clean(input, self.clock().today())?;
        self.write(|tx| {
            let current = load(tx, id)?;
            if current.person_id != input.person_id {
                ensure_rep(tx, &input.person_id, "feedback")?;
            }
            tx.execute(
                "UPDATE feedback SET person_id = ?2, given_on = ?3, polarity = ?4, situation = ?5, behaviour = ?6,
                        result = ?7, tags = ?8, shared = ?9, updated_at = ?10 WHERE id = ?1",
                params![id, input.person_id, clean.given_on, input.polarity.as_str(), clean.situation, clean.behaviour,
                        clean.result, clean.tags.join(", "), input.shared, tx.stamp()],
            )?;
            write_tags(tx, id, &clean.tags)?;
            load(tx, id)
        })
    }

    /// Moves an entry to the trash; [`Coachbook::restore_feedback`] brings it back.
    pub fn delete_feedback(&self, id: &FeedbackId) -> Result<FeedbackEntry> {
        self.set_feedback_deleted(id, true)
    }

    pub fn restore_feedback(&self, id: &FeedbackId) -> Result<FeedbackEntry> {
        self.set_feedback_deleted(id, false)
    }

    fn set_feedback_deleted(&self, id: &FeedbackId, deleted: bool) -> Result<FeedbackEntry> {
        self.write(|tx| {
            load(tx, id)?;
            let now = tx.stamp();
            tx.execute(
                "UPDATE feedback SET deleted_at = CASE WHEN ?2 THEN coalesce(deleted_at, ?3) END, updated_at = ?3 WHERE id = ?1",
                params![id, deleted, now],
            )?;
            load(tx, id)
        })
    }

    pub fn get_feedback(&self, id: &FeedbackId) -> Result<FeedbackEntry> {
        load(&self.conn(), id)
    }

    /// The timeline, newest first, filtered by rep, polarity, tag and dates.
    pub fn list_feedback(&self, query: &FeedbackQuery) -> Result<FeedbackPage> {
        let from = validate::optional_date(&field("from", "From"), query.from.as_deref())?;
        let to = validate::optional_date(&field("to", "To"), query.to.as_deref())?;
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                return Err(Error::invalid("to", "The end date is before the start date."));
            }
        }
        let mut filter = Filter::default();
        filter.always(if query.deleted { "f.deleted_at IS NOT NULL" } else { "f.deleted_at IS NULL" });
        if let Some(person) = &query.person_id {
            filter.with("f.person_id = ?", person.clone());
        }
        if let Some(polarity) = query.polarity {
            filter.with("f.polarity = ?", polarity);
        }
        if let Some(tag) = query.tag.as_deref().map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()) {
            // Checked per candidate row through the tags' primary key, so a tag on
            // most entries costs no more than a rare one.
            filter.with("EXISTS (SELECT 1 FROM feedback_tags t WHERE t.feedback_id = f.id AND t.tag = ?)", tag);
        }
        if let Some(from) = from {
            filter.with("f.given_on >= ?", from);
        }
        if let Some(to) = to {
            filter.with("f.given_on <= ?", to);
        }
        let (refs, filter) = (filter.params(), filter.sql());
        let limit = query.limit.unwrap_or(DEFAULT_PAGE).clamp(1, 500);
        let offset = query.offset.unwrap_or(0);
        let conn = self.conn();
        let total: u32 = conn.query_row(&format!("SELECT count(*) FROM feedback f WHERE {filter}"), refs.as_slice(), |r| r.get(0))?;
        let items = conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM feedback f JOIN people p ON p.id = f.person_id WHERE {filter}
                 ORDER BY f.given_on DESC, f.rowid DESC LIMIT {limit} OFFSET {offset}"
            ))?
            .query_map(refs.as_slice(), read_entry)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(FeedbackPage { items, total })
    }

    /// Tags in use on live entries, most used first (for suggestions and
    /// filters), from the counts migration 12's triggers keep.
    pub fn feedback_tags(&self, person: Option<&PersonId>) -> Result<Vec<TagCount>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT tag, sum(entries) AS entries FROM feedback_tag_counts
             WHERE entries > 0 AND (?1 IS NULL OR person_id = ?1)
             GROUP BY tag ORDER BY entries DESC, tag LIMIT 100",
        )?;
        let tags = statement
            .query_map([person], |r| Ok(TagCount { tag: r.get(0)?, entries: r.get(1)? }))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(tags)
    }

    /// A rep's balance of positive to constructive feedback as of `today`.
    pub fn feedback_balance(&self, person: &PersonId, today: NaiveDate) -> Result<Balance> {
        let conn = self.conn();
        crate::one_on_ones::load_setup(&conn, person)?;
        balance_of(&conn, person, today)
    }
}
