//! Commands for full-text search over notes, action items and feedback.

use coachbook::search::{SearchHit, SearchQuery};
use coachbook::ApiError;
use tauri::State;

use super::{on_backend, sees_private, Backend};

/// The UI's `includePrivate` is ignored: what may be seen is the workspace's call.
#[tauri::command]
#[specta::specta]
pub async fn search(backend: State<'_, Backend>, query: SearchQuery) -> Result<Vec<SearchHit>, ApiError> {
    on_backend(backend, move |b| b.search(&SearchQuery { include_private: sees_private(b)?, ..query })).await
}
