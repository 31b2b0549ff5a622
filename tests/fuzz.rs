//! Random input through the create and update calls: no panic, a rejected
//! input names its field and changes nothing, an accepted one reads back as
//! it was saved. (Cases per property: PROPTEST_CASES, 256 by default.)

mod common;

use coachbook::feedback::{FeedbackInput, FeedbackQuery, Polarity};
use coachbook::goals::GoalInput;
use coachbook::kare::{KareSplit, Shares};
use coachbook::people::{PeopleList, PeopleQuery, PersonFields, Role};
use coachbook::plans::ActualInput;
use coachbook::{Coachbook, Error};
use common::*;
use proptest::prelude::*;

/// Text a person (or a bad paste) could produce: letters, spaces, newlines,
/// control characters, direction overrides, zero-width characters, emoji.
fn messy_text(max: usize) -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[a-zA-Z ]{0,12}",
        Just("\n".to_owned()),
        Just("\u{0}".to_owned()),
        Just("\u{202E}".to_owned()),
        Just("\u{200B}".to_owned()),
        Just("\u{FEFF}".to_owned()),
        Just("é🙂".to_owned()),
        Just("  ".to_owned()),
        "\\PC{0,4}",
    ];
    prop::collection::vec(pieces, 0..max).prop_map(|v| v.concat())
}

fn maybe<T: std::fmt::Debug + Clone>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

fn date_text() -> impl Strategy<Value = String> {
    prop_oneof!["[0-9]{4}-[0-9]{2}-[0-9]{2}", "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])", messy_text(3)]
}

fn people_count(book: &Coachbook) -> u32 {
    book.list_people(&PeopleQuery::new(PeopleList::Team)).unwrap().total
}

/// A rejection names the field it is about and is an `Invalid` error.
fn is_a_named_rejection(error: &Error) -> bool {
    matches!(error, Error::Invalid { .. }) && error.field().is_some_and(|f| !f.is_empty())
}

#[test]
fn people_accept_or_refuse_any_text_and_never_half_save() {
    let ws = TestWorkspace::new();
    proptest!(|(name in messy_text(6), email in maybe(messy_text(3)), title in maybe(messy_text(3)), notes in maybe(messy_text(8)), start in maybe(date_text()))| {
            let before = people_count(&ws.book);
        let fields = PersonFields { name: name.clone(), email, title, start_date: start, notes, opening: None };
            match ws.book.create_person(Role::Rep, &fields) {
                Ok(person) => {
                    prop_assert_eq!(&ws.book.get_person(&person.id).unwrap(), &person);
                    prop_assert_eq!(person.name.as_str(), name.trim());
                    let overrides = '\u{202A}'..='\u{202E}';
                    let clean = !person.name.chars().any(|c| c.is_control() || overrides.contains(&c));
                    prop_assert!(clean, "stored name {:?}", person.name);
                    // The same fields again, as an edit: accepted and unchanged.
                    let edited = ws.book.update_person(&person.id, &fields).unwrap();
                    prop_assert_eq!(&edited.name, &person.name);
                }
                Err(error) => {
                    prop_assert!(is_a_named_rejection(&error), "{:?}", error);
                    prop_assert_eq!(people_count(&ws.book), before);
                }
            }
    });
}

#[test]
fn a_rejected_edit_leaves_the_person_as_they_were() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    proptest!(|(name in messy_text(6), notes in maybe(messy_text(8)))| {
            let before = ws.book.get_person(&ada.id).unwrap();
            let edit = PersonFields { name, notes, ..Default::default() };
            if let Err(error) = ws.book.update_person(&ada.id, &edit) {
                prop_assert!(is_a_named_rejection(&error), "{:?}", error);
                prop_assert_eq!(ws.book.get_person(&ada.id).unwrap(), before);
            }
    });
}

#[test]
fn kare_shares_of_any_size_are_checked_not_overflowed() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    proptest!(|(t in prop::array::uniform4(any::<u32>()), i in prop::array::uniform4(0u32..=100))| {
            let shares = |a: [u32; 4]| Shares { keep: a[0], attain: a[1], recapture: a[2], expand: a[3] };
            let split = KareSplit { time: shares(t), income: shares(i) };
        let before = ws.book.kare(&ada.id).unwrap().split;
            let sums = |a: [u32; 4]| a.iter().map(|&x| u64::from(x)).sum::<u64>() == 100;
            match ws.book.set_kare_split(&ada.id, &split) {
                Ok(view) => {
                    prop_assert!(sums(t) && sums(i));
                    prop_assert_eq!(view.split.unwrap(), split);
                }
                Err(error) => {
                    prop_assert!(is_a_named_rejection(&error), "{:?}", error);
                    prop_assert_eq!(ws.book.kare(&ada.id).unwrap().split, before);
                }
            }
    });
}

#[test]
fn weekly_actuals_refuse_bad_names_and_numbers_whole() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    proptest!(|(rows in prop::collection::vec((messy_text(4), maybe(prop_oneof![any::<f64>(), 0.0f64..500.0])), 0..6))| {
            let actuals: Vec<ActualInput> = rows.into_iter().map(|(activity, value)| ActualInput { activity, value }).collect();
            match ws.book.record_actuals(&ada.id, "2026-W47", &actuals) {
                Ok(()) => prop_assert!(actuals.iter().all(|a| !a.activity.trim().is_empty() && a.value.is_none_or(|v| v.is_finite() && v >= 0.0))),
                Err(error) => prop_assert!(is_a_named_rejection(&error), "{:?}", error),
            }
    });
}

#[test]
fn feedback_of_any_text_saves_as_given_or_is_refused() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    proptest!(|(behaviour in messy_text(6), situation in maybe(messy_text(4)), tags in prop::collection::vec(messy_text(2), 0..4), given_on in maybe(date_text()))| {
            let before = ws.book.list_feedback(&FeedbackQuery::for_person(&ada.id)).unwrap().total;
        let input = FeedbackInput { person_id: ada.id.clone(), given_on, polarity: Polarity::Positive, situation, behaviour, result: None, tags, shared: false };
            match ws.book.log_feedback(&input) {
                Ok(entry) => prop_assert_eq!(ws.book.get_feedback(&entry.id).unwrap(), entry),
                Err(error) => {
                    prop_assert!(is_a_named_rejection(&error), "{:?}", error);
                    prop_assert_eq!(ws.book.list_feedback(&FeedbackQuery::for_person(&ada.id)).unwrap().total, before);
                }
            }
    });
}

#[test]
fn goal_numbers_of_any_size_are_checked() {
    let ws = TestWorkspace::new();
    let ada = add_rep(&ws.book, "Ada");
    proptest!(|(income in maybe(any::<f64>()), deal in maybe(any::<f64>()), rate in maybe(any::<f64>()), earned in maybe(any::<f64>()))| {
            let input = GoalInput {
                purpose: "Flat".into(),
                target_date: Some("2030-01-01".into()),
                income_needed: income,
                average_deal_value: deal,
                commission_rate: rate,
                outreach_to_conversation: Some(0.2),
                conversation_to_meeting: Some(0.2),
                meeting_to_opportunity: Some(0.2),
                opportunity_to_deal: Some(0.2),
                started_on: None,
                earned_to_date: earned,
            };
            let before = ws.book.goal(&ada.id, "2026-11-25".parse().unwrap()).unwrap().goal;
            if let Err(error) = ws.book.save_goal(&ada.id, &input) {
                prop_assert!(is_a_named_rejection(&error), "{:?}", error);
                prop_assert_eq!(ws.book.goal(&ada.id, "2026-11-25".parse().unwrap()).unwrap().goal, before);
            }
    });
}
