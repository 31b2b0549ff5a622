//! Now and then, for whichever workspace is open: a backup when one is due
//! (daily, or after many saves), and OS notifications for what is due (the
//! backend decides what to remind of, each thing at most once a day); and
//! the sync folder read and written every few minutes.

use std::time::Duration;

use tauri::Manager;
use tauri_plugin_notification::NotificationExt;

use crate::commands::Backend;

/// How often the shell looks (the first look is at start).
const EVERY: Duration = Duration::from_secs(15 * 60);
/// How often the sync folder is read and written, when there is one.
const SYNC_EVERY: Duration = Duration::from_secs(3 * 60);

/// Runs for the life of the app, on the async runtime (never the main
/// thread), for whichever workspace is open at the time.
pub fn start(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            let backend = app.state::<Backend>().inner().clone();
            let due = tauri::async_runtime::spawn_blocking(move || {
                // Waits for the first open; no workspace, nothing to do.
                let book = backend.book().ok()?;
                // A failed backup is tried again at the next look.
                let _ = book.back_up_if_due();
                Some(book.take_reminders(book.clock().today()))
            })
            .await;
            show(&app, due);
            tokio::time::sleep(EVERY).await;
        }
    });
}

/// Reads and writes the sync folder at start and every few minutes.
pub fn start_sync(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            let backend = app.state::<Backend>().inner().clone();
            let _ = tauri::async_runtime::spawn_blocking(move || {
                let book = backend.book().ok()?;
                // No folder, nothing to do; a failed round is tried again at the next.
                book.sync_folder().ok().flatten()?;
                book.sync_now().ok()
            })
            .await;
            tokio::time::sleep(SYNC_EVERY).await;
        }
    });
}

fn show(app: &tauri::AppHandle, due: Result<Option<coachbook::Result<Vec<coachbook::reminders::Reminder>>>, tauri::Error>) {
    let Ok(Some(Ok(reminders))) = due else { return };
    for reminder in reminders {
        // A desktop without a notification service simply shows nothing.
        let _ = app.notification().builder().title(&reminder.title).body(&reminder.body).show();
    }
}
