//! Blind scoring: an assessor sees nothing of the panel's scores for a
//! candidate's exercise until their own scorecard for it is submitted (or
//! they reveal the panel's scores and give up scoring it). Drafts are their
//! assessor's alone.

mod common;

use coachbook::people::Person;
use coachbook::rubrics::Rubric;
use coachbook::scorecards::*;
use coachbook::today::TodayLimits;
use coachbook::{Coachbook, ErrorKind};
use common::*;

/// Scores every criterion with `score`, recommends yes and submits.
fn submitted(book: &Coachbook, person: &Person, rubric: &Rubric, assessor: &str, score: u32) -> Scorecard {
    let card = start(book, person, rubric, assessor);
    for c in &card.rubric.criteria {
        book.set_score(&card.id, &ScoreInput { round: 1, criterion_id: c.id.clone(), score: Some(score), note: String::new() })
            .unwrap();
    }
    book.update_scorecard(
        &card.id,
        &ScorecardDetails {
            assessor: assessor.into(),
            scored_on: "2026-11-20".into(),
            recommendation: Some(Recommendation::Yes),
            takeaways: format!("{assessor}'s takeaway"),
            material: String::new(),
        },
    )
    .unwrap();
    book.submit_scorecard(&card.id).unwrap()
}

struct Panel {
    ws: TestWorkspace,
    cy: Person,
    pitch: Rubric,
    email: Rubric,
}

/// Mo has submitted a pitch scorecard for the candidate Cy.
fn panel() -> Panel {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let pitch = ws.book.create_rubric(&rubric_draft("Pitch", &[("Clarity", 1.0)])).unwrap();
    let email = ws.book.create_rubric(&rubric_draft("Email", &[("Voice", 1.0)])).unwrap();
    submitted(&ws.book, &cy, &pitch, "Mo", 5);
    Panel { ws, cy, pitch, email }
}

fn assert_blind_to_mo(overview: &CandidateOverview) {
    let exercise = &overview.exercises[0];
    assert!(exercise.blind);
    let mo = exercise.scorecards.iter().find(|c| c.assessor == "Mo").unwrap();
    assert!(mo.hidden);
    assert_eq!((mo.total.clone(), mo.recommendation, mo.timing.clone()), (None, None, None));
    assert_eq!(exercise.average_share, None);
    assert!(exercise.criteria.iter().all(|c| c.scores.is_empty() && c.average.is_none()));
    assert_eq!(overview.recommendations, RecommendationTally::default());
    assert_eq!(overview.submitted, 0);
    assert!(overview.hidden_until_submitted);
}

#[test]
fn before_starting_a_scorecard_an_assessor_sees_nothing_of_the_panel() {
    let p = panel();
    assert_blind_to_mo(&p.ws.book.candidate_overview(&p.cy.id, Some("Dana")).unwrap());
}

#[test]
fn without_an_assessor_name_nothing_of_the_panel_is_shown() {
    let p = panel();
    assert_blind_to_mo(&p.ws.book.candidate_overview(&p.cy.id, None).unwrap());
}

#[test]
fn while_the_own_scorecard_is_a_draft_the_panel_stays_hidden() {
    let p = panel();
    start(&p.ws.book, &p.cy, &p.pitch, "Dana");
    assert_blind_to_mo(&p.ws.book.candidate_overview(&p.cy.id, Some("Dana")).unwrap());
}

#[test]
fn submitting_on_another_exercise_does_not_open_this_one() {
    let p = panel();
    submitted(&p.ws.book, &p.cy, &p.email, "Dana", 3);
    let overview = p.ws.book.candidate_overview(&p.cy.id, Some("Dana")).unwrap();
    let pitch = overview.exercises.iter().find(|e| e.rubric_name == "Pitch").unwrap();
    assert!(pitch.blind);
    assert!(pitch.scorecards[0].hidden);
    let email = overview.exercises.iter().find(|e| e.rubric_name == "Email").unwrap();
    assert!(!email.blind, "Dana's own exercise is open to her");
}

#[test]
fn submitting_the_own_scorecard_shows_the_panel_for_that_exercise() {
    let p = panel();
    submitted(&p.ws.book, &p.cy, &p.pitch, "Dana", 3);
    let overview = p.ws.book.candidate_overview(&p.cy.id, Some("dana")).unwrap();
    let pitch = &overview.exercises[0];
    assert!(!pitch.blind);
    assert!(pitch.scorecards.iter().all(|c| !c.hidden));
    assert_eq!(pitch.criteria[0].spread, Some(2));
    assert_eq!(overview.submitted, 2);
}

#[test]
fn a_hidden_scorecard_cannot_be_opened_and_a_shown_one_can() {
    let p = panel();
    let mo = p.ws.book.person_scorecards(&p.cy.id, Some("Mo")).unwrap().scorecards[0].id.clone();
    let refused = p.ws.book.get_scorecard(&mo, Some("Dana")).unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Conflict);
    assert!(!refused.to_string().contains("Mo's takeaway"));
    assert!(p.ws.book.get_scorecard(&mo, None).is_err());
    submitted(&p.ws.book, &p.cy, &p.pitch, "Dana", 3);
    assert_eq!(p.ws.book.get_scorecard(&mo, Some("Dana")).unwrap().takeaways, "Mo's takeaway");
}

#[test]
fn another_assessors_draft_is_never_shown_to_anyone() {
    let p = panel();
    let draft = start(&p.ws.book, &p.cy, &p.email, "Mo");
    submitted(&p.ws.book, &p.cy, &p.email, "Dana", 3);
    for viewer in [Some("Dana"), None, Some("Lead")] {
        let list = p.ws.book.person_scorecards(&p.cy.id, viewer).unwrap().scorecards;
        assert!(list.iter().all(|c| c.id != draft.id), "{viewer:?} saw Mo's draft");
        assert!(p.ws.book.get_scorecard(&draft.id, viewer).is_err());
    }
    assert_eq!(p.ws.book.get_scorecard(&draft.id, Some("Mo")).unwrap().id, draft.id);
}

#[test]
fn the_comparison_the_strength_profile_and_progress_keep_the_panel_hidden() {
    let p = panel();
    let compare = p.ws.book.compare_candidates("AE", Some("Dana")).unwrap();
    assert_eq!((compare.rows[0].overall_share, compare.rows[0].submitted), (None, 0));
    assert!(compare.rows[0].hidden_until_submitted);
    let profile = p.ws.book.strength_profile(&p.cy.id, &p.pitch.id, Some("Dana")).unwrap();
    assert_eq!(profile.rows[0].person, None);
    let progress = p.ws.book.criterion_progress(&p.cy.id, &p.pitch.id, Some("Dana")).unwrap();
    assert!(progress.points.is_empty());
    let mine = p.ws.book.criterion_progress(&p.cy.id, &p.pitch.id, Some("Mo")).unwrap();
    assert_eq!(mine.points.len(), 1);
}

#[test]
fn a_lead_who_reveals_the_panels_scores_sees_them_and_can_no_longer_score_that_exercise() {
    let p = panel();
    p.ws.book.reveal_panel_scores(&p.cy.id, &p.pitch.id, Some("Lead")).unwrap();
    let overview = p.ws.book.candidate_overview(&p.cy.id, Some("Lead")).unwrap();
    assert!(!overview.exercises[0].blind);
    assert!(overview.exercises[0].revealed);
    assert_eq!(overview.submitted, 1);
    let refused = p
        .ws
        .book
        .start_scorecard(&NewScorecard { person_id: p.cy.id.clone(), rubric_id: p.pitch.id.clone(), assessor: Some("lead".into()), scored_on: None })
        .unwrap_err();
    assert_eq!(refused.field(), Some("rubricId"));
    // Another exercise is still the lead's to score.
    start(&p.ws.book, &p.cy, &p.email, "Lead");
}

#[test]
fn revealing_needs_a_name_and_no_scorecard_of_ones_own_on_the_exercise() {
    let p = panel();
    assert_eq!(p.ws.book.reveal_panel_scores(&p.cy.id, &p.pitch.id, None).unwrap_err().field(), Some("assessorName"));
    start(&p.ws.book, &p.cy, &p.pitch, "Dana");
    assert_eq!(p.ws.book.reveal_panel_scores(&p.cy.id, &p.pitch.id, Some("Dana")).unwrap_err().kind(), ErrorKind::Conflict);
    assert_blind_to_mo(&p.ws.book.candidate_overview(&p.cy.id, Some("Dana")).unwrap());
}

#[test]
fn today_lists_only_the_viewers_own_drafts() {
    let p = panel();
    start(&p.ws.book, &p.cy, &p.email, "Dana");
    let day = "2026-11-24".parse().unwrap();
    let drafts = |viewer| {
        let view = p.ws.book.today(day, viewer, &TodayLimits::default()).unwrap();
        (view.drafts.len(), view.totals.drafts)
    };
    assert_eq!(drafts(Some("Mo")), (0, 0), "not even counted");
    assert_eq!(drafts(Some("Dana")), (1, 1));
    assert_eq!(drafts(None), (0, 0));
}

#[test]
fn a_reps_role_plays_scored_by_others_are_not_blind() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let drill = ws.book.create_rubric(&rubric_draft("Drill", &[("Listening", 1.0)])).unwrap();
    submitted(&ws.book, &ada, &drill, "Coach", 4);
    let list = ws.book.person_scorecards(&ada.id, Some("Manager")).unwrap();
    assert!(!list.scorecards[0].hidden);
    assert_eq!(ws.book.criterion_progress(&ada.id, &drill.id, Some("Manager")).unwrap().points.len(), 1);
}
