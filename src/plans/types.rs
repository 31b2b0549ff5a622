//! The plans area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::PersonId;
use crate::text_enum::text_enum;

text_enum! {
    pub enum ActivityKind {
        Calls = "calls",
        Voicemails = "voicemails",
        LinkedinMessages = "linkedin_messages",
        ReferralAsks = "referral_asks",
        Emails = "emails",
        Meetings = "meetings",
        Events = "events",
        Custom = "custom",
    }
}

impl ActivityKind {
    /// The name an activity gets when the rep gives none.
    pub(crate) fn default_name(self) -> &'static str {
        match self {
            ActivityKind::Calls => "Calls",
            ActivityKind::Voicemails => "Voicemails",
            ActivityKind::LinkedinMessages => "LinkedIn messages",
            ActivityKind::ReferralAsks => "Referral asks",
            ActivityKind::Emails => "Emails",
            ActivityKind::Meetings => "Meetings",
            ActivityKind::Events => "Events",
            ActivityKind::Custom => "",
        }
    }
}

text_enum! {
    pub enum Period {
        Day = "day",
        Week = "week",
        Month = "month",
    }
}

impl Period {
    /// A target per this period, expressed per week (five working days; a
    /// month is 52/12 weeks).
    pub fn weekly(self, target: f64) -> f64 {
        match self {
            Period::Day => target * 5.0,
            Period::Week => target,
            Period::Month => target * 12.0 / 52.0,
        }
    }
}

text_enum! {
    pub enum PlanStatus {
        Draft = "draft",
        Agreed = "agreed",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub kind: ActivityKind,
    pub name: String,
    pub target: f64,
    pub period: Period,
    pub weekly_target: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub person_id: PersonId,
    pub version: u32,
    pub status: PlanStatus,
    pub note: String,
    pub activities: Vec<Activity>,
    pub agreed_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanDraft {
    pub note: Option<String>,
    pub activities: Vec<ActivityDraft>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDraft {
    pub kind: ActivityKind,
    /// Defaults to the kind's name; required for a custom activity.
    pub name: Option<String>,
    pub target: f64,
    pub period: Period,
}

/// One week of the plan against what was done.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanWeek {
    /// The Monday of the ISO week.
    pub week: NaiveDate,
    pub label: String,
    /// One per activity in [`PlanProgress::activities`]; `None` where nothing was entered.
    pub actuals: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanProgress {
    /// The plan in force: the newest agreed version, else the draft.
    pub plan: Option<Plan>,
    pub activities: Vec<Activity>,
    /// Oldest first.
    pub weeks: Vec<PlanWeek>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ActualInput {
    pub activity: String,
    /// `None` clears the week's value.
    pub value: Option<f64>,
}
