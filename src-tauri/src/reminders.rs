//! OS notifications for what is due: the backend decides what to remind of
//! (each thing at most once a day); this only shows it, now and then.

use std::time::Duration;

use tauri::Manager;
use tauri_plugin_notification::NotificationExt;

use crate::commands::Backend;

/// How often the shell asks whether something new is due.
const EVERY: Duration = Duration::from_secs(15 * 60);

/// Runs for the life of the app, on the async runtime (never the main
/// thread), for whichever workspace is open at the time.
pub fn start(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            if let Ok(book) = app.state::<Backend>().book() {
                let due = tauri::async_runtime::spawn_blocking(move || book.take_reminders(book.clock().today())).await;
                show(&app, due);
            }
            tokio::time::sleep(EVERY).await;
        }
    });
}

fn show(app: &tauri::AppHandle, due: Result<coachbook::Result<Vec<coachbook::reminders::Reminder>>, tauri::Error>) {
    let Ok(Ok(reminders)) = due else { return };
    for reminder in reminders {
        // A desktop without a notification service simply shows nothing.
        let _ = app.notification().builder().title(&reminder.title).body(&reminder.body).show();
    }
}
