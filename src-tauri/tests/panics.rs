//! A panic inside a backend call becomes an error for that request; the
//! app (and the workspace) carry on.

use std::sync::Arc;

use coachbook::people::{PersonFields, Role};
use coachbook::{Coachbook, ErrorKind};
use coachbook_desktop::commands::run_blocking;

#[test]
fn a_panicking_request_returns_an_internal_error_and_the_next_request_works() {
    let dir = tempfile::tempdir().unwrap();
    let book = Arc::new(Coachbook::open(dir.path().join("w.sqlite3")).unwrap());
    let failed = tauri::async_runtime::block_on(run_blocking(Arc::clone(&book), |_| -> coachbook::Result<()> {
        panic!("a bug in a command")
    }));
    let error = failed.unwrap_err();
    assert_eq!(error.kind, ErrorKind::Internal);
    assert!(error.message.contains("nothing was saved"));
    let created = tauri::async_runtime::block_on(run_blocking(Arc::clone(&book), |b| {
        b.create_person(Role::Rep, &PersonFields { name: "Ada".into(), ..PersonFields::default() })
    }));
    assert_eq!(created.unwrap().name, "Ada");
}
