//! Documents as PDF: the interview kit, the candidate packet for the hiring
//! committee, the comparison of an opening's candidates, the meeting recap
//! and the rep's review. Each is built from the same views the screens use
//! (so the blind-scoring and privacy rules hold by construction: drafts,
//! others' hidden scorecards, private notes and unshared feedback are never
//! in the data a document is made from), laid out by `layout`, drawn by
//! `render` with krilla.

mod chart;
mod comparison;
mod fonts;
mod format;
mod kit;
mod layout;
mod packet;
mod recap;
mod render;
mod review;

use chrono::NaiveDate;
use serde::Deserialize;
use specta::Type;

use crate::error::Result;
use crate::ids::{MeetingId, PersonId, RubricId};
use crate::Coachbook;

/// Which document to make, as the UI asks for it.
#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum DocumentRequest {
    /// Blank scoring sheets for one or more exercises, for a candidate or for anyone.
    InterviewKit { rubric_ids: Vec<RubricId>, candidate_id: Option<PersonId> },
    CandidatePacket { candidate_id: PersonId },
    Comparison { opening: String },
    MeetingRecap { meeting_id: MeetingId },
    Review { person_id: PersonId },
}

/// A finished PDF and the file name to suggest for it.
#[derive(Debug, Clone)]
pub struct PdfDocument {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// What a content builder hands to the renderer.
struct Draft {
    title: String,
    file_stem: String,
    pages: Vec<layout::Page>,
}

impl Coachbook {
    /// Makes the document. `viewer` is the assessor the blind-scoring rule
    /// applies to (as on the screen); `today` dates the footer and the review.
    pub fn make_document(&self, request: &DocumentRequest, viewer: Option<&str>, today: NaiveDate) -> Result<PdfDocument> {
        let draft = match request {
            DocumentRequest::InterviewKit { rubric_ids, candidate_id } => kit::build(self, rubric_ids, candidate_id.as_ref())?,
            DocumentRequest::CandidatePacket { candidate_id } => packet::build(self, candidate_id, viewer)?,
            DocumentRequest::Comparison { opening } => comparison::build(self, opening, viewer)?,
            DocumentRequest::MeetingRecap { meeting_id } => recap::build(self, meeting_id)?,
            DocumentRequest::Review { person_id } => review::build(self, person_id, today)?,
        };
        let owner = self.settings()?.assessor_name.filter(|n| !n.trim().is_empty());
        let made = format::date(today);
        let footer = render::Footer {
            left: match owner {
                Some(owner) => format!("Prepared by {owner} · {made}"),
                None => format!("Coachbook · {made}"),
            },
        };
        let bytes = render::render(&draft.title, draft.pages, &footer)?;
        Ok(PdfDocument { file_name: format!("{}.pdf", file_safe(&draft.file_stem)), bytes })
    }
}

/// A file name from a title: letters, digits, spaces and dashes only.
fn file_safe(stem: &str) -> String {
    let cleaned: String = stem.chars().map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' { c } else { ' ' }).collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.is_empty() { "Coachbook document".into() } else { words.join(" ") }
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_keep_words_and_drop_path_characters() {
        assert_eq!(super::file_safe("Recap: Ada / 5 Dec 2026"), "Recap Ada 5 Dec 2026");
        assert_eq!(super::file_safe("../"), "Coachbook document");
    }
}
