//! Timestamps are stored as RFC 3339 text in UTC with milliseconds, so they
//! sort as strings and read the same in any SQLite tool.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};

pub(crate) fn stamp(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A stored timestamp read back; use as `row.get::<_, Stamp>(i)?.0`.
pub(crate) struct Stamp(pub DateTime<Utc>);

impl FromSql for Stamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        DateTime::parse_from_rfc3339(text)
            .map(|t| Stamp(t.with_timezone(&Utc)))
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

/// Like [`Stamp`] for a nullable column.
pub(crate) fn optional(value: Option<Stamp>) -> Option<DateTime<Utc>> {
    value.map(|s| s.0)
}
