//! Coachbook's backend: domain types, validation and storage in one local
//! SQLite file. No GUI types live here, so a test, a command-line tool or
//! the desktop shell can all use it the same way.
//!
//! Open a workspace with [`Coachbook::open`]; each area of the product adds
//! its own methods to [`Coachbook`] in its module.

pub mod clock;
pub mod backups;
mod db;
pub mod documents;
pub mod error;
pub mod exchange;
pub mod feedback;
pub mod first_run;
pub mod goals;
pub mod ids;
mod integrity;
pub mod kare;
pub mod kpis;
pub mod one_on_ones;
pub mod packs;
pub mod people;
pub mod plans;
mod protection;
pub mod reminders;
pub mod review;
pub mod rubrics;
pub mod scorecards;
pub mod search;
pub mod settings;
pub mod skills;
pub mod team;
mod text_enum;
pub mod trash;
pub mod today;
mod validate;
pub mod weeks;
mod workspace;

pub use error::{ApiError, Error, ErrorKind, Result};
pub use ids::{
    AccountId, ActionItemId, CriterionId, FeedbackId, KpiId, MeetingId, NoteId, PersonId, RubricId, RubricVersionId, ScorecardId,
    SectionId, TemplateId,
};
pub use documents::{DocumentRequest, PdfDocument};
pub use clock::{Clock, FixedClock, SystemClock};
pub use workspace::Coachbook;
pub use integrity::Integrity;

/// The schema migrations, exposed so tests can check and replay them.
pub use db::key::Passphrase;
pub use db::{migrations, OpenProblem, APPLICATION_ID, CHECKED_ON_OPEN_BYTES, LATEST_VERSION as SCHEMA_VERSION};
