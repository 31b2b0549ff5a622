//! Helpers shared by the backend integration tests.
#![allow(dead_code)]

use coachbook::people::{PersonFields, Role};
use coachbook::Coachbook;
use tempfile::TempDir;

/// A workspace in a fresh temporary folder; the folder lives as long as the value.
pub struct TestWorkspace {
    pub dir: TempDir,
    pub book: Coachbook,
}

impl TestWorkspace {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let book = Coachbook::open(dir.path().join("workspace.sqlite3")).expect("open workspace");
        TestWorkspace { dir, book }
    }

    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("workspace.sqlite3")
    }

    /// Closes the workspace and opens the same file again.
    pub fn reopen(self) -> Self {
        let TestWorkspace { dir, book } = self;
        drop(book);
        let book = Coachbook::open(dir.path().join("workspace.sqlite3")).expect("reopen workspace");
        TestWorkspace { dir, book }
    }
}

pub fn named(name: &str) -> PersonFields {
    PersonFields { name: name.into(), ..PersonFields::default() }
}

pub fn candidate_for(name: &str, opening: &str) -> PersonFields {
    PersonFields { name: name.into(), opening: Some(opening.into()), ..PersonFields::default() }
}

pub fn add_rep(book: &Coachbook, name: &str) -> coachbook::people::Person {
    book.create_person(Role::Rep, &named(name)).expect("create rep")
}

pub fn add_candidate(book: &Coachbook, name: &str, opening: &str) -> coachbook::people::Person {
    book.create_person(Role::Candidate, &candidate_for(name, opening)).expect("create candidate")
}

use coachbook::rubrics::{CriterionDraft, CriterionTag, RubricDraft, RubricKind, RubricSummary};

pub fn five_anchors(prefix: &str) -> Vec<String> {
    (1..=5).map(|i| format!("{prefix} level {i}")).collect()
}

pub fn criterion_draft(name: &str, weight: f64) -> CriterionDraft {
    CriterionDraft { name: name.into(), description: None, weight, anchors: five_anchors(name), tag: None }
}

pub fn rubric_draft(name: &str, criteria: &[(&str, f64)]) -> RubricDraft {
    RubricDraft {
        name: name.into(),
        kind: RubricKind::Custom,
        description: None,
        time_limit_seconds: None,
        criteria: criteria.iter().map(|(n, w)| criterion_draft(n, *w)).collect(),
    }
}

pub fn timed_rubric_draft(name: &str, limit_seconds: u32) -> RubricDraft {
    let mut draft = rubric_draft(name, &[("Followed the directions", 1.0), ("Clarity", 1.0)]);
    draft.kind = RubricKind::Presentation;
    draft.time_limit_seconds = Some(limit_seconds);
    draft.criteria[0].tag = Some(CriterionTag::Timing);
    draft
}

pub fn builtin(book: &Coachbook, name: &str) -> RubricSummary {
    book.list_rubrics(false)
        .unwrap()
        .into_iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no built-in rubric called {name}"))
}

/// Starts `assessor`'s scorecard for `person` on `rubric`, dated 20 Nov 2026.
pub fn start(book: &Coachbook, person: &coachbook::people::Person, rubric: &coachbook::rubrics::Rubric, assessor: &str) -> coachbook::scorecards::Scorecard {
    book.start_scorecard(&coachbook::scorecards::NewScorecard {
        person_id: person.id.clone(),
        rubric_id: rubric.id.clone(),
        assessor: Some(assessor.into()),
        scored_on: Some("2026-11-20".into()),
    })
    .unwrap()
}

pub mod exchange;
pub mod packs;
