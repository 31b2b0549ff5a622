//! The rubrics area's types as they cross to the UI.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::{CriterionId, RubricId, RubricVersionId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RubricKind {
    Presentation,
    WrittenExercise,
    RolePlay,
    Custom,
}

impl RubricKind {
    pub(crate) const ALL: [RubricKind; 4] =
        [RubricKind::Presentation, RubricKind::WrittenExercise, RubricKind::RolePlay, RubricKind::Custom];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RubricKind::Presentation => "presentation",
            RubricKind::WrittenExercise => "written_exercise",
            RubricKind::RolePlay => "role_play",
            RubricKind::Custom => "custom",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A criterion with a special job beyond its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CriterionTag {
    /// "Followed the directions": the timer's overtime is flagged next to it.
    Timing,
    /// The change between role-play rounds is the evidence for it.
    Coachability,
}

impl CriterionTag {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            CriterionTag::Timing => "timing",
            CriterionTag::Coachability => "coachability",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Self> {
        [CriterionTag::Timing, CriterionTag::Coachability].into_iter().find(|t| t.as_str() == text)
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
