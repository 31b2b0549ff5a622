//! The people area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::PersonId;
use crate::text_enum::text_enum;

text_enum! {
    pub enum Role {
        Rep = "rep",
        Candidate = "candidate",
    }
}

text_enum! {
    /// Where a candidate stands in the hiring pipeline, in pipeline order.
    pub enum Stage {
        Applied = "applied",
        Screening = "screening",
        Interviewing = "interviewing",
        Offer = "offer",
        Hired = "hired",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
}

/// A person in full, as the detail page shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: PersonId,
    pub role: Role,
    pub name: String,
    pub email: Option<String>,
    pub title: String,
    /// First day on the team (reps).
    pub start_date: Option<NaiveDate>,
    pub notes: String,
    /// The opening a candidate applied for; kept after hiring.
    pub opening: Option<String>,
    /// Pipeline stage; `None` for a rep who never came through the pipeline.
    pub stage: Option<Stage>,
    pub hired_at: Option<DateTime<Utc>>,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A person as a list row: everything but the notes.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonSummary {
    pub id: PersonId,
    pub role: Role,
    pub name: String,
    pub email: Option<String>,
    pub title: String,
    pub start_date: Option<NaiveDate>,
    pub opening: Option<String>,
    pub stage: Option<Stage>,
    pub archived_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

/// The fields a person's form edits. Text is trimmed; blank optional fields
/// are stored as absent. Dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonFields {
    pub name: String,
    pub email: Option<String>,
    pub title: Option<String>,
    pub start_date: Option<String>,
    pub notes: Option<String>,
    /// Required for candidates; ignored for reps who never applied.
    pub opening: Option<String>,
}

/// Which list of people to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum PeopleList {
    /// Current team members (reps), including those hired from the pipeline.
    Team,
    /// Everyone who came through the hiring pipeline, hired or not.
    Candidates,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PeopleQuery {
    pub list: PeopleList,
    /// Part of a name, matched case-insensitively.
    pub search: Option<String>,
    /// Only candidates at this stage.
    pub stage: Option<Stage>,
    /// Only candidates for this opening.
    pub opening: Option<String>,
    /// Show the archived people instead of the active ones.
    pub archived: bool,
    /// Page size (default 100, at most 500) and offset.
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

impl PeopleQuery {
    pub fn new(list: PeopleList) -> Self {
        PeopleQuery {
            list,
            search: None,
            stage: None,
            opening: None,
            archived: false,
            limit: None,
            offset: None,
        }
    }
}

/// One page of a list, and how many rows match in all.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PeoplePage {
    pub items: Vec<PersonSummary>,
    pub total: u32,
}

/// An opening with how many active candidates applied for it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Opening {
    pub name: String,
    pub candidates: u32,
}
