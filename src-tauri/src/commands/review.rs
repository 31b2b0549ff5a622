//! Commands for the rep's review.

use coachbook::review::RepReview;
use coachbook::{ApiError, PersonId};
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn rep_review(backend: State<'_, Backend>, person_id: PersonId) -> Result<RepReview, ApiError> {
    on_backend(backend, move |b| b.rep_review(&person_id, b.clock().today())).await
}
