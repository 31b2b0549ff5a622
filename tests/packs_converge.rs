//! Any interleaving of a manager's and a rep's edits and syncs ends with
//! both workspaces agreeing on what they share.

mod common;

use chrono::{Days, NaiveDate};
use coachbook::kpis::{KpiInput, KpiKind};
use coachbook::one_on_ones::*;
use coachbook::{Coachbook, PersonId};
use common::packs::*;

mod converge {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Step {
        ManagerAddsItem(u8),
        ManagerEditsItem(usize, u8),
        RepEditsItem(usize, u8),
        RepTicksItem(usize, bool),
        RepRecordsKpi(u8, u8),
        ManagerNote(u8, bool),
        ManagerSyncs,
        RepSyncs,
        Tick(u8, u8),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            any::<u8>().prop_map(Step::ManagerAddsItem),
            (0..4usize, any::<u8>()).prop_map(|(i, t)| Step::ManagerEditsItem(i, t)),
            (0..4usize, any::<u8>()).prop_map(|(i, t)| Step::RepEditsItem(i, t)),
            (0..4usize, any::<bool>()).prop_map(|(i, d)| Step::RepTicksItem(i, d)),
            (0..6u8, any::<u8>()).prop_map(|(w, v)| Step::RepRecordsKpi(w, v)),
            (any::<u8>(), any::<bool>()).prop_map(|(t, s)| Step::ManagerNote(t, s)),
            Just(Step::ManagerSyncs),
            Just(Step::RepSyncs),
            (0..3u8, 0..3u8).prop_map(|(a, b)| Step::Tick(a, b)),
        ]
    }

    /// What both sides must agree on once every pack has been opened.
    fn shared_state(book: &Coachbook, ada: &PersonId, kpi: &coachbook::KpiId) -> (Vec<(String, String, bool)>, Vec<(String, Option<f64>)>, Vec<String>) {
        let mut items: Vec<(String, String, bool)> = book
            .list_meetings(ada)
            .unwrap()
            .iter()
            .flat_map(|m| book.get_meeting(&m.id, true).unwrap().actions)
            .map(|a| (a.id.to_string(), a.text, a.done_at.is_some()))
            .collect();
        items.sort();
        let values = book
            .kpi_series(ada, 8, "2026-12-31".parse().unwrap())
            .unwrap()
            .into_iter()
            .filter(|s| &s.kpi.id == kpi)
            .flat_map(|s| s.points.into_iter().map(|p| (p.label, p.value)))
            .collect();
        let mut notes: Vec<String> = book
            .list_meetings(ada)
            .unwrap()
            .iter()
            .flat_map(|m| book.get_meeting(&m.id, false).unwrap().notes)
            .filter(|n| n.visibility == Visibility::Shared)
            .map(|n| n.body)
            .collect();
        notes.sort();
        (items, values, notes)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
        #[test]
        fn random_edits_on_both_sides_exchanged_in_any_order_end_the_same(steps in proptest::collection::vec(step(), 1..30)) {
            let dir = tempfile::tempdir().unwrap();
            let (manager, rep, ada, _) = linked(dir.path());
            let kpi = manager.book.create_kpi(&ada.id, &KpiInput { name: "Calls".into(), unit: None, kind: KpiKind::Count, weekly_target: 50.0, warn_drop: None }).unwrap();
            let meeting = manager.book.hold_meeting(&ada.id, Some("2026-11-02")).unwrap();
            for s in [&rep, &manager, &rep] { s.book.sync_now().unwrap(); }
            let items = |book: &Coachbook| -> Vec<coachbook::ActionItemId> {
                book.get_meeting(&meeting.id, true).map(|m| m.actions.into_iter().map(|a| a.id).collect()).unwrap_or_default()
            };
            let mut now = [at("2026-11-02T10:00:00Z"), at("2026-11-02T10:00:00Z")];
            for s in steps {
                match s {
                    Step::ManagerAddsItem(t) => { manager.book.add_action_item(&meeting.id, &NewActionItem { text: format!("item {t}"), owner: Owner::Rep, due_on: None }).unwrap(); }
                    Step::ManagerEditsItem(i, t) => if let Some(id) = items(&manager.book).get(i) {
                        manager.book.update_action_item(id, &NewActionItem { text: format!("manager {t}"), owner: Owner::Rep, due_on: None }).unwrap();
                    },
                    Step::RepEditsItem(i, t) => if let Some(id) = items(&rep.book).get(i) {
                        rep.book.update_action_item(id, &NewActionItem { text: format!("rep {t}"), owner: Owner::Rep, due_on: None }).unwrap();
                    },
                    Step::RepTicksItem(i, done) => if let Some(id) = items(&rep.book).get(i) {
                        rep.book.set_action_item_done(id, done, None).unwrap();
                    },
                    Step::RepRecordsKpi(week, v) => {
                        let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + Days::new(7 * u64::from(week));
                        rep.book.record_kpi_value(&kpi.id, &day.to_string(), Some(f64::from(v))).unwrap();
                    }
                    Step::ManagerNote(t, shared) => {
                        let visibility = if shared { Visibility::Shared } else { Visibility::Private };
                        note(&manager.book, &meeting, "Wins", &format!("note {t}"), visibility);
                    }
                    Step::ManagerSyncs => { prop_assert!(manager.book.sync_now().unwrap().problems.is_empty()); }
                    Step::RepSyncs => { prop_assert!(rep.book.sync_now().unwrap().problems.is_empty()); }
                    Step::Tick(a, b) => {
                        now[0] += chrono::Duration::seconds(i64::from(a));
                        now[1] += chrono::Duration::seconds(i64::from(b));
                        manager.clock.set(now[0]);
                        rep.clock.set(now[1]);
                    }
                }
            }
            for s in [&manager, &rep, &manager, &rep] {
                prop_assert!(s.book.sync_now().unwrap().problems.is_empty());
            }
            prop_assert_eq!(shared_state(&manager.book, &ada.id, &kpi.id), shared_state(&rep.book, &ada.id, &kpi.id));
        }
    }
}
