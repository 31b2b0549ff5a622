//! Full-text search (SQLite FTS5) across one-on-one notes, action items and
//! feedback, newest first. Visibility is a parameter: without `include_private`, private
//! notes and unshared feedback are left out, as a rep's view requires.
//! How typed words become a query that stays fast: [`terms`].

mod terms;

pub(crate) use terms::install as install_vocabularies;
pub use terms::{fts_query, words};

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Result};
use crate::ids::{FeedbackId, MeetingId, PersonId};
use crate::Coachbook;
use crate::text_enum::text_enum;

/// Marks around matched words in a snippet; the UI turns them into highlights.
pub const MATCH_START: char = '\u{2}';
pub const MATCH_END: char = '\u{3}';

text_enum! {
    pub enum HitKind {
        Note = "note",
        ActionItem = "action_item",
        Feedback = "feedback",
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SearchQuery {
    pub text: String,
    pub person_id: Option<PersonId>,
    pub include_private: bool,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub kind: HitKind,
    pub person_id: PersonId,
    pub person_name: String,
    pub date: NaiveDate,
    /// The section title, "Action item", or the feedback's polarity.
    pub title: String,
    /// The matching text, with matches between [`MATCH_START`] and [`MATCH_END`].
    pub snippet: String,
    /// The meeting a note or an action item belongs to.
    pub meeting_id: Option<MeetingId>,
    pub feedback_id: Option<FeedbackId>,
}

/// One query per source, newest first. Each walks its FTS index backwards
/// by rowid (insertion order) and stops at the limit, so a common word in a
/// huge workspace costs no more than a rare one; the three are then merged.
/// In the order of [`terms::VOCABULARIES`].
const SOURCES: [(HitKind, &str); 3] = [
    (
        HitKind::Note,
        "SELECT m.person_id, p.name, m.held_on, n.title,
                snippet(meeting_notes_fts, -1, ?5, ?6, '…', 16), m.id, NULL
         FROM meeting_notes_fts
         JOIN meeting_notes_rowid r ON r.seq = meeting_notes_fts.rowid
         JOIN meeting_notes n ON n.id = r.id
         JOIN meetings m ON m.id = n.meeting_id
         JOIN people p ON p.id = m.person_id
         WHERE meeting_notes_fts MATCH ?1 AND n.body <> '' AND (?2 OR n.visibility = 'shared')
           AND (?3 IS NULL OR m.person_id = ?3)
         ORDER BY meeting_notes_fts.rowid DESC LIMIT ?4",
    ),
    (
        HitKind::ActionItem,
        "SELECT a.person_id, p.name, m.held_on, 'Action item',
                snippet(action_items_fts, 0, ?5, ?6, '…', 16), a.meeting_id, NULL
         FROM action_items_fts
         JOIN action_items_rowid r ON r.seq = action_items_fts.rowid
         JOIN action_items a ON a.id = r.id
         JOIN meetings m ON m.id = a.meeting_id
         JOIN people p ON p.id = a.person_id
         WHERE action_items_fts MATCH ?1 AND ?2 = ?2 AND (?3 IS NULL OR a.person_id = ?3)
         ORDER BY action_items_fts.rowid DESC LIMIT ?4",
    ),
    (
        HitKind::Feedback,
        "SELECT f.person_id, p.name, f.given_on,
                CASE f.polarity WHEN 'positive' THEN 'Positive feedback' ELSE 'Constructive feedback' END,
                snippet(feedback_fts, -1, ?5, ?6, '…', 16), NULL, f.id
         FROM feedback_fts
         JOIN feedback_rowid r ON r.seq = feedback_fts.rowid
         JOIN feedback f ON f.id = r.id
         JOIN people p ON p.id = f.person_id
         WHERE feedback_fts MATCH ?1 AND f.deleted_at IS NULL AND (?2 OR f.shared = 1)
           AND (?3 IS NULL OR f.person_id = ?3)
         ORDER BY feedback_fts.rowid DESC LIMIT ?4",
    ),
];

impl Coachbook {
    /// The newest matches first, at most `limit` (default 50).
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        if query.text.chars().count() > 200 {
            return Err(Error::invalid("text", "Search for at most 200 characters."));
        }
        if words(&query.text).is_empty() {
            return Ok(Vec::new());
        }
        let limit = query.limit.unwrap_or(50).clamp(1, 200);
        let (start, end) = (MATCH_START.to_string(), MATCH_END.to_string());
        let conn = self.conn();
        // The workspace decides what may be found: a rep's own finds only their own, shared, entries.
        let scope = crate::settings::scope(&conn)?;
        let include_private = query.include_private && scope.private;
        let person = scope.only.as_ref().or(query.person_id.as_ref());
        let mut hits = Vec::new();
        for ((kind, sql), (_, vocabulary)) in SOURCES.into_iter().zip(terms::VOCABULARIES) {
            let Some(fts) = terms::expanded_query(&conn, vocabulary, &query.text)? else { continue };
            let mut statement = conn.prepare_cached(sql)?;
            let rows = statement.query_map(
                params![fts, include_private, person, limit, start, end],
                |r| {
                    Ok(SearchHit {
                        kind,
                        person_id: r.get(0)?,
                        person_name: r.get(1)?,
                        date: r.get(2)?,
                        title: r.get(3)?,
                        snippet: r.get(4)?,
                        meeting_id: r.get(5)?,
                        feedback_id: r.get(6)?,
                    })
                },
            )?;
            for hit in rows {
                hits.push(hit?);
            }
        }
        hits.sort_by(|a, b| b.date.cmp(&a.date));
        hits.truncate(limit as usize);
        Ok(hits)
    }
}
