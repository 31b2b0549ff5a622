//! Commands for agendas, one-on-one meetings and action items.

use coachbook::one_on_ones::{
    ActionItem, AgendaTemplate, Meeting, MeetingNote, MeetingSummary, NewActionItem, OneOnOneSetup,
    SetupInput, TemplateDraft, Visibility,
};
use coachbook::{ActionItemId, ApiError, MeetingId, NoteId, PersonId, TemplateId};
use coachbook::trash::TrashEntry;
use tauri::State;

use super::{on_backend, sees_private, Backend};

#[tauri::command]
#[specta::specta]
pub async fn list_templates(backend: State<'_, Backend>, archived: bool) -> Result<Vec<AgendaTemplate>, ApiError> {
    on_backend(backend, move |b| b.list_templates(archived)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_template(backend: State<'_, Backend>, id: TemplateId) -> Result<AgendaTemplate, ApiError> {
    on_backend(backend, move |b| b.get_template(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_template(backend: State<'_, Backend>, draft: TemplateDraft) -> Result<AgendaTemplate, ApiError> {
    on_backend(backend, move |b| b.create_template(&draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_template(
    backend: State<'_, Backend>,
    id: TemplateId,
    draft: TemplateDraft,
) -> Result<AgendaTemplate, ApiError> {
    on_backend(backend, move |b| b.update_template(&id, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn archive_template(backend: State<'_, Backend>, id: TemplateId) -> Result<AgendaTemplate, ApiError> {
    on_backend(backend, move |b| b.archive_template(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_template(backend: State<'_, Backend>, id: TemplateId) -> Result<AgendaTemplate, ApiError> {
    on_backend(backend, move |b| b.restore_template(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn one_on_one_setup(backend: State<'_, Backend>, person_id: PersonId) -> Result<OneOnOneSetup, ApiError> {
    on_backend(backend, move |b| b.one_on_one_setup(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_one_on_one_setup(
    backend: State<'_, Backend>,
    person_id: PersonId,
    input: SetupInput,
) -> Result<OneOnOneSetup, ApiError> {
    on_backend(backend, move |b| b.set_one_on_one_setup(&person_id, &input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn hold_meeting(
    backend: State<'_, Backend>,
    person_id: PersonId,
    held_on: Option<String>,
) -> Result<Meeting, ApiError> {
    on_backend(backend, move |b| b.hold_meeting(&person_id, held_on.as_deref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_meeting(backend: State<'_, Backend>, id: MeetingId) -> Result<Meeting, ApiError> {
    on_backend(backend, move |b| b.get_meeting(&id, sees_private(b)?)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_meetings(backend: State<'_, Backend>, person_id: PersonId) -> Result<Vec<MeetingSummary>, ApiError> {
    on_backend(backend, move |b| b.list_meetings(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_meeting_note(
    backend: State<'_, Backend>,
    note_id: NoteId,
    body: String,
    visibility: Visibility,
) -> Result<MeetingNote, ApiError> {
    on_backend(backend, move |b| b.save_meeting_note(&note_id, &body, visibility)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_meeting_date(backend: State<'_, Backend>, id: MeetingId, held_on: String) -> Result<Meeting, ApiError> {
    on_backend(backend, move |b| b.set_meeting_date(&id, &held_on)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_action_item(
    backend: State<'_, Backend>,
    meeting_id: MeetingId,
    item: NewActionItem,
) -> Result<ActionItem, ApiError> {
    on_backend(backend, move |b| b.add_action_item(&meeting_id, &item)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_action_item(
    backend: State<'_, Backend>,
    id: ActionItemId,
    item: NewActionItem,
) -> Result<ActionItem, ApiError> {
    on_backend(backend, move |b| b.update_action_item(&id, &item)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_action_item_done(
    backend: State<'_, Backend>,
    id: ActionItemId,
    done: bool,
    meeting_id: Option<MeetingId>,
) -> Result<ActionItem, ApiError> {
    on_backend(backend, move |b| b.set_action_item_done(&id, done, meeting_id.as_ref())).await
}

#[tauri::command]
#[specta::specta]
pub async fn open_action_items(backend: State<'_, Backend>, person_id: PersonId) -> Result<Vec<ActionItem>, ApiError> {
    on_backend(backend, move |b| b.open_action_items(&person_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_talking_point(
    backend: State<'_, Backend>,
    meeting_id: MeetingId,
    title: String,
    visibility: Visibility,
) -> Result<Meeting, ApiError> {
    on_backend(backend, move |b| b.add_talking_point(&meeting_id, &title, visibility)).await
}

/// Asks where to save the rep's cadence as a calendar file, then writes it.
/// Returns the path, or `None` when the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_cadence_calendar(
    app: tauri::AppHandle,
    backend: State<'_, Backend>,
    person_id: PersonId,
) -> Result<Option<String>, ApiError> {
    let ics = on_backend(backend, move |b| b.cadence_calendar(&person_id, b.clock().today())).await?;
    let save_as = super::files::SaveAs { name: "one-on-ones.ics", filter: "Calendar", extension: "ics" };
    super::files::save_text(app, save_as, ics).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_template(backend: State<'_, Backend>, id: TemplateId) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.delete_template(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_meeting(backend: State<'_, Backend>, id: MeetingId) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.delete_meeting(&id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_action_item(backend: State<'_, Backend>, id: ActionItemId) -> Result<TrashEntry, ApiError> {
    on_backend(backend, move |b| b.delete_action_item(&id)).await
}
