//! The exchange area's types as they cross to the UI.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

/// The lists a person sees, each exportable as one CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ListKind {
    /// Reps (the Team list), archived ones included and marked.
    Team,
    /// Everyone who came through the hiring pipeline.
    Candidates,
    /// One row per criterion per round of each scorecard.
    Scorecards,
    Feedback,
    /// One row per one-on-one note with something written in it.
    OneOnOnes,
    ActionItems,
    KpiValues,
    PlanActuals,
    Accounts,
}

impl ListKind {
    pub const ALL: [ListKind; 9] = [
        ListKind::Team,
        ListKind::Candidates,
        ListKind::Scorecards,
        ListKind::Feedback,
        ListKind::OneOnOnes,
        ListKind::ActionItems,
        ListKind::KpiValues,
        ListKind::PlanActuals,
        ListKind::Accounts,
    ];

    /// The file it is written to by [`crate::Coachbook::export_all_csv`].
    pub fn file_name(self) -> &'static str {
        match self {
            ListKind::Team => "team.csv",
            ListKind::Candidates => "candidates.csv",
            ListKind::Scorecards => "scorecards.csv",
            ListKind::Feedback => "feedback.csv",
            ListKind::OneOnOnes => "one-on-ones.csv",
            ListKind::ActionItems => "action-items.csv",
            ListKind::KpiValues => "kpi-values.csv",
            ListKind::PlanActuals => "plan-actuals.csv",
            ListKind::Accounts => "accounts.csv",
        }
    }
}

/// The manifest at the head of a full export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportManifest {
    /// Always `coachbook-export`.
    pub format: String,
    /// The schema version of the workspace it was made from.
    pub schema_version: u32,
    pub exported_at: DateTime<Utc>,
    pub app_version: String,
    /// How many private one-on-one notes with text it holds.
    pub private_notes: u32,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FullExportSummary {
    pub path: String,
    pub tables: u32,
    pub rows: u32,
    pub private_notes: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FullImportSummary {
    pub rows: u32,
    pub people: u32,
    pub exported_at: DateTime<Utc>,
}

/// Which column of the file holds each field of a person (a header of the
/// file, or `None` when the file has no such column).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PeopleMapping {
    pub name: Option<String>,
    pub email: Option<String>,
    pub title: Option<String>,
    pub start_date: Option<String>,
    /// Required when importing candidates.
    pub opening: Option<String>,
    /// Candidates only; blank cells mean Applied.
    pub stage: Option<String>,
}

/// Which column holds each part of a weekly number.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ValuesMapping {
    /// The rep's name or email.
    pub rep: Option<String>,
    /// Any day of the week, `YYYY-MM-DD`; stored as the week's Monday.
    pub week: Option<String>,
    /// The rep's KPI name or plan activity name.
    pub name: Option<String>,
    pub value: Option<String>,
}

/// A file's headers, with a guess at which column is which.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CsvHeaders {
    pub headers: Vec<String>,
    pub people: PeopleMapping,
    pub values: ValuesMapping,
}

/// A CSV file the person picked, read and checked as UTF-8.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CsvFile {
    pub file_name: String,
    pub text: String,
}

/// One problem in a file. `row` counts as a spreadsheet shows it: the
/// header is row 1, the first data row is row 2. No row: the whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblem {
    pub row: Option<u32>,
    /// The file's column header.
    pub column: Option<String>,
    /// Our field (`name`, `email`, `week`…), as the forms name it.
    pub field: Option<String>,
    pub message: String,
}

/// A row that matches someone already there, or an earlier row of the file.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Duplicate {
    pub row: u32,
    pub name: String,
    pub email: Option<String>,
    /// Who it matches, in words ("Ada Lovelace, already in Coachbook", "row 4").
    pub matches: String,
}

/// One data row as it would be imported: a cell per field of the preview.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    pub row: u32,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    /// The preview table's column titles.
    pub fields: Vec<String>,
    /// The first rows (at most [`super::PREVIEW_ROWS`]).
    pub rows: Vec<PreviewRow>,
    /// Data rows in the file (blank rows aside).
    pub total_rows: u32,
    /// The first problems (at most 200); `problem_count` says how many in all.
    pub problems: Vec<ImportProblem>,
    pub problem_count: u32,
    pub duplicates: Vec<Duplicate>,
    /// Rows the import would write, duplicates left out.
    pub ready: u32,
    /// Of those, values that would replace one already recorded.
    pub replaces: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportResult {
    pub imported: u32,
    pub skipped_duplicates: u32,
    /// Values that replaced one already recorded for the same week.
    pub replaced: u32,
}
