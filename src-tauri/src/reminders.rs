//! OS notifications for what is due: the backend decides what to remind of
//! (each thing at most once a day); this only shows it, now and then.

use std::sync::Arc;
use std::time::Duration;

use coachbook::Coachbook;
use tauri_plugin_notification::NotificationExt;

/// How often the shell asks whether something new is due.
const EVERY: Duration = Duration::from_secs(15 * 60);

/// Runs for the life of the app, on the async runtime (never the main thread).
pub fn start(app: tauri::AppHandle, book: Arc<Coachbook>) {
    tauri::async_runtime::spawn(async move {
        loop {
            let book = Arc::clone(&book);
            let due = tauri::async_runtime::spawn_blocking(move || book.take_reminders(book.clock().today())).await;
            if let Ok(Ok(reminders)) = due {
                for reminder in reminders {
                    // A desktop without a notification service simply shows nothing.
                    let _ = app.notification().builder().title(&reminder.title).body(&reminder.body).show();
                }
            }
            tokio::time::sleep(EVERY).await;
        }
    });
}
