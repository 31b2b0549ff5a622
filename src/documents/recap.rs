//! The meeting recap for the rep: the shared notes and the action items with
//! owners and due dates. The meeting is read without its private notes, so
//! they cannot reach the recap.

use super::format::{date, optional_date};
use super::layout::{Column, Flow};
use super::Draft;
use crate::error::Result;
use crate::ids::MeetingId;
use crate::one_on_ones::{ActionItem, Owner};
use crate::Coachbook;

pub(super) fn build(book: &Coachbook, meeting: &MeetingId) -> Result<Draft> {
    let meeting = book.get_meeting(meeting, false)?;
    let manager = book.settings()?.assessor_name.filter(|n| !n.trim().is_empty()).unwrap_or_else(|| "Manager".into());
    let title = format!("One-on-one with {}, {}", meeting.person_name, date(meeting.held_on));
    let mut flow = Flow::new();
    flow.title(&title);
    flow.subtitle(&format!("Recap for {} · agenda: {}", meeting.person_name, meeting.template_name));
    flow.heading("What we talked about");
    let notes: Vec<_> = meeting.notes.iter().filter(|n| !n.body.trim().is_empty()).collect();
    if notes.is_empty() {
        flow.muted("No shared notes from this meeting.");
    }
    for note in notes {
        flow.subheading(&note.title);
        flow.paragraph(&note.body);
    }
    let owner = |item: &ActionItem| match item.owner {
        Owner::Rep => meeting.person_name.clone(),
        Owner::Manager => manager.clone(),
    };
    let table = |items: &[ActionItem]| -> Vec<Vec<String>> {
        items
            .iter()
            .map(|i| vec![i.text.clone(), owner(i), optional_date(i.due_on), if i.done_at.is_some() { "Done".into() } else { "Open".into() }])
            .collect()
    };
    let columns = [Column { title: "Action", share: 4.0 }, Column { title: "Owner", share: 1.6 }, Column { title: "Due", share: 1.2 }, Column { title: "Status", share: 0.8 }];
    flow.heading("Action items agreed");
    if meeting.actions.is_empty() {
        flow.muted("No action items were agreed in this meeting.");
    } else {
        flow.table(&columns, &table(&meeting.actions));
    }
    if !meeting.carried.is_empty() {
        flow.heading("Carried from earlier meetings");
        flow.table(&columns, &table(&meeting.carried));
    }
    Ok(Draft { file_stem: format!("Recap {} {}", meeting.person_name, meeting.held_on), title, pages: flow.finish() })
}
