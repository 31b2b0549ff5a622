//! The scorecards area's types as they cross to the UI.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::{CriterionId, PersonId, RubricId, RubricVersionId, ScorecardId};
use crate::people::Role;
use crate::rubrics::{Rubric, RubricKind};
use crate::text_enum::text_enum;

text_enum! {
    pub enum ScorecardStatus {
        Draft = "draft",
        Submitted = "submitted",
    }
}

text_enum! {
    /// An interviewer's hiring recommendation, weakest first (so they order).
    #[derive(PartialOrd, Ord)]
    pub enum Recommendation {
        StrongNo = "strong_no",
        No = "no",
        Yes = "yes",
        StrongYes = "strong_yes",
    }
}

/// A weighted total: each scored criterion counts `weight × score / scale max`.
/// Unscored criteria are left out and counted as missing, never as zero.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Total {
    /// Share of the maximum over the scored criteria, 0 to 1; `None` if nothing is scored.
    pub share: Option<f64>,
    pub scored: u32,
    pub missing: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Score {
    pub criterion_id: CriterionId,
    pub score: Option<u32>,
    pub note: String,
}

/// One run of the exercise. `coaching` is what the coach said before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Round {
    pub round: u32,
    pub coaching: String,
    pub scores: Vec<Score>,
    pub total: Total,
}

/// How one criterion moved from the first round to the last.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CriterionChange {
    pub criterion_id: CriterionId,
    pub first: Option<u32>,
    pub last: Option<u32>,
    pub change: Option<i32>,
}

/// The evidence for coachability in a role play run in rounds: how the
/// other criteria moved from the first round to the last. The assessor
/// still gives the coachability score; this sits next to it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoachabilityEvidence {
    /// The coachability criterion this evidence belongs next to.
    pub criterion_id: CriterionId,
    /// Total change in points over the criteria scored in both rounds.
    pub change: i32,
    /// How many criteria were scored in both the first and the last round.
    pub compared: u32,
    pub verdict: CoachabilityVerdict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CoachabilityVerdict {
    /// The run after coaching scored higher.
    Improved,
    /// No change at all: the coaching did not show.
    Unchanged,
    /// The run after coaching scored lower.
    Worse,
}

/// The timer, kept as timestamps so it stays true while the window is
/// hidden or the machine is busy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TimerState {
    /// Time counted before the current run (all paused spans excluded).
    pub elapsed_ms: u32,
    /// When the current run started; `None` while paused or stopped.
    pub running_since: Option<DateTime<Utc>>,
    /// The recorded duration, once the timer is stopped (or entered by hand).
    pub duration_ms: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TimerAction {
    Start,
    Pause,
    Stop,
    Reset,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TimingVerdict {
    WithinLimit,
    Over,
    /// Well past the limit (eleven minutes on eight, or more).
    FarOver,
}

/// The recorded duration judged against the rubric's time limit.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Timing {
    pub limit_seconds: u32,
    pub duration_seconds: f64,
    pub overtime_seconds: f64,
    pub verdict: TimingVerdict,
}

/// The state a scorecard had before an amendment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardSnapshot {
    pub rounds: Vec<Round>,
    pub recommendation: Option<Recommendation>,
    pub takeaways: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Amendment {
    pub amended_at: DateTime<Utc>,
    pub reason: String,
    pub previous: ScorecardSnapshot,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Scorecard {
    pub id: ScorecardId,
    pub person_id: PersonId,
    pub person_name: String,
    pub person_role: Role,
    /// The rubric version this scorecard was scored on.
    pub rubric: Rubric,
    pub assessor: String,
    pub scored_on: NaiveDate,
    pub status: ScorecardStatus,
    pub recommendation: Option<Recommendation>,
    pub takeaways: String,
    /// Material the candidate produced, such as the text of their email.
    pub material: String,
    pub timer: TimerState,
    pub timing: Option<Timing>,
    pub rounds: Vec<Round>,
    /// The total of the last round.
    pub total: Total,
    /// First round to last, when there is more than one round.
    pub changes: Vec<CriterionChange>,
    pub amendments: Vec<Amendment>,
    /// Present for a rubric with a coachability criterion, once there are two rounds.
    pub coachability: Option<CoachabilityEvidence>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A scorecard as a list row. When `hidden` is true the scores and the
/// recommendation are withheld (the viewer's own scorecard is still a draft).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardSummary {
    pub id: ScorecardId,
    pub person_id: PersonId,
    pub rubric_id: RubricId,
    pub rubric_version_id: RubricVersionId,
    pub rubric_name: String,
    pub rubric_kind: RubricKind,
    pub version: u32,
    pub assessor: String,
    pub scored_on: NaiveDate,
    pub status: ScorecardStatus,
    pub rounds: u32,
    pub hidden: bool,
    pub recommendation: Option<Recommendation>,
    pub total: Option<Total>,
    pub timing: Option<Timing>,
    /// The assessor's key takeaways; empty when hidden.
    pub takeaways: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewScorecard {
    pub person_id: PersonId,
    pub rubric_id: RubricId,
    /// Defaults to the assessor name in Settings.
    pub assessor: Option<String>,
    /// `YYYY-MM-DD`; defaults to today.
    pub scored_on: Option<String>,
}

/// The draft's header fields, saved as the assessor types.
#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ScorecardDetails {
    pub assessor: String,
    pub scored_on: String,
    pub recommendation: Option<Recommendation>,
    pub takeaways: String,
    pub material: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ScoreInput {
    pub round: u32,
    pub criterion_id: CriterionId,
    /// `None` clears the score.
    pub score: Option<u32>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AmendmentInput {
    pub reason: String,
    pub scores: Vec<ScoreInput>,
    pub recommendation: Option<Recommendation>,
    pub takeaways: String,
}
