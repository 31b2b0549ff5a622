//! People: team members (reps) and candidates.
//!
//! One record per person. A candidate moves through the hiring pipeline;
//! hiring turns the same record into a team member, so everything tied to
//! the person (later: interview scorecards) stays with them.

mod store;
mod types;

pub(crate) use store::{check as check_fields, ensure_rep, fold as fold_name, insert as insert_person, summaries, summary as summary_of, CleanFields};
pub use types::*;
