//! The trash: every delete moves what it removes here, whole (a meeting with
//! its notes and action items, a person with their history), so it can be
//! restored until it is purged 30 days later or the trash is emptied. Saves
//! that replace a list of rows (agenda sections, rubric criteria, a draft
//! plan's activities) keep the version before them here too.
//!
//! Feedback keeps its own `deleted_at` mark (its lists and balances read it)
//! and is listed and purged with the rest.

mod rows;
mod store;
mod types;

pub(crate) use rows::{Schema, Stored};
pub(crate) use store::{keep_earlier_version, move_to_trash, purge_expired, Subject};
pub use store::RETENTION_DAYS;
pub use types::*;
