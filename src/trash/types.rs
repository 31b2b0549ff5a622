//! What the trash lists.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use specta::Type;

use crate::ids::PersonId;
use crate::text_enum::text_enum;

text_enum! {
    /// What a trash entry holds: something deleted, or the version of a list
    /// before a save replaced it.
    pub enum TrashKind {
        Person = "person",
        Meeting = "meeting",
        ActionItem = "action_item",
        Feedback = "feedback",
        Kpi = "kpi",
        KpiValue = "kpi_value",
        Account = "account",
        Rubric = "rubric",
        Template = "template",
        AgendaVersion = "agenda_version",
        RubricVersion = "rubric_version",
        PlanDraft = "plan_draft",
    }
}

impl TrashKind {
    /// Whether restoring puts back an earlier version in place of the current one.
    pub fn is_version(self) -> bool {
        matches!(self, TrashKind::AgendaVersion | TrashKind::RubricVersion | TrashKind::PlanDraft)
    }
}

/// One entry: enough to recognise it (what, whose, which day) and restore it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TrashEntry {
    pub id: String,
    pub kind: TrashKind,
    /// The thing's own name or text: a KPI's name, an action item's text, a meeting's agenda.
    pub title: String,
    pub person_id: Option<PersonId>,
    pub person_name: Option<String>,
    /// The day it is about, where it has one (a meeting's, a KPI value's week).
    pub on_date: Option<NaiveDate>,
    /// How many records it holds (a meeting with three notes and an item: 5).
    pub records: u32,
    pub deleted_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TrashPage {
    pub items: Vec<TrashEntry>,
    pub total: u32,
    /// When the oldest entry will be purged, if there is one.
    pub next_purge: Option<DateTime<Utc>>,
}
