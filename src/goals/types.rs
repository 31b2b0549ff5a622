//! The goals area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::PersonId;

/// What the goal form sends. Rates are fractions (0.25 for 25%).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalInput {
    /// What the money is for, in the rep's words.
    pub purpose: String,
    pub target_date: Option<String>,
    pub income_needed: Option<f64>,
    pub average_deal_value: Option<f64>,
    pub commission_rate: Option<f64>,
    pub outreach_to_conversation: Option<f64>,
    pub conversation_to_meeting: Option<f64>,
    pub meeting_to_opportunity: Option<f64>,
    pub opportunity_to_deal: Option<f64>,
    /// When the rep set out (`YYYY-MM-DD`); defaults to the day the goal is first saved.
    pub started_on: Option<String>,
    /// Income earned towards the goal so far.
    pub earned_to_date: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonalGoal {
    pub person_id: PersonId,
    pub purpose: String,
    pub target_date: Option<NaiveDate>,
    pub income_needed: Option<f64>,
    pub average_deal_value: Option<f64>,
    pub commission_rate: Option<f64>,
    pub outreach_to_conversation: Option<f64>,
    pub conversation_to_meeting: Option<f64>,
    pub meeting_to_opportunity: Option<f64>,
    pub opportunity_to_deal: Option<f64>,
    pub started_on: Option<NaiveDate>,
    pub earned_to_date: Option<f64>,
    pub updated_at: Option<DateTime<Utc>>,
}

/// Where the rep stands against the pace the goal needs.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalProgress {
    pub earned: f64,
    /// What a steady pace from the start would have earned by today.
    pub needed_by_now: f64,
    /// Still to earn; the funnel is worked out from this.
    pub remaining: f64,
    /// Share of the time from start to target that has passed (0 to 1).
    pub time_elapsed: f64,
    pub on_track: bool,
    /// Deals still needed at the average deal's commission, when known.
    pub deals_remaining: Option<f64>,
}

/// Counts at each stage of the funnel.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FunnelCounts {
    pub deals: f64,
    pub opportunities: f64,
    pub meetings: f64,
    pub conversations: f64,
    pub outreach: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Funnel {
    pub commission_per_deal: f64,
    /// Whole numbers needed in all, rounded up at each stage.
    pub total: FunnelCounts,
    pub weeks: f64,
    pub working_days: u32,
    pub per_week: FunnelCounts,
    pub per_working_day: FunnelCounts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalView {
    pub goal: PersonalGoal,
    /// Present once every input the funnel needs is filled in: what it takes
    /// to earn what remains in the weeks left.
    pub funnel: Option<Funnel>,
    /// Present once the income needed and the target date are known.
    pub progress: Option<GoalProgress>,
    /// The inputs still missing for the funnel (wire names).
    pub missing: Vec<String>,
}
