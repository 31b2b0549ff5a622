//! Scorecards through the public API: drafting, scoring, rounds, the timer,
//! submitting, amending and the independent-scoring rule.

mod common;

use chrono::{Duration, TimeZone, Utc};
use coachbook::scorecards::*;
use coachbook::settings::SettingsInput;
use coachbook::{Coachbook, ErrorKind};
use common::*;

fn score(book: &Coachbook, card: &Scorecard, round: u32, criterion: usize, value: u32) -> Scorecard {
    book.set_score(
        &card.id,
        &ScoreInput { round, criterion_id: card.rubric.criteria[criterion].id.clone(), score: Some(value), note: String::new() },
    )
    .unwrap()
}

fn recommend(book: &Coachbook, card: &Scorecard, r: Recommendation) -> Scorecard {
    book.update_scorecard(
        &card.id,
        &ScorecardDetails {
            assessor: card.assessor.clone(),
            scored_on: card.scored_on.to_string(),
            recommendation: Some(r),
            takeaways: "Strong close.".into(),
            material: String::new(),
        },
    )
    .unwrap()
}

#[test]
fn a_new_scorecard_is_a_draft_with_one_empty_round() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 1.0), ("B", 1.0)])).unwrap();
    let card = start(&ws.book, &cy, &rubric, "Mo");
    assert_eq!(card.status, ScorecardStatus::Draft);
    assert_eq!(card.rounds.len(), 1);
    assert_eq!(card.total, Total { share: None, scored: 0, missing: 2 });
    assert_eq!(card.scored_on.to_string(), "2026-11-20");
    assert_eq!(card.person_name, "Cy");
}

#[test]
fn the_assessor_defaults_to_the_name_in_settings() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 1.0)])).unwrap();
    let input = NewScorecard { person_id: cy.id.clone(), rubric_id: rubric.id.clone(), assessor: None, scored_on: None };
    let err = ws.book.start_scorecard(&input).unwrap_err();
    assert_eq!(err.field(), Some("assessor"));
    ws.book.update_settings(&SettingsInput { assessor_name: Some(" Dana ".into()) }).unwrap();
    assert_eq!(ws.book.start_scorecard(&input).unwrap().assessor, "Dana");
}

#[test]
fn scores_outside_the_criterion_scale_are_refused_and_change_nothing() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 1.0)])).unwrap();
    let card = start(&ws.book, &ada, &rubric, "Mo");
    let criterion = card.rubric.criteria[0].id.clone();
    for bad in [0, 6] {
        let err = ws
            .book
            .set_score(&card.id, &ScoreInput { round: 1, criterion_id: criterion.clone(), score: Some(bad), note: String::new() })
            .unwrap_err();
        assert_eq!((err.kind(), err.field()), (ErrorKind::Invalid, Some("score")), "{bad}");
    }
    let err = ws
        .book
        .set_score(&card.id, &ScoreInput { round: 2, criterion_id: criterion.clone(), score: Some(3), note: String::new() })
        .unwrap_err();
    assert_eq!(err.field(), Some("round"));
    let other = ws.book.create_rubric(&rubric_draft("Other", &[("Z", 1.0)])).unwrap();
    let err = ws
        .book
        .set_score(&card.id, &ScoreInput { round: 1, criterion_id: other.criteria[0].id.clone(), score: Some(3), note: String::new() })
        .unwrap_err();
    assert_eq!(err.field(), Some("criterionId"));
    assert_eq!(ws.book.get_scorecard(&card.id, Some("Mo")).unwrap().total.scored, 0);
}

#[test]
fn the_total_is_weighted_and_a_cleared_score_is_missing() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 3.0), ("B", 1.0)])).unwrap();
    let card = start(&ws.book, &ada, &rubric, "Mo");
    score(&ws.book, &card, 1, 0, 5);
    let card = score(&ws.book, &card, 1, 1, 1);
    assert!((card.total.share.unwrap() - 0.8).abs() < 1e-9);
    let card = ws
        .book
        .set_score(&card.id, &ScoreInput { round: 1, criterion_id: card.rubric.criteria[1].id.clone(), score: None, note: "not seen".into() })
        .unwrap();
    assert_eq!(card.total, Total { share: Some(1.0), scored: 1, missing: 1 });
    assert_eq!(card.rounds[0].scores[1].note, "not seen");
}

#[test]
fn submitting_locks_the_scorecard_and_amending_keeps_the_original() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 1.0), ("B", 1.0)])).unwrap();
    let card = start(&ws.book, &cy, &rubric, "Mo");

    assert_eq!(ws.book.submit_scorecard(&card.id).unwrap_err().field(), Some("scores"));
    let card = score(&ws.book, &card, 1, 0, 3);
    assert_eq!(ws.book.submit_scorecard(&card.id).unwrap_err().field(), Some("recommendation"));
    recommend(&ws.book, &card, Recommendation::Yes);
    let submitted = ws.book.submit_scorecard(&card.id).unwrap();
    assert_eq!(submitted.status, ScorecardStatus::Submitted);
    assert!(submitted.submitted_at.is_some());

    // Locked: no direct edits.
    let input = ScoreInput { round: 1, criterion_id: card.rubric.criteria[0].id.clone(), score: Some(5), note: String::new() };
    assert_eq!(ws.book.set_score(&card.id, &input).unwrap_err().kind(), ErrorKind::Conflict);
    assert_eq!(ws.book.add_round(&card.id, "again").unwrap_err().kind(), ErrorKind::Conflict);

    // Amending needs a reason, then keeps the original.
    let amendment = AmendmentInput {
        reason: " ".into(),
        scores: vec![input.clone()],
        recommendation: Some(Recommendation::StrongYes),
        takeaways: "Revisited after the reference call.".into(),
    };
    assert_eq!(ws.book.amend_scorecard(&card.id, &amendment).unwrap_err().field(), Some("reason"));
    let amended = ws
        .book
        .amend_scorecard(&card.id, &AmendmentInput { reason: "Reference call confirmed the numbers.".into(), ..amendment })
        .unwrap();
    assert_eq!(amended.rounds[0].scores[0].score, Some(5));
    assert_eq!(amended.recommendation, Some(Recommendation::StrongYes));
    assert_eq!(amended.status, ScorecardStatus::Submitted);
    assert_eq!(amended.amendments.len(), 1);
    let original = &amended.amendments[0];
    assert_eq!(original.reason, "Reference call confirmed the numbers.");
    assert_eq!(original.previous.rounds[0].scores[0].score, Some(3));
    assert_eq!(original.previous.recommendation, Some(Recommendation::Yes));
    assert_eq!(original.previous.takeaways, "Strong close.");
}

#[test]
fn a_bad_score_in_an_amendment_changes_nothing() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 1.0), ("B", 1.0)])).unwrap();
    let card = start(&ws.book, &ada, &rubric, "Mo");
    let card = score(&ws.book, &card, 1, 0, 3);
    ws.book.submit_scorecard(&card.id).unwrap();
    let scores = vec![
        ScoreInput { round: 1, criterion_id: card.rubric.criteria[0].id.clone(), score: Some(4), note: String::new() },
        ScoreInput { round: 1, criterion_id: card.rubric.criteria[1].id.clone(), score: Some(9), note: String::new() },
    ];
    let err = ws
        .book
        .amend_scorecard(&card.id, &AmendmentInput { reason: "typo".into(), scores, recommendation: None, takeaways: String::new() })
        .unwrap_err();
    assert_eq!(err.field(), Some("score"));
    let after = ws.book.get_scorecard(&card.id, None).unwrap();
    assert_eq!(after.rounds[0].scores[0].score, Some(3));
    assert!(after.amendments.is_empty());
}

#[test]
fn rounds_keep_their_scores_and_coaching_and_the_change_is_shown() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let role_play = ws.book.get_rubric(&builtin(&ws.book, "On-the-spot role play").id).unwrap();
    let card = start(&ws.book, &cy, &role_play, "Mo");
    score(&ws.book, &card, 1, 1, 2);
    score(&ws.book, &card, 1, 2, 2);
    let card = ws.book.add_round(&card.id, "Ask one more question before you pitch.").unwrap();
    assert_eq!(card.rounds.len(), 2);
    assert_eq!(card.rounds[1].coaching, "Ask one more question before you pitch.");
    score(&ws.book, &card, 2, 1, 3);
    let card = score(&ws.book, &card, 2, 2, 5);

    assert_eq!(card.rounds[0].scores[2].score, Some(2), "round 1 is kept");
    let questions = &card.changes[2];
    assert_eq!((questions.first, questions.last, questions.change), (Some(2), Some(5), Some(3)));
    assert_eq!(card.changes[1].change, Some(1));
    assert_eq!(card.changes[0].change, None, "unscored in both rounds");
    assert_eq!(card.total, card.rounds[1].total, "the scorecard's total is the last round's");

    let card = ws.book.set_round_coaching(&card.id, 2, "Pause after each answer.").unwrap();
    assert_eq!(card.rounds[1].coaching, "Pause after each answer.");
    assert_eq!(ws.book.set_round_coaching(&card.id, 3, "x").unwrap_err().field(), Some("round"));
}

#[test]
fn the_timer_records_the_duration_and_flags_eleven_minutes_on_eight() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let rubric = ws.book.create_rubric(&timed_rubric_draft("Talk", 480)).unwrap();
    let card = start(&ws.book, &cy, &rubric, "Mo");
    let t0 = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();

    let card = ws.book.control_timer_at(&card.id, TimerAction::Start, t0).unwrap();
    assert_eq!(card.timer.running_since, Some(t0));
    let card = ws.book.control_timer_at(&card.id, TimerAction::Pause, t0 + Duration::minutes(5)).unwrap();
    // Ten minutes away from the window while paused count for nothing.
    let card = ws.book.control_timer_at(&card.id, TimerAction::Start, t0 + Duration::minutes(15)).unwrap();
    let card = ws.book.control_timer_at(&card.id, TimerAction::Stop, t0 + Duration::minutes(21)).unwrap();
    assert_eq!(card.timer.duration_ms, Some(11 * 60 * 1000));
    let timing = card.timing.unwrap();
    assert_eq!(timing.verdict, TimingVerdict::FarOver);
    assert_eq!(timing.overtime_seconds, 180.0);

    // It is stored: reopening the scorecard shows the same.
    let again = ws.book.get_scorecard(&card.id, Some("Mo")).unwrap();
    assert_eq!(again.timing.unwrap().verdict, TimingVerdict::FarOver);
}

#[test]
fn submitting_stops_a_running_timer() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.create_rubric(&timed_rubric_draft("Talk", 480)).unwrap();
    let card = start(&ws.book, &ada, &rubric, "Mo");
    let t0 = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
    ws.book.control_timer_at(&card.id, TimerAction::Start, t0).unwrap();
    score(&ws.book, &card, 1, 1, 4);
    let card = ws.book.submit_scorecard_at(&card.id, t0 + Duration::seconds(470)).unwrap();
    assert_eq!(card.timer.duration_ms, Some(470_000));
    assert_eq!(card.timing.unwrap().verdict, TimingVerdict::WithinLimit);
}

#[test]
fn a_duration_timed_elsewhere_can_be_entered() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    let rubric = ws.book.create_rubric(&timed_rubric_draft("Talk", 480)).unwrap();
    let card = start(&ws.book, &ada, &rubric, "Mo");
    let card = ws.book.record_duration(&card.id, Some(545)).unwrap();
    assert_eq!(card.timing.unwrap().verdict, TimingVerdict::Over);
    assert_eq!(ws.book.record_duration(&card.id, Some(100_000)).unwrap_err().field(), Some("duration"));
}

#[test]
fn others_scores_stay_hidden_until_your_own_scorecard_is_submitted() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let rubric = ws.book.create_rubric(&rubric_draft("Pitch", &[("A", 1.0)])).unwrap();
    let mo = start(&ws.book, &cy, &rubric, "Mo");
    let mo = score(&ws.book, &mo, 1, 0, 5);
    recommend(&ws.book, &mo, Recommendation::StrongYes);
    ws.book.submit_scorecard(&mo.id).unwrap();

    let dana = start(&ws.book, &cy, &rubric, "Dana");
    // Dana's own draft is open: Mo's scores are hidden from her.
    let list = ws.book.person_scorecards(&cy.id, Some("Dana")).unwrap();
    assert!(list.hidden_until_submitted);
    let mo_row = list.scorecards.iter().find(|s| s.assessor == "Mo").unwrap();
    assert!(mo_row.hidden);
    assert_eq!((mo_row.total.clone(), mo_row.recommendation), (None, None));
    assert_eq!(ws.book.get_scorecard(&mo.id, Some("dana")).unwrap_err().kind(), ErrorKind::Conflict);
    assert_eq!(ws.book.candidate_overview(&cy.id, Some("Dana")).unwrap().submitted, 0);
    // Dana still sees her own.
    assert!(ws.book.get_scorecard(&dana.id, Some("Dana")).is_ok());
    // Mo, who has submitted, sees everything.
    assert!(!ws.book.person_scorecards(&cy.id, Some("Mo")).unwrap().hidden_until_submitted);

    let dana = score(&ws.book, &dana, 1, 0, 2);
    recommend(&ws.book, &dana, Recommendation::No);
    ws.book.submit_scorecard(&dana.id).unwrap();
    let list = ws.book.person_scorecards(&cy.id, Some("Dana")).unwrap();
    assert!(!list.hidden_until_submitted);
    assert!(list.scorecards.iter().all(|s| !s.hidden && s.total.is_some()));
    assert!(ws.book.get_scorecard(&mo.id, Some("Dana")).is_ok());
}

#[test]
fn coachability_sits_beside_the_change_between_the_first_and_last_round() {
    let ws = TestWorkspace::new();
    let cy = add_candidate(&ws.book, "Cy", "AE");
    let role_play = ws.book.get_rubric(&builtin(&ws.book, "On-the-spot role play").id).unwrap();
    let coachability = role_play.criteria.iter().position(|c| c.tag == Some(coachbook::rubrics::CriterionTag::Coachability)).unwrap();
    let card = start(&ws.book, &cy, &role_play, "Mo");
    score(&ws.book, &card, 1, 1, 2);
    let card = score(&ws.book, &card, 1, 2, 3);
    assert_eq!(card.coachability, None, "one round: no evidence yet");

    let card = ws.book.add_round(&card.id, "Slow down.").unwrap();
    score(&ws.book, &card, 2, 1, 2);
    let card = score(&ws.book, &card, 2, 2, 3);
    let unchanged = card.coachability.clone().unwrap();
    assert_eq!(unchanged.criterion_id, card.rubric.criteria[coachability].id);
    assert_eq!((unchanged.change, unchanged.compared, unchanged.verdict), (0, 2, CoachabilityVerdict::Unchanged));

    let card = score(&ws.book, &card, 2, 2, 1);
    assert_eq!(card.coachability.as_ref().unwrap().verdict, CoachabilityVerdict::Worse);
    assert_eq!(card.coachability.as_ref().unwrap().change, -2);
    // The coachability score itself is the assessor's call and does not count as evidence.
    score(&ws.book, &card, 1, coachability, 1);
    let card = score(&ws.book, &card, 2, coachability, 5);
    assert_eq!(card.coachability.as_ref().unwrap().change, -2);
    let card = score(&ws.book, &card, 2, 1, 5);
    assert_eq!(card.coachability.unwrap().verdict, CoachabilityVerdict::Improved);
}
