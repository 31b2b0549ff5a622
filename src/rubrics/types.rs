//! The rubrics area's types as they cross to the UI.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::{CriterionId, RubricId, RubricVersionId};
use crate::text_enum::text_enum;

text_enum! {
    pub enum RubricKind {
        Presentation = "presentation",
        WrittenExercise = "written_exercise",
        RolePlay = "role_play",
        Custom = "custom",
    }
}


text_enum! {
    /// A criterion with a special job beyond its score.
    #[derive(Hash)]
    pub enum CriterionTag {
        /// "Followed the directions": the timer's overtime is flagged next to it.
        Timing = "timing",
        /// The change between role-play rounds is the evidence for it.
        Coachability = "coachability",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Criterion {
    pub id: CriterionId,
    pub name: String,
    pub description: String,
    /// Relative importance, greater than zero.
    pub weight: f64,
    /// One anchor text per level: `anchors[0]` describes a 1, and the scale
    /// runs from 1 to `anchors.len()`.
    pub anchors: Vec<String>,
    pub tag: Option<CriterionTag>,
}

impl Criterion {
    pub fn scale_max(&self) -> u32 {
        self.anchors.len() as u32
    }
}

/// One version of a rubric, in full.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Rubric {
    pub id: RubricId,
    pub version_id: RubricVersionId,
    pub version: u32,
    /// The newest version number of this rubric.
    pub latest_version: u32,
    pub name: String,
    pub kind: RubricKind,
    /// What the exercise is, or the scenario a role play sets up.
    pub description: String,
    pub time_limit_seconds: Option<u32>,
    pub builtin: bool,
    pub criteria: Vec<Criterion>,
    /// How many scorecards were scored on this version.
    pub scorecards: u32,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// A rubric as a library row: its newest version.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RubricSummary {
    pub id: RubricId,
    pub name: String,
    pub kind: RubricKind,
    pub version: u32,
    pub criteria: u32,
    pub time_limit_seconds: Option<u32>,
    pub builtin: bool,
    pub archived_at: Option<DateTime<Utc>>,
}

/// One version in a rubric's history.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RubricVersionSummary {
    pub version_id: RubricVersionId,
    pub version: u32,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub scorecards: u32,
}

/// What the rubric editor sends: the whole content of a version.
#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RubricDraft {
    pub name: String,
    pub kind: RubricKind,
    pub description: Option<String>,
    pub time_limit_seconds: Option<u32>,
    pub criteria: Vec<CriterionDraft>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CriterionDraft {
    pub name: String,
    pub description: Option<String>,
    pub weight: f64,
    /// One anchor text per level, lowest first; 2 to 10 levels.
    pub anchors: Vec<String>,
    pub tag: Option<CriterionTag>,
}
