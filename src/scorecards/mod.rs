//! Scorecards: one assessor scoring one person against one rubric version,
//! in one or more rounds, with an optional presentation timer.
//!
//! Drafts change freely; submitting locks a scorecard, and any later change
//! is an amendment that keeps the earlier state and the reason for it.

pub(crate) mod blind;
mod scoring;
mod store;
mod timer;
mod types;
mod views;

pub use scoring::{changes_between, coachability_evidence, weighted_total};
pub use timer::{timing, FAR_OVER_RATIO};
pub use types::*;
pub use views::*;
