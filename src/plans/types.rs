//! The plans area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::PersonId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    Calls,
    Voicemails,
    LinkedinMessages,
    ReferralAsks,
    Emails,
    Meetings,
    Events,
    Custom,
}

impl ActivityKind {
    pub(crate) const ALL: [ActivityKind; 8] = [
        ActivityKind::Calls,
        ActivityKind::Voicemails,
        ActivityKind::LinkedinMessages,
        ActivityKind::ReferralAsks,
        ActivityKind::Emails,
        ActivityKind::Meetings,
        ActivityKind::Events,
        ActivityKind::Custom,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ActivityKind::Calls => "calls",
            ActivityKind::Voicemails => "voicemails",
            ActivityKind::LinkedinMessages => "linkedin_messages",
            ActivityKind::ReferralAsks => "referral_asks",
            ActivityKind::Emails => "emails",
            ActivityKind::Meetings => "meetings",
            ActivityKind::Events => "events",
            ActivityKind::Custom => "custom",
        }
    }

    pub(crate) fn parse(text: &str) -> ActivityKind {
        Self::ALL.into_iter().find(|k| k.as_str() == text).unwrap_or(ActivityKind::Custom)
    }

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    Week,
    Month,
}

impl Period {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    pub(crate) fn parse(text: &str) -> Period {
        match text {
            "day" => Period::Day,
            "month" => Period::Month,
            _ => Period::Week,
        }
    }

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Agreed,
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
