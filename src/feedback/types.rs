//! The feedback area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::{FeedbackId, PersonId};
use crate::text_enum::text_enum;

text_enum! {
    pub enum Polarity {
        Positive = "positive",
        Constructive = "constructive",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackEntry {
    pub id: FeedbackId,
    pub person_id: PersonId,
    pub person_name: String,
    pub given_on: NaiveDate,
    pub polarity: Polarity,
    pub situation: String,
    pub behaviour: String,
    pub result: String,
    pub tags: Vec<String>,
    /// Whether it has been shared with the rep.
    pub shared: bool,
    pub deleted_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackInput {
    pub person_id: PersonId,
    /// `YYYY-MM-DD`; defaults to today.
    pub given_on: Option<String>,
    pub polarity: Polarity,
    pub situation: Option<String>,
    /// What the rep did: required.
    pub behaviour: String,
    pub result: Option<String>,
    pub tags: Vec<String>,
    pub shared: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackQuery {
    pub person_id: Option<PersonId>,
    pub polarity: Option<Polarity>,
    pub tag: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Show the trash instead of the log.
    pub deleted: bool,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

impl FeedbackQuery {
    pub fn for_person(person: &PersonId) -> Self {
        FeedbackQuery {
            person_id: Some(person.clone()),
            polarity: None,
            tag: None,
            from: None,
            to: None,
            deleted: false,
            limit: None,
            offset: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackPage {
    /// Newest first.
    pub items: Vec<FeedbackEntry>,
    pub total: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TagCount {
    pub tag: String,
    pub entries: u32,
}
