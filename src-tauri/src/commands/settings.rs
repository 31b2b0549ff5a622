//! Commands for settings and the workspace file itself.

use coachbook::settings::{Settings, SettingsInput, WorkspaceMode};
use coachbook::{ApiError, PersonId};
use serde::Serialize;
use specta::Type;
use tauri::State;

use super::{on_backend, Backend};

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceInfo {
    /// Where the workspace's SQLite file lives.
    pub database_path: String,
    pub app_version: String,
    /// The workspace file's schema version (what packs and exports name).
    pub schema_version: i32,
    /// Encrypted with a passphrase.
    pub protected: bool,
}

#[tauri::command]
#[specta::specta]
pub async fn workspace_info(backend: State<'_, Backend>) -> Result<WorkspaceInfo, ApiError> {
    on_backend(backend, |b| {
        Ok(WorkspaceInfo {
            database_path: b.path().display().to_string(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version: coachbook::SCHEMA_VERSION as i32,
            protected: b.is_protected(),
        })
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(backend: State<'_, Backend>) -> Result<Settings, ApiError> {
    on_backend(backend, |b| b.settings()).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_settings(backend: State<'_, Backend>, input: SettingsInput) -> Result<Settings, ApiError> {
    on_backend(backend, move |b| b.update_settings(&input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_workspace_mode(
    backend: State<'_, Backend>,
    mode: WorkspaceMode,
    me: Option<PersonId>,
    my_name: Option<String>,
) -> Result<Settings, ApiError> {
    on_backend(backend, move |b| b.set_workspace_mode(mode, me.as_ref(), my_name.as_deref())).await
}
