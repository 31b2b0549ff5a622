//! The cookbook: the rep's own behavioural plan. Activities with a target per
//! day, week or month; drafted by the rep, agreed with the manager (each
//! agreed version is kept); weekly actuals entered in a grid.

mod store;
mod types;

pub use types::*;
pub(crate) use store::{check_actual, current_plan, plan_in_force, plan_progress, put_actual};
