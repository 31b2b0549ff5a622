//! Commands for documents: make a PDF in the backend, then save it where the
//! user chooses or open it in the system's PDF viewer to print.

use coachbook::{ApiError, DocumentRequest, ErrorKind, PdfDocument};
use tauri::State;
use tauri_plugin_opener::OpenerExt;

use super::files::{dialog_stand_in, save_bytes, write_whole};
use super::{on_backend, viewer, Backend};

async fn make(backend: State<'_, Backend>, request: DocumentRequest) -> Result<PdfDocument, ApiError> {
    on_backend(backend, move |b| b.make_document(&request, viewer(b)?.as_deref(), b.clock().today())).await
}

/// *Save as PDF…*: the path written, or `None` when the dialog was cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_document(app: tauri::AppHandle, backend: State<'_, Backend>, request: DocumentRequest) -> Result<Option<String>, ApiError> {
    let document = make(backend, request).await?;
    save_bytes(app, document.file_name, "PDF document", "pdf", document.bytes).await
}

/// *Print…*: writes the PDF to a private temporary folder and opens it in the
/// system's viewer, whose print dialog does the rest. Returns the file's path.
#[tauri::command]
#[specta::specta]
pub async fn print_document(app: tauri::AppHandle, backend: State<'_, Backend>, request: DocumentRequest) -> Result<String, ApiError> {
    let document = make(backend, request).await?;
    let stand_in = dialog_stand_in();
    let folder = stand_in.clone().unwrap_or_else(|| std::env::temp_dir().join("coachbook-print"));
    let path = folder.join(&document.file_name);
    std::fs::create_dir_all(&folder).and_then(|_| write_whole(&path, &document.bytes)).map_err(|e| failure(format!("The PDF could not be written for printing: {e}")))?;
    // Under the tests' dialog stand-in there is no viewer to open.
    if stand_in.is_none() {
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| failure(format!("No PDF viewer opened it ({e}). The PDF is at {}.", path.display())))?;
    }
    Ok(path.display().to_string())
}

fn failure(message: String) -> ApiError {
    ApiError { kind: ErrorKind::Storage, message, field: None }
}
