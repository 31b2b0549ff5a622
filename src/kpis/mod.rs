//! KPIs: the two or three leading indicators a rep owns and records weekly,
//! and the early warning when their recent trend falls below their own
//! baseline ("storm brewing") before the lagging numbers show it.

mod store;
mod types;
pub mod warning;

pub use types::*;
pub(crate) use store::{active_kpis, check_value, kpi_series, put_value};
