//! The feedback log: positive and constructive feedback for a rep, as the
//! situation, the behaviour and the result it led to, with skill tags; and
//! the balance between the two over time.

pub mod balance;
mod store;
mod types;

pub use types::*;
pub(crate) use store::balance_of;
