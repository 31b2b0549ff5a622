//! Commands for data in and out: lists as CSV, the full export and its
//! import, and people and weekly numbers from a CSV file.
//!
//! A CSV file the user picks is read here (its size checked before it is
//! read in full) and kept on this side under a number; the page gets its
//! headers and sends the number back with the column mapping, so the text
//! crosses no more than once.

use std::collections::BTreeMap;
use std::sync::Mutex;

use coachbook::exchange::{
    read_csv_file, CsvFile, CsvHeaders, FullExportSummary, FullImportSummary, ImportPreview, ImportResult, ListKind, PeopleMapping,
    ValuesMapping,
};
use coachbook::people::Role;
use coachbook::{ApiError, PersonId};
use serde::Serialize;
use specta::Type;
use tauri::State;

use super::files::{ask_folder, ask_open_path, ask_save_path};
use super::{on_backend, Backend};

/// A CSV file picked for an import: `token` names it in the calls that follow.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PickedCsv {
    pub token: u32,
    pub file_name: String,
    pub headers: CsvHeaders,
}

/// Files picked, newest last; only the last few are kept.
static PICKED: Mutex<(u32, BTreeMap<u32, CsvFile>)> = Mutex::new((0, BTreeMap::new()));
/// Each may hold up to 20 MB: two are enough for a file being imported and one picked after it.
const KEPT: usize = 2;

fn keep(file: CsvFile) -> (u32, String) {
    let mut picked = PICKED.lock().unwrap_or_else(|p| p.into_inner());
    picked.0 += 1;
    let token = picked.0;
    let name = file.file_name.clone();
    picked.1.insert(token, file);
    while picked.1.len() > KEPT {
        let oldest = *picked.1.keys().next().expect("not empty");
        picked.1.remove(&oldest);
    }
    (token, name)
}

fn text_of(token: u32) -> coachbook::Result<String> {
    let picked = PICKED.lock().unwrap_or_else(|p| p.into_inner());
    picked.1.get(&token).map(|f| f.text.clone()).ok_or_else(|| coachbook::Error::invalid("file", "Pick the file again: it is no longer open."))
}

/// Reads a CSV file and keeps it for the preview and the import.
async fn pick(backend: State<'_, Backend>, path: std::path::PathBuf) -> Result<PickedCsv, ApiError> {
    on_backend(backend, move |b| {
        let file = read_csv_file(&path)?;
        let headers = b.csv_headers(&file.text)?;
        let (token, file_name) = keep(file);
        Ok(PickedCsv { token, file_name, headers })
    })
    .await
}

/// Saves one list as CSV where the user chooses (only `person_id`'s rows
/// when given). Returns the path, or `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_list_csv(
    app: tauri::AppHandle,
    backend: State<'_, Backend>,
    kind: ListKind,
    person_id: Option<PersonId>,
) -> Result<Option<String>, ApiError> {
    let Some(path) = ask_save_path(app, kind.file_name().to_owned(), "CSV", "csv").await else { return Ok(None) };
    on_backend(backend, move |b| b.export_csv_file(kind, person_id.as_ref(), &path).map(|_| Some(path.display().to_string()))).await
}

/// Writes every list, one CSV file each, into a folder the user chooses.
#[tauri::command]
#[specta::specta]
pub async fn export_all_csv(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<Vec<String>>, ApiError> {
    let Some(folder) = ask_folder(app).await else { return Ok(None) };
    on_backend(backend, move |b| b.export_all_csv(&folder).map(Some)).await
}

/// Saves the whole workspace as one JSON file where the user chooses.
#[tauri::command]
#[specta::specta]
pub async fn full_export(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<FullExportSummary>, ApiError> {
    let Some(path) = ask_save_path(app, "coachbook-export.json".to_owned(), "Coachbook export", "json").await else { return Ok(None) };
    on_backend(backend, move |b| b.full_export(&path).map(Some)).await
}

/// Imports a full export the user picks into this (empty) workspace.
#[tauri::command]
#[specta::specta]
pub async fn full_import(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<FullImportSummary>, ApiError> {
    let Some(path) = ask_open_path(app, "Coachbook export", "json").await else { return Ok(None) };
    on_backend(backend, move |b| b.full_import(&path).map(Some)).await
}

/// Asks for a CSV file to import from. `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn pick_csv_file(app: tauri::AppHandle, backend: State<'_, Backend>) -> Result<Option<PickedCsv>, ApiError> {
    let Some(path) = ask_open_path(app, "CSV", "csv").await else { return Ok(None) };
    pick(backend, path).await.map(Some)
}

#[tauri::command]
#[specta::specta]
pub async fn preview_people_import(backend: State<'_, Backend>, token: u32, role: Role, mapping: PeopleMapping) -> Result<ImportPreview, ApiError> {
    on_backend(backend, move |b| b.preview_people_import(&text_of(token)?, role, &mapping)).await
}

#[tauri::command]
#[specta::specta]
pub async fn import_people(
    backend: State<'_, Backend>,
    token: u32,
    role: Role,
    mapping: PeopleMapping,
    include_duplicates: bool,
) -> Result<ImportResult, ApiError> {
    on_backend(backend, move |b| b.import_people(&text_of(token)?, role, &mapping, include_duplicates)).await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_values_import(backend: State<'_, Backend>, token: u32, mapping: ValuesMapping) -> Result<ImportPreview, ApiError> {
    on_backend(backend, move |b| b.preview_values_import(&text_of(token)?, &mapping)).await
}

#[tauri::command]
#[specta::specta]
pub async fn import_values(backend: State<'_, Backend>, token: u32, mapping: ValuesMapping) -> Result<ImportResult, ApiError> {
    on_backend(backend, move |b| b.import_values(&text_of(token)?, &mapping)).await
}
