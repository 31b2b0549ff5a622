//! Commands for KARE: accounts tagged Keep, Attain, Recapture or Expand.

use coachbook::kare::{Account, AccountInput, KareSplit, KareView};
use coachbook::{AccountId, ApiError, PersonId};
use coachbook::trash::TrashEntry;
use tauri::State;

use super::{on_backend, Backend};

#[tauri::command]
#[specta::specta]
pub async fn kare(backend: State<'_, Backend>, person_id: PersonId) -> Result<KareView, ApiError> {
    on_backend(backend, move |b| b.kare(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_account(backend: State<'_, Backend>, person_id: PersonId, input: AccountInput) -> Result<Account, ApiError> {
    on_backend(backend, move |b| b.add_account(&person_id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_account(backend: State<'_, Backend>, id: AccountId, input: AccountInput) -> Result<Account, ApiError> {
    on_backend(backend, move |b| b.update_account(&id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_account(backend: State<'_, Backend>, id: AccountId) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.delete_account(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_kare_split(backend: State<'_, Backend>, person_id: PersonId, split: KareSplit) -> Result<KareView, ApiError> {
    on_backend(backend, move |b| b.set_kare_split(&person_id, &split)).await
}
