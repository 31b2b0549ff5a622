//! The schema, as an append-only list of migrations tracked by SQLite's
//! `user_version`. Never edit a migration that has shipped: add a new one.

use std::sync::LazyLock;

use rusqlite_migration::{Migrations, M};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        // 1: people — team members (reps) and candidates in one table, so
        // hiring a candidate keeps the same id and with it their history.
        M::up(
            "CREATE TABLE people (
                id          TEXT PRIMARY KEY NOT NULL,
                role        TEXT NOT NULL CHECK (role IN ('rep', 'candidate')),
                name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                name_fold   TEXT NOT NULL,
                email       TEXT,
                title       TEXT NOT NULL DEFAULT '',
                start_date  TEXT,
                notes       TEXT NOT NULL DEFAULT '',
                opening     TEXT,
                stage       TEXT CHECK (stage IN ('applied', 'screening', 'interviewing',
                                                  'offer', 'hired', 'declined', 'withdrawn')),
                hired_at    TEXT,
                archived_at TEXT,
                created_at  TEXT NOT NULL,
                updated_at  TEXT NOT NULL,
                CHECK (role = 'rep' OR stage IS NOT NULL)
            ) STRICT;
            CREATE INDEX people_by_role ON people (role, archived_at IS NOT NULL, name_fold);
            CREATE INDEX people_by_stage ON people (stage, archived_at IS NOT NULL, name_fold)
                WHERE stage IS NOT NULL;",
        ),
    ])
});

pub fn migrations() -> &'static Migrations<'static> {
    &MIGRATIONS
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_migration_list_validates() {
        super::migrations().validate().expect("migrations should apply cleanly");
    }
}
