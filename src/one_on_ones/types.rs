//! The one-on-ones area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::{ActionItemId, MeetingId, NoteId, PersonId, SectionId, TemplateId};
use crate::text_enum::text_enum;

text_enum! {
    /// Who may read a note: the manager only, or the rep as well.
    pub enum Visibility {
        Private = "private",
        Shared = "shared",
    }
}

text_enum! {
    pub enum Cadence {
        Weekly = "weekly",
        Biweekly = "biweekly",
        Monthly = "monthly",
    }
}

text_enum! {
    pub enum Owner {
        Manager = "manager",
        Rep = "rep",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AgendaSection {
    pub id: SectionId,
    pub title: String,
    /// The question the section asks.
    pub prompt: String,
    pub default_visibility: Visibility,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AgendaTemplate {
    pub id: TemplateId,
    pub name: String,
    pub builtin: bool,
    pub sections: Vec<AgendaSection>,
    /// How many reps use it as their own agenda.
    pub reps: u32,
    pub archived_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TemplateDraft {
    pub name: String,
    pub sections: Vec<SectionDraft>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SectionDraft {
    pub title: String,
    pub prompt: Option<String>,
    pub default_visibility: Visibility,
}

/// A rep's one-on-one settings.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OneOnOneSetup {
    pub person_id: PersonId,
    pub cadence: Option<Cadence>,
    pub cadence_since: Option<NaiveDate>,
    /// The rep's own agenda; `None` means the default agenda.
    pub template_id: Option<TemplateId>,
}

/// What the rep's one-on-one settings form sends.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SetupInput {
    pub cadence: Option<Cadence>,
    /// `YYYY-MM-DD`: when meetings started to be due at this cadence.
    pub cadence_since: Option<String>,
    pub template_id: Option<TemplateId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MeetingNote {
    pub id: NoteId,
    pub title: String,
    pub prompt: String,
    pub body: String,
    pub visibility: Visibility,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ActionItem {
    pub id: ActionItemId,
    pub person_id: PersonId,
    /// The meeting it was agreed in.
    pub meeting_id: MeetingId,
    pub agreed_on: NaiveDate,
    pub text: String,
    pub owner: Owner,
    pub due_on: Option<NaiveDate>,
    pub done_at: Option<DateTime<Utc>>,
    /// The meeting in which it was closed, if it was closed in one.
    pub closed_in_meeting_id: Option<MeetingId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: MeetingId,
    pub person_id: PersonId,
    pub person_name: String,
    pub held_on: NaiveDate,
    /// The template's name when the meeting was held.
    pub template_name: String,
    pub notes: Vec<MeetingNote>,
    /// Items from earlier meetings that were open when this one was held:
    /// still open, or closed in this meeting.
    pub carried: Vec<ActionItem>,
    /// Items agreed in this meeting.
    pub actions: Vec<ActionItem>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MeetingSummary {
    pub id: MeetingId,
    pub held_on: NaiveDate,
    pub template_name: String,
    /// Sections with something written in them.
    pub notes_written: u32,
    pub actions_agreed: u32,
    pub actions_open: u32,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewActionItem {
    pub text: String,
    pub owner: Owner,
    /// `YYYY-MM-DD`, optional.
    pub due_on: Option<String>,
}
