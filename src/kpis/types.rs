//! The KPI area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::warning::Warning;
use crate::ids::{KpiId, PersonId};
use crate::text_enum::text_enum;

text_enum! {
    pub enum KpiKind {
        /// Things counted in a week (calls made, meetings booked).
        Count = "count",
        /// A share between 0 and 1 (connect rate), shown as a percentage.
        Ratio = "ratio",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Kpi {
    pub id: KpiId,
    pub person_id: PersonId,
    pub name: String,
    pub unit: String,
    pub kind: KpiKind,
    pub weekly_target: f64,
    /// How far (as a share) the recent average may fall below the baseline before warning.
    pub warn_drop: f64,
    pub archived_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KpiInput {
    pub name: String,
    pub unit: Option<String>,
    pub kind: KpiKind,
    pub weekly_target: f64,
    /// Defaults to 0.15 (a 15% drop).
    pub warn_drop: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KpiPoint {
    pub week: NaiveDate,
    pub label: String,
    pub value: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KpiSeries {
    pub kpi: Kpi,
    /// Oldest first.
    pub points: Vec<KpiPoint>,
    pub warning: Warning,
}
