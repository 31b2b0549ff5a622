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
        // 2: rubrics (versioned), scorecards with rounds, amendments, settings.
        M::up(
            "CREATE TABLE settings (
                key   TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) STRICT;
            CREATE TABLE rubrics (
                id          TEXT PRIMARY KEY NOT NULL,
                builtin_key TEXT UNIQUE,
                archived_at TEXT,
                created_at  TEXT NOT NULL,
                updated_at  TEXT NOT NULL
            ) STRICT;
            CREATE TABLE rubric_versions (
                id                 TEXT PRIMARY KEY NOT NULL,
                rubric_id          TEXT NOT NULL REFERENCES rubrics (id),
                version            INTEGER NOT NULL CHECK (version >= 1),
                name               TEXT NOT NULL,
                kind               TEXT NOT NULL CHECK (kind IN ('presentation', 'written_exercise', 'role_play', 'custom')),
                description        TEXT NOT NULL DEFAULT '',
                time_limit_seconds INTEGER CHECK (time_limit_seconds > 0),
                created_at         TEXT NOT NULL,
                UNIQUE (rubric_id, version)
            ) STRICT;
            CREATE TABLE rubric_criteria (
                id          TEXT PRIMARY KEY NOT NULL,
                version_id  TEXT NOT NULL REFERENCES rubric_versions (id),
                position    INTEGER NOT NULL,
                name        TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                weight      REAL NOT NULL CHECK (weight > 0),
                anchors     TEXT NOT NULL,
                tag         TEXT CHECK (tag IN ('timing', 'coachability')),
                UNIQUE (version_id, position)
            ) STRICT;
            CREATE TABLE scorecards (
                id                TEXT PRIMARY KEY NOT NULL,
                person_id         TEXT NOT NULL REFERENCES people (id),
                rubric_version_id TEXT NOT NULL REFERENCES rubric_versions (id),
                assessor          TEXT NOT NULL,
                scored_on         TEXT NOT NULL,
                status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
                recommendation    TEXT CHECK (recommendation IN ('strong_no', 'no', 'yes', 'strong_yes')),
                takeaways         TEXT NOT NULL DEFAULT '',
                material          TEXT NOT NULL DEFAULT '',
                timer_elapsed_ms  INTEGER NOT NULL DEFAULT 0,
                timer_running_since TEXT,
                duration_ms       INTEGER,
                submitted_at      TEXT,
                created_at        TEXT NOT NULL,
                updated_at        TEXT NOT NULL
            ) STRICT;
            CREATE INDEX scorecards_by_person ON scorecards (person_id, scored_on);
            CREATE INDEX scorecards_by_version ON scorecards (rubric_version_id);
            CREATE TABLE scorecard_rounds (
                scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
                round        INTEGER NOT NULL CHECK (round >= 1),
                coaching     TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (scorecard_id, round)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE scorecard_scores (
                scorecard_id TEXT NOT NULL,
                round        INTEGER NOT NULL,
                criterion_id TEXT NOT NULL REFERENCES rubric_criteria (id),
                score        INTEGER CHECK (score >= 1),
                note         TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (scorecard_id, round, criterion_id),
                FOREIGN KEY (scorecard_id, round) REFERENCES scorecard_rounds (scorecard_id, round)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE scorecard_amendments (
                id           TEXT PRIMARY KEY NOT NULL,
                scorecard_id TEXT NOT NULL REFERENCES scorecards (id),
                amended_at   TEXT NOT NULL,
                reason       TEXT NOT NULL,
                previous     TEXT NOT NULL
            ) STRICT;
            CREATE INDEX amendments_by_scorecard ON scorecard_amendments (scorecard_id, amended_at);",
        ),
        // 3: one-on-ones (agenda templates, meetings copied from them, notes,
        // action items), the feedback log, and full-text search over them.
        // Searchable tables carry an INTEGER PRIMARY KEY so the FTS rowids
        // they feed stay stable through VACUUM.
        M::up(include_str!("migrations/003_one_on_ones_feedback_search.sql")),
        // 4: the rep's own goals: personal goal and funnel inputs, the
        // cookbook plan with agreed versions and weekly actuals, KPIs with
        // weekly values, and KARE accounts with the planned split.
        M::up(include_str!("migrations/004_goals_plans_kpis_kare.sql")),
        // 5: indexes found missing by the large-workspace benchmark.
        M::up(include_str!("migrations/005_live_row_indexes.sql")),
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
