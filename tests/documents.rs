//! Documents as PDF, read back with pdftotext (poppler-utils): what must be in
//! each, and what must never be (private notes, unshared feedback, drafts,
//! scorecards the blind-scoring rule hides from the viewer).

mod common;

use chrono::{Days, NaiveDate};
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::goals::GoalInput;
use coachbook::kare::{AccountInput, KareCategory};
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::{NewActionItem, Owner, Visibility};
use coachbook::people::{Person, PersonFields, Role};
use coachbook::plans::{ActivityDraft, ActivityKind, ActualInput, Period, PlanDraft};
use coachbook::rubrics::Rubric;
use coachbook::scorecards::*;
use coachbook::settings::SettingsInput;
use coachbook::{Coachbook, DocumentRequest, ErrorKind};
use common::*;

const TODAY: &str = "2026-12-05";

fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

/// The PDF's text as pdftotext lays it out, pages split on form feeds.
fn text_of(pdf: &[u8]) -> String {
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by .ci/setup --test");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Text with runs of spaces folded, so a phrase that wraps or sits in a table cell still matches.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn make(book: &Coachbook, request: DocumentRequest, viewer: Option<&str>) -> String {
    let doc = book.make_document(&request, viewer, today()).unwrap();
    assert!(doc.file_name.ends_with(".pdf"));
    text_of(&doc.bytes)
}

fn signed(book: &Coachbook) {
    book.update_settings(&SettingsInput { assessor_name: Some("Mia Chen".into()) }).unwrap();
}

fn pitch_rubric(book: &Coachbook) -> Rubric {
    let mut draft = timed_rubric_draft("Eight-minute pitch", 480);
    draft.description = Some("Present the product to a sceptical buyer; stop at eight minutes.".into());
    draft.criteria[1].description = Some("Is the story easy to follow?".into());
    book.create_rubric(&draft).unwrap()
}

fn score_all(book: &Coachbook, card: &Scorecard, round: u32, score: u32) {
    for c in &card.rubric.criteria {
        book.set_score(&card.id, &ScoreInput { round, criterion_id: c.id.clone(), score: Some(score), note: String::new() }).unwrap();
    }
}

fn details(book: &Coachbook, card: &Scorecard, assessor: &str, takeaways: &str, recommendation: Recommendation) {
    book.update_scorecard(
        &card.id,
        &ScorecardDetails {
            assessor: assessor.into(),
            scored_on: "2026-11-20".into(),
            recommendation: Some(recommendation),
            takeaways: takeaways.into(),
            material: String::new(),
        },
    )
    .unwrap();
}

fn submitted(book: &Coachbook, person: &Person, rubric: &Rubric, assessor: &str, score: u32, takeaways: &str) -> Scorecard {
    let card = start(book, person, rubric, assessor);
    score_all(book, &card, 1, score);
    details(book, &card, assessor, takeaways, Recommendation::Yes);
    book.submit_scorecard(&card.id).unwrap()
}

#[test]
fn the_interview_kit_prints_every_criterion_level_and_the_time_limit_with_page_numbers() {
    let ws = TestWorkspace::new();
    signed(&ws.book);
    let rubric = pitch_rubric(&ws.book);
    let text = make(&ws.book, DocumentRequest::InterviewKit { rubric_ids: vec![rubric.id.clone()], candidate_id: None }, None);
    let flat_text = flat(&text);
    for expected in ["Interview kit: Eight-minute pitch", "Present the product to a sceptical buyer", "Time limit 8:00 minutes", "Is the story easy to follow?", "weight 1 (50%)", "Strong yes", "Key takeaways"] {
        assert!(flat_text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    for criterion in &rubric.criteria {
        for anchor in &criterion.anchors {
            assert!(flat_text.contains(anchor.as_str()), "missing anchor {anchor:?}");
        }
    }
    let pages = text.matches("Page ").count();
    assert!(pages >= 1 && flat_text.contains(&format!("Page 1 of {pages}")), "page numbers: {pages}");
    assert!(flat_text.contains("Prepared by Mia Chen · 5 Dec 2026"), "owner and date in the footer");

    // For a candidate: their name, and every exercise they have a scorecard on.
    let cy = add_candidate(&ws.book, "Cy Young", "Account Executive");
    let email = ws.book.create_rubric(&rubric_draft("Follow-up email", &[("Voice", 1.0)])).unwrap();
    start(&ws.book, &cy, &rubric, "Mia Chen");
    start(&ws.book, &cy, &email, "Mia Chen");
    let text = flat(&make(&ws.book, DocumentRequest::InterviewKit { rubric_ids: vec![], candidate_id: Some(cy.id.clone()) }, None));
    assert!(text.contains("Candidate: Cy Young · Account Executive"), "{text}");
    assert!(text.contains("Exercises planned: Eight-minute pitch, Follow-up email"), "{text}");
    assert!(text.contains("Interview kit: Follow-up email"));
}

#[test]
fn a_kit_needs_an_exercise_and_unknown_ids_are_named() {
    let ws = TestWorkspace::new();
    let err = ws.book.make_document(&DocumentRequest::InterviewKit { rubric_ids: vec![], candidate_id: None }, None, today()).unwrap_err();
    assert_eq!((err.kind(), err.field()), (ErrorKind::Invalid, Some("rubricIds")));
    let ghost = add_rep(&ws.book, "Ghost");
    let err = ws.book.make_document(&DocumentRequest::MeetingRecap { meeting_id: coachbook::MeetingId::new() }, None, today()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let err = ws.book.make_document(&DocumentRequest::Comparison { opening: "  ".into() }, None, today()).unwrap_err();
    assert_eq!(err.field(), Some("opening"));
    ws.book.delete_person(&ghost.id).unwrap();
    let err = ws.book.make_document(&DocumentRequest::Review { person_id: ghost.id }, None, today()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

#[test]
fn the_candidate_packet_has_every_submitted_scorecard_and_no_draft() {
    let ws = TestWorkspace::new();
    signed(&ws.book);
    let book = &ws.book;
    let rubric = pitch_rubric(book);
    let cy = add_candidate(book, "Cy Young", "Account Executive");
    // Mo's card: two rounds (3 then 5) and eight minutes fifty on the timer.
    let mo = start(book, &cy, &rubric, "Mo");
    score_all(book, &mo, 1, 3);
    book.record_duration(&mo.id, Some(530)).unwrap();
    book.add_round(&mo.id, "Slow down and ask one question").unwrap();
    score_all(book, &mo, 2, 5);
    details(book, &mo, "Mo", "Took coaching at once", Recommendation::StrongYes);
    book.submit_scorecard(&mo.id).unwrap();
    submitted(book, &cy, &rubric, "Mia Chen", 1, "Lost the room after minute six");
    // A third assessor's draft never appears.
    let draft = start(book, &cy, &rubric, "Lee");
    score_all(book, &draft, 1, 2);
    details(book, &draft, "Lee", "DRAFT THOUGHTS not ready", Recommendation::No);
    // A rep scored on the same exercise makes the team average.
    let ada = add_rep(book, "Ada");
    submitted(book, &ada, &rubric, "Mia Chen", 4, "Team benchmark");

    let text = make(book, DocumentRequest::CandidatePacket { candidate_id: cy.id.clone() }, Some("Mia Chen"));
    let f = flat(&text);
    for expected in [
        "Candidate packet: Cy Young",
        "Opening: Account Executive",
        "Submitted scorecards 2",
        "1 strong yes, 1 yes",
        "Exercise: Eight-minute pitch",
        "Assessors disagree on: Followed the directions, Clarity.",
        "8:50 of 8:00 · over by 0:50",
        "Rounds 2",
        "Coaching before round 2: Slow down and ask one question",
        "+2",
        "Took coaching at once",
        "Lost the room after minute six",
        "Strength profile against the team",
        "Team average",
    ] {
        assert!(f.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(!f.contains("DRAFT THOUGHTS"), "a draft reached the packet");
    assert!(!f.contains("Lee"), "the draft's assessor reached the packet");
    assert!(!f.contains("Team benchmark"), "the rep's own scorecard is not the candidate's");

    // Lee has not submitted: blind scoring hides the panel's cards from Lee's packet.
    let blind = flat(&make(book, DocumentRequest::CandidatePacket { candidate_id: cy.id.clone() }, Some("Lee")));
    assert!(!blind.contains("Took coaching at once") && !blind.contains("Lost the room"), "{blind}");
    assert!(blind.contains("hidden until you submit your own"));
}

#[test]
fn the_comparison_ranks_an_openings_candidates_with_their_takeaways() {
    let ws = TestWorkspace::new();
    let book = &ws.book;
    let rubric = pitch_rubric(book);
    let low = add_candidate(book, "Lou Low", "SDR");
    let high = add_candidate(book, "Hana High", "SDR");
    add_candidate(book, "Other Opening", "Manager");
    submitted(book, &low, &rubric, "Mo", 2, "Rambled");
    submitted(book, &high, &rubric, "Mo", 5, "Crisp and warm");
    let text = make(book, DocumentRequest::Comparison { opening: "SDR".into() }, Some("Mo"));
    let f = flat(&text);
    assert!(f.contains("Candidates for SDR"));
    let (h, l) = (f.find("Hana High").unwrap(), f.find("Lou Low").unwrap());
    assert!(h < l, "ranked best first:\n{text}");
    assert!(f.contains("Eight-minute pitch (Mo): Crisp and warm"), "{text}");
    assert!(f.contains("Crisp and warm") && f.contains("Rambled"));
    assert!(!f.contains("Other Opening"));
}

#[test]
fn the_meeting_recap_has_shared_notes_and_actions_but_never_a_private_note() {
    let ws = TestWorkspace::new();
    signed(&ws.book);
    let book = &ws.book;
    let ada = add_rep(book, "Ada Lovelace");
    let m = book.hold_meeting(&ada.id, Some("2026-11-30")).unwrap();
    book.save_meeting_note(&m.notes[0].id, "Closed the Acme renewal early.", Visibility::Shared).unwrap();
    book.save_meeting_note(&m.notes[1].id, "PRIVATE-NOTE worried about burnout", Visibility::Private).unwrap();
    book.add_action_item(&m.id, &NewActionItem { text: "Send the pricing deck".into(), owner: Owner::Rep, due_on: Some("2026-12-04".into()) }).unwrap();
    book.add_action_item(&m.id, &NewActionItem { text: "Book the product training".into(), owner: Owner::Manager, due_on: None }).unwrap();
    let doc = book.make_document(&DocumentRequest::MeetingRecap { meeting_id: m.id.clone() }, None, today()).unwrap();
    assert_eq!(doc.file_name, "Recap Ada Lovelace 2026-11-30.pdf");
    let text = text_of(&doc.bytes);
    let f = flat(&text);
    for expected in ["One-on-one with Ada Lovelace, 30 Nov 2026", "Closed the Acme renewal early.", "Send the pricing deck", "4 Dec 2026", "Book the product training", "Mia Chen"] {
        assert!(f.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(!f.contains("PRIVATE-NOTE") && !f.contains("burnout"), "a private note reached the recap");
}

#[test]
fn the_reps_review_has_goal_plan_kpi_chart_and_shared_items_only() {
    let ws = TestWorkspace::new();
    let book = &ws.book;
    let fields = PersonFields { name: "Ada Lovelace".into(), notes: Some("RECORD-NOTE manager's own".into()), ..PersonFields::default() };
    let ada = book.create_person(Role::Rep, &fields).unwrap();
    book.save_goal_on(
        &ada.id,
        &GoalInput {
            purpose: "A deposit on a flat near my sister".into(),
            target_date: Some("2027-05-24".into()),
            income_needed: Some(30_000.0),
            average_deal_value: Some(20_000.0),
            commission_rate: Some(0.10),
            outreach_to_conversation: Some(0.20),
            conversation_to_meeting: Some(0.25),
            meeting_to_opportunity: Some(0.50),
            opportunity_to_deal: Some(0.25),
            started_on: None,
            earned_to_date: None,
        },
        today(),
    )
    .unwrap();
    let activity = ActivityDraft { kind: ActivityKind::Calls, name: None, target: 10.0, period: Period::Day };
    book.save_plan(&ada.id, &PlanDraft { note: None, activities: vec![activity] }).unwrap();
    book.agree_plan(&ada.id).unwrap();
    book.record_actuals(&ada.id, "2026-11-30", &[ActualInput { activity: "Calls".into(), value: Some(37.0) }]).unwrap();
    let kpi = book.create_kpi(&ada.id, &KpiInput { name: "Conversations".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None }).unwrap();
    let this_week: NaiveDate = "2026-11-30".parse().unwrap();
    for back in 4..16 {
        book.record_kpi_value(&kpi.id, &(this_week - Days::new(back * 7)).to_string(), Some(50.0)).unwrap();
    }
    for back in 0..4 {
        book.record_kpi_value(&kpi.id, &(this_week - Days::new(back * 7)).to_string(), Some(30.0)).unwrap();
    }
    book.add_account(&ada.id, &AccountInput { name: "Acme".into(), note: None, category: KareCategory::Keep }).unwrap();
    let m = book.hold_meeting(&ada.id, Some("2026-11-30")).unwrap();
    book.save_meeting_note(&m.notes[0].id, "SHARED-NOTE a great month", Visibility::Shared).unwrap();
    book.save_meeting_note(&m.notes[1].id, "PRIVATE-NOTE thinking of leaving", Visibility::Private).unwrap();
    book.add_action_item(&m.id, &NewActionItem { text: "Shadow a demo".into(), owner: Owner::Rep, due_on: Some("2026-12-11".into()) }).unwrap();
    let feedback = |behaviour: &str, shared| FeedbackInput {
        person_id: ada.id.clone(),
        given_on: Some("2026-12-01".into()),
        polarity: Polarity::Positive,
        situation: None,
        behaviour: behaviour.into(),
        result: None,
        tags: vec!["discovery".into()],
        shared,
    };
    book.log_feedback(&feedback("SHARED-PRAISE asked great questions", true)).unwrap();
    book.log_feedback(&feedback("UNSHARED-FEEDBACK not yet said", false)).unwrap();

    let doc = book.make_document(&DocumentRequest::Review { person_id: ada.id.clone() }, None, today()).unwrap();
    let text = text_of(&doc.bytes);
    let f = flat(&text);
    for expected in [
        "Review: Ada Lovelace",
        "A deposit on a flat near my sister",
        "Reverse funnel",
        "Plan against actuals",
        "37",
        "Conversations · weekly target 50",
        "Storm warning",
        "target 50",
        "Acme",
        "Shadow a demo",
        "SHARED-NOTE a great month",
        "SHARED-PRAISE asked great questions",
    ] {
        assert!(f.contains(expected), "missing {expected:?} in:\n{text}");
    }
    for secret in ["PRIVATE-NOTE", "leaving", "UNSHARED-FEEDBACK", "RECORD-NOTE"] {
        assert!(!f.contains(secret), "{secret} reached the rep's review");
    }
}
