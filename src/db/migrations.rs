//! The schema, as an append-only list of migrations tracked by SQLite's
//! `user_version`. Never edit a migration that has shipped: add a new one.

use std::sync::LazyLock;

use rusqlite_migration::{Migrations, M};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        // 1: people — team members (reps) and candidates in one table, so
        // hiring a candidate keeps the same id and with it their history.
        M::up(include_str!("migrations/001_people.sql")),
        // 2: rubrics (versioned), scorecards with rounds, amendments, settings.
        M::up(include_str!("migrations/002_rubrics_scorecards_settings.sql")),
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
        // 6: an amendment's earlier scores as rows (no longer JSON), and
        // partial indexes for live KPIs and accounts.
        M::up(include_str!("migrations/006_amendment_rows_and_live_indexes.sql")),
        // 7: reveals of the panel's scores by a lead who will not score.
        M::up(include_str!("migrations/007_scorecard_reveals.sql")),
        // 8: goal progress, the skill and attitude check, reminders given.
        M::up(include_str!("migrations/008_goal_progress_skills_and_my_record.sql")),
        // 9: the trash (every delete, and versions replaced by a save).
        M::up(include_str!("migrations/009_trash.sql")),
        // 10: every synced table keyed by its global id (search keeps a
        // local rowid per row); built-ins get the same ids everywhere.
        M::up_with_hook(include_str!("migrations/010_global_keys.sql"), |tx: &rusqlite::Transaction<'_>| {
            super::builtin_ids::make_deterministic(tx).map_err(rusqlite_migration::HookError::from)
        }),
        // 11: links between workspaces, what was sent over them, the ledger
        // of packs applied, and the conflicts they met.
        M::up(include_str!("migrations/011_packs.sql")),
        // 12: tag counts per rep, kept by triggers (found by the benchmark).
        M::up(include_str!("migrations/012_feedback_tag_counts.sql")),
    ])
});

/// The schema version a workspace made by this build has.
pub const LATEST_VERSION: usize = 12;

pub fn migrations() -> &'static Migrations<'static> {
    &MIGRATIONS
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_migration_list_validates() {
        super::migrations().validate().expect("migrations should apply cleanly");
    }

    #[test]
    fn the_latest_version_is_the_last_migration() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::migrations().to_latest(&mut conn).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version as usize, super::LATEST_VERSION);
    }
}
