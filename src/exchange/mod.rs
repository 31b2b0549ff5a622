//! Data in and out of a workspace: every list as CSV, the whole workspace as
//! one JSON document that imports back identically, and people and weekly
//! numbers read from a CSV file a person chose.
//!
//! Imports run in two steps: a preview that lists every problem by row and
//! column (and the duplicates), then the import, which checks everything
//! again and writes all of it in one transaction, or nothing.

mod csv_out;
mod full;
mod lists;
mod people_in;
mod sheet;
mod types;
mod values_in;

pub use csv_out::escape_cell;
pub use full::{EXPORT_FORMAT, LOCAL_ONLY_SETTINGS, LOCAL_ONLY_TABLES};
pub use sheet::{decode_csv, read_csv_file, MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_PEOPLE_ROWS, MAX_VALUE_ROWS, PREVIEW_ROWS};
pub use types::*;
