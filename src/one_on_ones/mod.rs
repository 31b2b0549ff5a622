//! One-on-ones: agenda templates, meetings that copy a template when they
//! are held, notes per section (private or shared), action items that carry
//! forward until done, and each rep's cadence.

mod actions;
mod builtin;
mod calendar;
pub mod cadence;
mod meetings;
mod templates;
mod types;

pub use types::*;
pub(crate) use builtin::seed_default_template;
pub(crate) use templates::load_setup;
pub(crate) use actions::reps_items_due;
