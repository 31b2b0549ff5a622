//! Writing CSV: a header row, UTF-8, dates as ISO 8601, and every cell that
//! a spreadsheet would run as a formula made inert.
//!
//! A cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
//! return, which some spreadsheets skip before looking) gets a single quote
//! in front, which spreadsheets read as "this is text". That includes our
//! own negative numbers, if any: one simple rule, and the import takes the
//! mark off again.

use std::borrow::Cow;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The cell as written: with `'` in front when it starts like a formula.
pub fn escape_cell(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV writer whose every cell is escaped.
pub(crate) struct CsvOut<W: std::io::Write> {
    writer: csv::Writer<W>,
    pub rows: u32,
}

impl<W: std::io::Write> CsvOut<W> {
    pub fn new(out: W, header: &[&str]) -> Result<Self> {
        let mut writer = csv::WriterBuilder::new().from_writer(out);
        writer.write_record(header).map_err(io_error)?;
        Ok(CsvOut { writer, rows: 0 })
    }

    pub fn row<I, S>(&mut self, cells: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let escaped: Vec<String> = cells.into_iter().map(|c| escape_cell(c.as_ref()).into_owned()).collect();
        self.writer.write_record(&escaped).map_err(io_error)?;
        self.rows += 1;
        Ok(())
    }

    pub fn finish(self) -> Result<W> {
        self.writer.into_inner().map_err(|e| Error::Io(std::io::Error::other(e.to_string())))
    }
}

fn io_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::Io(io),
        other => Error::Io(std::io::Error::other(format!("{other:?}"))),
    }
}

/// Writes `path` whole or not at all: into a temporary name beside it,
/// synced, then renamed over it.
pub(crate) fn write_file_atomically(path: &Path, fill: impl FnOnce(&mut std::io::BufWriter<&std::fs::File>) -> Result<()>) -> Result<()> {
    let temporary = temporary_name(path);
    let result = (|| {
        let file = std::fs::File::create(&temporary)?;
        let mut out = std::io::BufWriter::new(&file);
        fill(&mut out)?;
        out.flush()?;
        drop(out);
        file.sync_all()?;
        std::fs::rename(&temporary, path)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

fn temporary_name(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".partial");
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::escape_cell;

    #[test]
    fn cells_that_start_like_formulas_get_a_quote() {
        for cell in ["=1+1", "+44 20", "-3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(escape_cell(cell), format!("'{cell}"));
        }
        for cell in ["Ada", "", "3", "a=b", "'quoted"] {
            assert_eq!(escape_cell(cell), cell);
        }
    }
}
