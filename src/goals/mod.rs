//! The rep's personal goal in their own words, the income it needs, and the
//! reverse funnel that turns that income into deals, opportunities,
//! meetings, conversations and daily outreach at the rep's own rates.

pub mod funnel;
mod store;
mod types;

pub use types::*;
pub(crate) use store::goal_view;
