//! Coachbook's desktop shell: opens the workspace file, registers the
//! commands and starts the window. All product logic lives in the
//! `coachbook` backend crate.

pub mod commands;
pub mod db_location;
mod housekeeping;
pub mod instance;
pub mod workspace;


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
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .invoke_handler(builder.invoke_handler())
        .setup(|app| {
            // A workspace that cannot be opened still gets a window: the
            // failure page says why and offers what can be done.
            let path = db_location::resolve(app.handle())?;
            // Before anything else: a second launch on this file hands over and exits here.
            instance::claim(app.handle(), &path)?;
            app.manage::<Backend>(workspace::OpenWorkspace::start_opening(path));
            housekeeping::start(app.handle().clone());
            housekeeping::start_sync(app.handle().clone());
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("Coachbook could not start");
}
