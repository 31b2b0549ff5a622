//! The exchange tests' workspace: fixed time, and a row in every table a full export holds.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use coachbook::feedback::{FeedbackInput, Polarity};
use coachbook::goals::GoalInput;
use coachbook::kare::{AccountInput, KareCategory, KareSplit, Shares};
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::*;
use coachbook::people::{PeopleList, PeopleQuery, Person, PersonFields, Role};
use coachbook::plans::{ActivityDraft, ActivityKind, ActualInput, Period, PlanDraft};
use coachbook::scorecards::*;
use coachbook::search::SearchQuery;
use coachbook::settings::SettingsInput;
use coachbook::skills::{AttitudeInput, Judgement, SkillInput, SkillStatus};
use coachbook::{Coachbook, FixedClock};
use super::*;

pub fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

/// A workspace at a fixed moment, in its own folder.
pub fn workspace(dir: &Path, name: &str) -> Coachbook {
    let clock = Arc::new(FixedClock::at(at("2026-11-20T09:00:00Z")));
    Coachbook::open_with_clock(dir.join(format!("{name}.sqlite3")), clock).unwrap()
}

pub fn people(book: &Coachbook, list: PeopleList) -> Vec<String> {
    let mut names: Vec<String> = book.list_people(&PeopleQuery::new(list)).unwrap().items.into_iter().map(|p| p.name).collect();
    let archived = PeopleQuery { archived: true, ..PeopleQuery::new(list) };
    names.extend(book.list_people(&archived).unwrap().items.into_iter().map(|p| p.name));
    names
}

pub fn found(book: &Coachbook, text: &str) -> usize {
    book.search(&SearchQuery { text: text.into(), person_id: None, include_private: true, limit: None }).unwrap().len()
}

pub fn note(book: &Coachbook, meeting: &Meeting, title: &str, body: &str, visibility: Visibility) {
    let id = &meeting.notes.iter().find(|n| n.title == title).unwrap().id;
    book.save_meeting_note(id, body, visibility).unwrap();
}

pub fn score_and_submit(book: &Coachbook, card: &Scorecard, score: u32) {
    for c in &card.rubric.criteria {
        book.set_score(&card.id, &ScoreInput { round: 1, criterion_id: c.id.clone(), score: Some(score), note: "seen".into() }).unwrap();
    }
    let details = ScorecardDetails {
        assessor: card.assessor.clone(),
        scored_on: "2026-11-19".into(),
        recommendation: Some(Recommendation::Yes),
        takeaways: "Prepared".into(),
        material: "=HYPERLINK(\"http://x\")".into(),
    };
    book.update_scorecard(&card.id, &details).unwrap();
    book.submit_scorecard(&card.id).unwrap();
}

/// A workspace with a row in every table a full export holds.
pub fn filled(book: &Coachbook) -> (Person, Person) {
    book.update_settings(&SettingsInput { assessor_name: Some("Mia Manager".into()) }).unwrap();
    let ada = book
        .create_person(Role::Rep, &PersonFields { name: "Ada Lovelace".into(), email: Some("ada@example.com".into()), ..Default::default() })
        .unwrap();
    let agenda = book
        .create_template(&TemplateDraft {
            name: "Short agenda".into(),
            sections: vec![
                SectionDraft { title: "Wins".into(), prompt: None, default_visibility: Visibility::Shared },
                SectionDraft { title: "Will".into(), prompt: Some("How is it going?".into()), default_visibility: Visibility::Private },
            ],
        })
        .unwrap();
    book.set_one_on_one_setup(&ada.id, &SetupInput { cadence: Some(Cadence::Weekly), cadence_since: Some("2026-10-01".into()), template_id: Some(agenda.id) })
        .unwrap();
    let meeting = book.hold_meeting(&ada.id, Some("2026-11-16")).unwrap();
    note(book, &meeting, "Wins", "Closed the Hopper renewal", Visibility::Shared);
    note(book, &meeting, "Will", "Worried about quota zanzibar", Visibility::Private);
    let item = book.add_action_item(&meeting.id, &NewActionItem { text: "Send the deck".into(), owner: Owner::Rep, due_on: Some("2026-11-20".into()) }).unwrap();
    let later = book.hold_meeting(&ada.id, Some("2026-11-19")).unwrap();
    book.add_action_item(&later.id, &NewActionItem { text: "=cmd|' /C calc'!A0".into(), owner: Owner::Manager, due_on: None }).unwrap();
    book.set_action_item_done(&item.id, true, Some(&later.id)).unwrap();
    let open = book.add_action_item(&later.id, &NewActionItem { text: "Book the review".into(), owner: Owner::Manager, due_on: Some("2026-11-20".into()) }).unwrap();
    let _ = open;
    for (polarity, behaviour, shared) in [(Polarity::Positive, "Asked for the referral", true), (Polarity::Constructive, "Talked over the buyer", false)] {
        book.log_feedback(&FeedbackInput {
            person_id: ada.id.clone(),
            given_on: Some("2026-11-18".into()),
            polarity,
            situation: Some("Discovery call".into()),
            behaviour: behaviour.into(),
            result: Some("Meeting booked".into()),
            tags: vec!["listening".into()],
            shared,
        })
        .unwrap();
    }
    let gone = book
        .log_feedback(&FeedbackInput {
            person_id: ada.id.clone(),
            given_on: Some("2026-11-18".into()),
            polarity: Polarity::Positive,
            situation: None,
            behaviour: "Deleted entry xylophone".into(),
            result: None,
            tags: vec![],
            shared: true,
        })
        .unwrap();
    book.delete_feedback(&gone.id).unwrap();
    book.save_goal(&ada.id, &GoalInput {
        purpose: "A house".into(),
        target_date: Some("2027-06-30".into()),
        income_needed: Some(20_000.0),
        average_deal_value: Some(5_000.0),
        commission_rate: Some(0.1),
        outreach_to_conversation: Some(0.2),
        conversation_to_meeting: Some(0.3),
        meeting_to_opportunity: Some(0.5),
        opportunity_to_deal: Some(0.25),
        started_on: Some("2026-10-01".into()),
        earned_to_date: Some(1_000.0),
    })
    .unwrap();
    let plan = PlanDraft {
        note: Some("First plan".into()),
        activities: vec![
            ActivityDraft { kind: ActivityKind::Calls, name: None, target: 20.0, period: Period::Day },
            ActivityDraft { kind: ActivityKind::ReferralAsks, name: None, target: 3.0, period: Period::Week },
        ],
    };
    book.save_plan(&ada.id, &plan).unwrap();
    book.agree_plan(&ada.id).unwrap();
    book.save_plan(&ada.id, &plan).unwrap(); // a draft on top of the agreed version
    book.record_actuals(&ada.id, "2026-11-18", &[ActualInput { activity: "Calls".into(), value: Some(95.0) }]).unwrap();
    let kpi = book
        .create_kpi(&ada.id, &KpiInput { name: "Meetings booked".into(), unit: Some("meetings".into()), kind: KpiKind::Count, weekly_target: 5.0, warn_drop: None })
        .unwrap();
    book.record_kpi_value(&kpi.id, "2026-11-17", Some(4.0)).unwrap();
    book.record_kpi_value(&kpi.id, "2026-11-10", Some(6.0)).unwrap();
    book.add_account(&ada.id, &AccountInput { name: "Hopper & Co".into(), note: Some("Renewal in March".into()), category: KareCategory::Keep }).unwrap();
    let dropped = book.add_account(&ada.id, &AccountInput { name: "Gone Ltd".into(), note: None, category: KareCategory::Attain }).unwrap();
    book.delete_account(&dropped.id).unwrap();
    let quarter = Shares { keep: 25, attain: 25, recapture: 25, expand: 25 };
    book.set_kare_split(&ada.id, &KareSplit { time: quarter, income: quarter }).unwrap();
    book.set_skill(&ada.id, &SkillInput { name: "Asking for referrals".into(), status: SkillStatus::Trained, note: None }).unwrap();
    book.record_attitude(&ada.id, &AttitudeInput { assessed_on: None, willing: Judgement::Yes, able: Judgement::Unsure, facts: "Keen, new to it".into() })
        .unwrap();

    let cy = add_candidate(book, "Cy Candidate", "Account executive");
    let rubric = builtin(book, "Eight-minute presentation");
    let card = book
        .start_scorecard(&NewScorecard { person_id: cy.id.clone(), rubric_id: rubric.id.clone(), assessor: None, scored_on: Some("2026-11-19".into()) })
        .unwrap();
    score_and_submit(book, &card, 4);
    let criterion = card.rubric.criteria[0].id.clone();
    book.amend_scorecard(&card.id, &AmendmentInput {
        reason: "Watched the recording".into(),
        scores: vec![ScoreInput { round: 1, criterion_id: criterion, score: Some(5), note: "On time".into() }],
        recommendation: Some(Recommendation::StrongYes),
        takeaways: "Strong".into(),
    })
    .unwrap();
    let email = builtin(book, "Short written email");
    book.reveal_panel_scores(&cy.id, &email.id, Some("Lee Lead")).unwrap();
    let custom = book.create_rubric(&rubric_draft("Discovery role play", &[("Questions", 1.0), ("Listening", 2.0)])).unwrap();
    let _ = custom;
    assert!(!book.take_reminders(at("2026-11-20T09:00:00Z").date_naive()).unwrap().is_empty());
    (ada, cy)
}

