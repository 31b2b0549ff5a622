//! Coachbook's desktop shell: opens the workspace file, registers the
//! commands and starts the window. All product logic lives in the
//! `coachbook` backend crate.

pub mod commands;
pub mod db_location;
mod reminders;

use std::sync::Arc;

use tauri::Manager;
use tauri_specta::Builder;

use commands::Backend;

/// The typed command list; also what generates `ui/src/lib/bindings.ts`.
pub fn specta_builder() -> Builder<tauri::Wry> {
    // One shape per type: our types serialize and deserialize alike.
    Builder::<tauri::Wry>::new().disable_serde_phases().commands(commands::collected())
}

pub fn run() {
    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(builder.invoke_handler())
        .setup(|app| {
            let path = match db_location::override_path(std::env::args_os(), std::env::var_os(db_location::ENV_VAR)) {
                Some(path) => path,
                None => app.path().app_data_dir()?.join(db_location::FILE_NAME),
            };
            let book = coachbook::Coachbook::open(&path)
                .map_err(|e| format!("Could not open the Coachbook workspace at {}: {e}", path.display()))?;
            let book = Arc::new(book);
            reminders::start(app.handle().clone(), Arc::clone(&book));
            app.manage(Backend(book));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Coachbook could not start");
}
