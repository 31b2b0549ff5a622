//! One error type for the whole backend, and the shape it takes on the wire.
//!
//! Every failure a caller can act on says which input field it is about, so
//! the UI can show the message next to that field.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use specta::Type;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input was rejected; nothing was changed.
    #[error("{message}")]
    Invalid { field: Cow<'static, str>, message: String },
    #[error("{entity} {id} was not found")]
    NotFound { entity: &'static str, id: String },
    /// The request is well formed but not allowed in the current state.
    #[error("{message}")]
    Conflict { field: Option<Cow<'static, str>>, message: String },
    /// The disk had no room for the save; nothing of it was written.
    #[error("The disk is full, so this was not saved. Free some space and save again; what was saved before is safe.")]
    DiskFull,
    #[error("The workspace file cannot be written (it or its folder is read-only), so this was not saved.")]
    ReadOnly,
    /// The workspace file cannot be opened; says why.
    #[error("{0}")]
    Open(crate::db::OpenProblem),
    #[error("database error: {0}")]
    Storage(rusqlite::Error),
    #[error("database upgrade failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull,
            Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly,
            _ => Error::Storage(error),
        }
    }
}

impl Error {
    /// `field` is the wire name of the input, e.g. `name` or `criteria[2].weight`.
    pub fn invalid(field: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error::Invalid { field: field.into(), message: message.into() }
    }

    pub fn not_found(entity: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound { entity, id: id.into() }
    }

    pub fn conflict(field: Option<&'static str>, message: impl Into<String>) -> Self {
        Error::Conflict { field: field.map(Cow::Borrowed), message: message.into() }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Invalid { .. } => ErrorKind::Invalid,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::Conflict { .. } => ErrorKind::Conflict,
            Error::Storage(_) | Error::Migration(_) | Error::Io(_) | Error::DiskFull | Error::ReadOnly | Error::Open(_) => {
                ErrorKind::Storage
            }
        }
    }

    /// The input field the error is about, in the wire (camelCase) spelling.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            Error::Conflict { field, .. } => field.as_deref(),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    Invalid,
    NotFound,
    Conflict,
    Storage,
    /// A bug: the request failed in a way no input should cause. Nothing was saved.
    Internal,
}

/// The error as the UI receives it: `{ kind, message, field? }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct ApiError {
    pub kind: ErrorKind,
    pub message: String,
    pub field: Option<String>,
}

impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        ApiError {
            kind: error.kind(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
        }
    }
}
