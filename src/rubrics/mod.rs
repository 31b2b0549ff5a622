//! Rubrics: reusable, versioned scoring templates for interview exercises
//! and role-play practice.
//!
//! A rubric is a family of versions. Editing a version that no scorecard
//! uses changes it in place; editing one that has been used adds a new
//! version, so old scorecards keep the meaning they were scored with.

mod builtin;
mod draft;
mod store;
mod types;

pub use types::*;
pub(crate) use builtin::seed_builtin_rubrics;
pub(crate) use store::{load_latest_for_scoring, load_latest_for_view, load_version};
