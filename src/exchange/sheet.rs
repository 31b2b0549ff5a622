//! Reading a CSV file a person chose: UTF-8 only (a byte-order mark is
//! fine), within limits of size, rows and cell length, every row as long as
//! the header, and no cell that a spreadsheet would run as a formula.
//! Problems are listed by row and column; only a file that cannot be read
//! at all is refused outright.

use std::io::Read;
use std::path::Path;

use super::types::{CsvFile, CsvHeaders, ImportProblem, PeopleMapping, ValuesMapping};
use crate::error::{Error, Result};

/// Larger files are refused before they are read in full.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// A longer cell is a problem of its row (the longest text field, notes, is 20,000).
pub const MAX_CELL_CHARS: usize = 10_000;
pub const MAX_PEOPLE_ROWS: usize = 5_000;
pub const MAX_VALUE_ROWS: usize = 50_000;
/// Rows a preview shows.
pub const PREVIEW_ROWS: usize = 10;
/// Problems a preview lists (it counts them all).
pub(crate) const MAX_LISTED_PROBLEMS: usize = 200;

fn file_problem(message: impl Into<String>) -> Error {
    Error::invalid("file", message)
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Reads a file the person picked: its size is checked before it is read.
pub fn read_csv_file(path: &Path) -> Result<CsvFile> {
    let unreadable = |e: std::io::Error| file_problem(format!("The file cannot be read: {e}."));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read one byte past the limit, in case the file grew since it was measured.
    file.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    Ok(CsvFile {
        file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        text: decode_csv(&bytes)?,
    })
}

fn too_large() -> Error {
    file_problem(format!("The file is larger than {} MB; split it and import each part.", MAX_FILE_BYTES / (1024 * 1024)))
}

/// The text of a CSV file: UTF-8, without its byte-order mark if it has one.
pub fn decode_csv(bytes: &[u8]) -> Result<String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(file_problem(
            "The file is UTF-16 text; Coachbook reads UTF-8. Save it from your spreadsheet as \"CSV UTF-8\" and pick it again.",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
            Err(file_problem(format!(
                "The file is not UTF-8 text (the first character that is not is on line {line}). \
                 Save it from your spreadsheet as \"CSV UTF-8\" and pick it again."
            )))
        }
    }
}

/// A file's rows: the header, and each data row with its spreadsheet row number.
pub(crate) struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<SheetRow>,
    /// Problems of the rows themselves (length, formulas, ragged rows).
    pub problems: Vec<ImportProblem>,
}

pub(crate) struct SheetRow {
    /// As a spreadsheet numbers it: the header is row 1.
    pub number: u32,
    /// Empty when the row itself has a problem (it is not read further).
    pub cells: Vec<String>,
}

impl SheetRow {
    pub fn is_readable(&self) -> bool {
        !self.cells.is_empty()
    }
}

/// The separator: whichever of comma, semicolon (spreadsheets in many
/// languages) and tab the header line holds most of.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    [b',', b';', b'\t'].into_iter().max_by_key(|s| first.bytes().filter(|b| b == s).count() * 4 + usize::from(*s == b',')).unwrap_or(b',')
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().delimiter(separator(text)).flexible(true).has_headers(false).from_reader(text.as_bytes())
}

/// What the cell would be taken for by a spreadsheet, if anything.
fn looks_like_formula(cell: &str) -> bool {
    cell.trim_start().starts_with('=')
}

/// Our own export puts `'` before a cell that starts like a formula; reading
/// it back takes that mark off again.
fn unescape(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

fn headers_of(record: &csv::StringRecord) -> Vec<String> {
    record
        .iter()
        .enumerate()
        .map(|(i, h)| match unescape(h.trim()) {
            "" => format!("Column {}", i + 1),
            h => h.to_owned(),
        })
        .collect()
}

fn csv_error(e: csv::Error) -> Error {
    file_problem(format!("The file cannot be read as CSV: {e}."))
}

fn check_cell(cell: &str, row: u32, column: &str, problems: &mut Vec<ImportProblem>) -> bool {
    let at = |message: String| ImportProblem { row: Some(row), column: Some(column.to_owned()), field: None, message };
    let length = cell.chars().count();
    if length > MAX_CELL_CHARS {
        problems.push(at(format!("The cell has {} characters; a cell may have at most {}.", thousands(length), thousands(MAX_CELL_CHARS))));
        return false;
    }
    if looks_like_formula(cell) {
        problems.push(at("The cell starts with '=' like a spreadsheet formula; Coachbook does not import formulas. Enter the value itself.".into()));
        return false;
    }
    true
}

/// Reads every row, refusing the file when it is empty, has no data rows or
/// more than `max_rows` of them (counted as it goes, so a huge file is
/// refused without reading it all).
pub(crate) fn read_sheet(text: &str, max_rows: usize) -> Result<Sheet> {
    if text.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    if text.trim().is_empty() {
        return Err(file_problem("The file is empty."));
    }
    let mut records = reader(text).into_records();
    let header = records.next().transpose().map_err(csv_error)?.unwrap_or_default();
    let mut problems = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        check_cell(cell, 1, &format!("Column {}", i + 1), &mut problems);
    }
    let headers = headers_of(&header);
    let mut rows = Vec::new();
    for (index, record) in records.enumerate() {
        let record = record.map_err(csv_error)?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // spreadsheets leave blank rows at the end
        }
        if rows.len() == max_rows {
            return Err(file_problem(format!(
                "The file has more than {} rows; Coachbook imports at most {} at a time. Split it and import each part.",
                thousands(max_rows),
                thousands(max_rows)
            )));
        }
        let number = index as u32 + 2;
        if record.len() != headers.len() {
            problems.push(ImportProblem {
                row: Some(number),
                column: None,
                field: None,
                message: format!(
                    "The row has {} cells where the header has {}: look for a stray separator or a missing quote.",
                    record.len(),
                    headers.len()
                ),
            });
            rows.push(SheetRow { number, cells: Vec::new() });
            continue;
        }
        let mut readable = true;
        for (cell, column) in record.iter().zip(&headers) {
            readable &= check_cell(cell, number, column, &mut problems);
        }
        let cells = if readable { record.iter().map(|c| unescape(c).to_owned()).collect() } else { Vec::new() };
        rows.push(SheetRow { number, cells });
    }
    if rows.is_empty() {
        return Err(file_problem("The file has a header but no rows to import."));
    }
    Ok(Sheet { headers, rows, problems })
}

/// Where each field's column is in the file, for a mapping of field →
/// header. An unmapped required field, or a header the file lacks, is refused.
pub(crate) fn locate(headers: &[String], wanted: &[(&'static str, &'static str, Option<&str>, bool)]) -> Result<Vec<Option<usize>>> {
    wanted
        .iter()
        .map(|(field, label, header, required)| {
            let field = format!("mapping.{field}");
            match header.map(str::trim).filter(|h| !h.is_empty()) {
                None if *required => Err(Error::invalid(field, format!("Choose the column that holds the {label}."))),
                None => Ok(None),
                Some(header) => headers
                    .iter()
                    .position(|h| h == header)
                    .map(Some)
                    .ok_or_else(|| Error::invalid(field, format!("The file has no column called '{header}'."))),
            }
        })
        .collect()
}

/// Lower-case letters and digits only: "E-mail" and "email" are one header.
fn simplified(header: &str) -> String {
    header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The first header that is one of `names` (in the order of `names`), if any.
fn guess(headers: &[String], names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| headers.iter().find(|h| simplified(h) == *name).cloned())
}

/// The file's headers and a guess at which is which.
pub(crate) fn headers_and_guess(text: &str) -> Result<CsvHeaders> {
    if text.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    if text.trim().is_empty() {
        return Err(file_problem("The file is empty."));
    }
    let header = reader(text).into_records().next().transpose().map_err(csv_error)?.unwrap_or_default();
    let headers = headers_of(&header);
    let h = &headers;
    let people = PeopleMapping {
        name: guess(h, &["name", "fullname", "candidate", "candidatename", "rep", "repname", "person", "employee"]),
        email: guess(h, &["email", "emailaddress", "mail", "workemail"]),
        title: guess(h, &["title", "jobtitle", "position", "role"]),
        start_date: guess(h, &["startdate", "started", "startedon", "start", "hiredate", "joined"]),
        opening: guess(h, &["opening", "appliedfor", "job", "vacancy", "requisition"]),
        stage: guess(h, &["stage", "pipelinestage", "status"]),
    };
    let values = ValuesMapping {
        rep: guess(h, &["rep", "repname", "name", "salesrep", "person", "email"]),
        week: guess(h, &["week", "weekof", "weekstarting", "weekbeginning", "weekcommencing", "wc", "date"]),
        name: guess(h, &["kpi", "activity", "kpiname", "activityname", "metric", "indicator", "measure"]),
        value: guess(h, &["value", "actual", "count", "amount", "number", "total"]),
    };
    Ok(CsvHeaders { headers, people, values })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolons_and_tabs_are_recognised_as_separators() {
        assert_eq!(separator("Name;Email\nA;b"), b';');
        assert_eq!(separator("Name\tEmail"), b'\t');
        assert_eq!(separator("Name,Email"), b',');
        assert_eq!(separator("Name"), b',');
    }

    #[test]
    fn our_own_formula_mark_comes_off_on_the_way_back() {
        assert_eq!(unescape("'=1+1"), "=1+1");
        assert_eq!(unescape("'-3"), "-3");
        assert_eq!(unescape("'quoted'"), "'quoted'");
    }

    #[test]
    fn thousands_get_commas() {
        assert_eq!(thousands(50_000), "50,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
