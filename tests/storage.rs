//! The database file itself: pragmas, schema version, upgrades.

mod common;

use common::*;
use rusqlite::Connection;

/// A database file at an earlier schema `version`, holding one rep called `name`.
fn database_at_version(dir: &std::path::Path, version: usize, id: &str, name: &str) -> std::path::PathBuf {
    let path = dir.join(format!("v{version}.sqlite3"));
    let mut conn = Connection::open(&path).unwrap();
    coachbook::migrations().to_version(&mut conn, version).unwrap();
    conn.execute(
        "INSERT INTO people (id, role, name, name_fold, created_at, updated_at)
         VALUES (?1, 'rep', ?2, lower(?2), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
        [id, name],
    )
    .unwrap();
    path
}

#[test]
fn the_file_uses_write_ahead_logging() {
    let ws = TestWorkspace::new();
    add_rep(&ws.book, "Ada");
    // A second connection sees the journal mode, which is a property of the file.
    let conn = Connection::open(ws.path()).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    assert!(ws.dir.path().join("workspace.sqlite3-wal").exists());
}

#[test]
fn a_new_file_is_migrated_to_the_latest_schema() {
    let ws = TestWorkspace::new();
    let conn = Connection::open(ws.path()).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version as usize, coachbook::SCHEMA_VERSION);
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'people'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 1);
}

#[test]
fn the_workspace_folder_is_created_when_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/deeper/coachbook.sqlite3");
    let book = coachbook::Coachbook::open(&path).unwrap();
    assert_eq!(book.path(), path);
    assert!(path.exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "not a database, just some text that is long enough to matter").unwrap();
    assert!(coachbook::Coachbook::open(&path).is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "not a database, just some text that is long enough to matter"
    );
}

#[test]
fn a_database_from_the_first_version_upgrades_and_keeps_its_people() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_at_version(dir.path(), 1, "0190a0b0-0000-7000-8000-000000000001", "Ada");
    let book = coachbook::Coachbook::open(&path).unwrap();
    let team = book.list_people(&coachbook::people::PeopleQuery::new(coachbook::people::PeopleList::Team)).unwrap();
    assert_eq!(team.items[0].name, "Ada");
    assert!(!book.list_rubrics(false).unwrap().is_empty(), "built-in rubrics arrive with the upgrade");
}

#[test]
fn a_database_from_the_second_version_upgrades_with_the_default_agenda() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_at_version(dir.path(), 2, "0190a0b0-0000-7000-8000-000000000002", "Bo");
    let book = coachbook::Coachbook::open(&path).unwrap();
    let bo = coachbook::PersonId::from("0190a0b0-0000-7000-8000-000000000002".to_string());
    assert_eq!(book.one_on_one_setup(&bo).unwrap().cadence, None);
    let meeting = book.hold_meeting(&bo, Some("2026-11-02")).unwrap();
    assert_eq!(meeting.template_name, "Weekly one-on-one");
}

#[test]
fn a_database_from_the_third_version_upgrades_to_goals_and_plans() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_at_version(dir.path(), 3, "0190a0b0-0000-7000-8000-000000000003", "Cy");
    let book = coachbook::Coachbook::open(&path).unwrap();
    let cy = coachbook::PersonId::from("0190a0b0-0000-7000-8000-000000000003".to_string());
    assert_eq!(book.plan(&cy).unwrap(), None);
    assert!(book.list_kpis(&cy).unwrap().is_empty());
    assert_eq!(book.kare(&cy).unwrap().split, None);
}

#[test]
fn a_database_from_the_fourth_version_upgrades_to_the_live_row_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_at_version(dir.path(), 4, "0190a0b0-0000-7000-8000-000000000004", "Di");
    let book = coachbook::Coachbook::open(&path).unwrap();
    let di = coachbook::PersonId::from("0190a0b0-0000-7000-8000-000000000004".to_string());
    assert_eq!(book.get_person(&di).unwrap().name, "Di");
    let conn = Connection::open(&path).unwrap();
    let indexes: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index'
             AND name IN ('feedback_live', 'feedback_live_by_polarity', 'action_items_open')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 3);
}

/// An amendment as version 5 stored it: the earlier state as a JSON copy.
const OLD_AMENDMENT: &str = r#"{"rounds":[{"round":1,"coaching":"","scores":[
    {"criterionId":"0190a0b0-0000-7000-8000-0000000000c1","score":2,"note":"rushed the close"}],
    "total":{"share":0.4,"scored":1,"missing":0}}],"recommendation":"no","takeaways":"Nervous start"}"#;

#[test]
fn an_amendment_stored_as_json_by_the_fifth_version_reads_back_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let person = "0190a0b0-0000-7000-8000-000000000005";
    let path = database_at_version(dir.path(), 5, person, "Ed");
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE people SET role = 'candidate', stage = 'interviewing', opening = 'AE' WHERE id = ?1",
        [person],
    )
    .unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO rubrics (id, created_at, updated_at)
             VALUES ('0190a0b0-0000-7000-8000-0000000000a1', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
         INSERT INTO rubric_versions (id, rubric_id, version, name, kind, created_at)
             VALUES ('0190a0b0-0000-7000-8000-0000000000b1', '0190a0b0-0000-7000-8000-0000000000a1', 1,
                     'Pitch', 'custom', '2026-01-01T00:00:00.000Z');
         INSERT INTO rubric_criteria (id, version_id, position, name, weight, anchors)
             VALUES ('0190a0b0-0000-7000-8000-0000000000c1', '0190a0b0-0000-7000-8000-0000000000b1', 0,
                     'Close', 1.0, '[\"1\",\"2\",\"3\",\"4\",\"5\"]');
         INSERT INTO scorecards (id, person_id, rubric_version_id, assessor, scored_on, status, recommendation,
                                 takeaways, submitted_at, created_at, updated_at)
             VALUES ('0190a0b0-0000-7000-8000-0000000000d1', '{person}', '0190a0b0-0000-7000-8000-0000000000b1',
                     'Ann', '2026-01-02', 'submitted', 'yes', 'Strong finish', '2026-01-02T10:00:00.000Z',
                     '2026-01-02T09:00:00.000Z', '2026-01-03T09:00:00.000Z');
         INSERT INTO scorecard_rounds (scorecard_id, round) VALUES ('0190a0b0-0000-7000-8000-0000000000d1', 1);
         INSERT INTO scorecard_scores (scorecard_id, round, criterion_id, score)
             VALUES ('0190a0b0-0000-7000-8000-0000000000d1', 1, '0190a0b0-0000-7000-8000-0000000000c1', 4);"
    ))
    .unwrap();
    conn.execute(
        "INSERT INTO scorecard_amendments (id, scorecard_id, amended_at, reason, previous)
         VALUES ('0190a0b0-0000-7000-8000-0000000000e1', '0190a0b0-0000-7000-8000-0000000000d1',
                 '2026-01-03T09:00:00.000Z', 'Second look at the close', ?1)",
        [OLD_AMENDMENT],
    )
    .unwrap();
    drop(conn);

    let book = coachbook::Coachbook::open(&path).unwrap();
    let card = book.get_scorecard(&coachbook::ScorecardId::from("0190a0b0-0000-7000-8000-0000000000d1".to_string()), Some("Ann")).unwrap();
    assert_eq!(card.rounds[0].scores[0].score, Some(4), "the amended score stays current");
    let amendment = &card.amendments[0];
    assert_eq!(amendment.reason, "Second look at the close");
    assert_eq!(amendment.previous.recommendation, Some(coachbook::scorecards::Recommendation::No));
    assert_eq!(amendment.previous.takeaways, "Nervous start");
    let earlier = &amendment.previous.rounds[0];
    assert_eq!(earlier.scores[0].score, Some(2));
    assert_eq!(earlier.scores[0].note, "rushed the close");
    assert_eq!(earlier.total.scored, 1);
}

#[test]
fn a_database_from_the_eighth_version_upgrades_with_an_empty_trash_that_lists_its_deleted_feedback() {
    let dir = tempfile::tempdir().unwrap();
    let person = "0190a0b0-0000-7000-8000-000000000008";
    let path = database_at_version(dir.path(), 8, person, "Flo");
    Connection::open(&path)
        .unwrap()
        .execute(
            "INSERT INTO feedback (id, person_id, given_on, polarity, behaviour, deleted_at, created_at, updated_at)
             VALUES ('0190a0b0-0000-7000-8000-0000000000f1', ?1, '2026-11-02', 'positive', 'Kept the call short',
                     '2099-01-01T00:00:00.000Z', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z')",
            [person],
        )
        .unwrap();
    let book = coachbook::Coachbook::open(&path).unwrap();
    let trash = book.list_trash(None, None).unwrap();
    assert_eq!(trash.total, 1);
    assert_eq!(trash.items[0].title, "Kept the call short");
    assert_eq!(trash.items[0].person_name.as_deref(), Some("Flo"));
}

#[test]
fn two_new_workspaces_give_their_built_ins_the_same_ids() {
    let (a, b) = (TestWorkspace::new(), TestWorkspace::new());
    let ids = |ws: &TestWorkspace| {
        let rubrics: Vec<String> = ws.book.list_rubrics(false).unwrap().into_iter().map(|r| r.id.to_string()).collect();
        let criteria: Vec<String> =
            ws.book.list_rubrics(false).unwrap().iter().flat_map(|r| ws.book.get_rubric(&r.id).unwrap().criteria).map(|c| c.id.to_string()).collect();
        let agendas: Vec<String> =
            ws.book.list_templates(false).unwrap().into_iter().flat_map(|t| std::iter::once(t.id.to_string()).chain(t.sections.into_iter().map(|s| s.id.to_string()))).collect();
        (rubrics, criteria, agendas)
    };
    assert_eq!(ids(&a), ids(&b));
    assert!(!ids(&a).1.is_empty());
}

#[test]
fn a_database_from_the_ninth_version_upgrades_to_global_keys_with_search_tags_and_built_in_scores_intact() {
    let dir = tempfile::tempdir().unwrap();
    let person = "0190a0b0-0000-7000-8000-000000000009";
    let path = database_at_version(dir.path(), 9, person, "Gus");
    Connection::open(&path)
        .unwrap()
        .execute_batch(&format!(
            "INSERT INTO meetings (id, person_id, held_on, template_name, created_at, updated_at)
                 VALUES ('m1', '{person}', '2026-11-02', 'Weekly', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z');
             INSERT INTO meeting_notes (id, meeting_id, position, title, body, visibility, updated_at)
                 VALUES ('n1', 'm1', 0, 'Wins', 'Landed the lighthouse deal', 'shared', '2026-11-02T09:00:00.000Z');
             INSERT INTO action_items (id, person_id, meeting_id, text, owner, created_at, updated_at)
                 VALUES ('a1', '{person}', 'm1', 'Send the lighthouse quote', 'rep', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z');
             INSERT INTO feedback (id, person_id, given_on, polarity, behaviour, tags, created_at, updated_at)
                 VALUES ('f1', '{person}', '2026-11-02', 'positive', 'Asked about the lighthouse budget', 'discovery',
                         '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z');
             INSERT INTO feedback_tags (feedback_id, tag) VALUES ('f1', 'discovery');
             INSERT INTO rubrics (id, builtin_key, created_at, updated_at)
                 VALUES ('r-random', 'eight_minute_presentation', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
             INSERT INTO rubric_versions (id, rubric_id, version, name, kind, created_at)
                 VALUES ('v-random', 'r-random', 1, 'Eight-minute presentation', 'presentation', '2026-01-01T00:00:00.000Z');
             INSERT INTO rubric_criteria (id, version_id, position, name, weight, anchors)
                 VALUES ('c-random', 'v-random', 0, 'Followed the directions', 1.0, '[\"1\",\"2\",\"3\",\"4\",\"5\"]');
             UPDATE people SET role = 'candidate', stage = 'interviewing', opening = 'AE' WHERE id = '{person}';
             INSERT INTO scorecards (id, person_id, rubric_version_id, assessor, scored_on, status, created_at, updated_at)
                 VALUES ('s1', '{person}', 'v-random', 'Ann', '2026-11-02', 'draft', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z');
             INSERT INTO scorecard_rounds (scorecard_id, round) VALUES ('s1', 1);
             INSERT INTO scorecard_scores (scorecard_id, round, criterion_id, score) VALUES ('s1', 1, 'c-random', 4);"
        ))
        .unwrap();

    let book = coachbook::Coachbook::open(&path).unwrap();
    let query = |text: &str| coachbook::search::SearchQuery { text: text.into(), person_id: None, include_private: true, limit: None };
    assert_eq!(book.search(&query("lighthouse")).unwrap().len(), 3, "the note, the item and the feedback are still found");
    assert_eq!(book.feedback_tags(None).unwrap()[0].tag, "discovery");
    let card = book.get_scorecard(&coachbook::ScorecardId::from("s1".to_string()), Some("Ann")).unwrap();
    assert_eq!(card.rounds[0].scores[0].score, Some(4), "the score follows its criterion to the new id");
    let fresh = TestWorkspace::new();
    let presentation = builtin(&fresh.book, "Eight-minute presentation");
    assert_eq!(card.rubric.id, presentation.id, "the built-in now has the id every workspace gives it");
    assert_eq!(card.rubric.criteria[0].id, fresh.book.get_rubric(&presentation.id).unwrap().criteria[0].id);
    let conn = Connection::open(&path).unwrap();
    let pk: String = conn.query_row("SELECT name FROM pragma_table_info('feedback') WHERE pk = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(pk, "id");
}
