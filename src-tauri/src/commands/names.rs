//! The names of every command the UI may call. Read by build.rs (to make one
//! permission per command) and checked against the registered commands and
//! the capability file by a test.

pub const ALL: &[&str] = &[
    "workspace_info",
    "list_people",
    "list_openings",
    "get_person",
    "create_person",
    "update_person",
    "archive_person",
    "restore_person",
    "set_candidate_stage",
    "hire_candidate",
];
