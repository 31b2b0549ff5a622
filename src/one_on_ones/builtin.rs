//! The default one-on-one agenda, written in our own words. Added once per
//! workspace; the manager can edit it or make others.

use super::templates::{insert_template, DEFAULT_KEY};
use super::types::Visibility;
use crate::error::Result;
use crate::workspace::Write;

pub(crate) fn default_sections() -> Vec<(&'static str, &'static str, Visibility)> {
    use Visibility::{Private, Shared};
    vec![
        ("Wins", "What went well since we last met, and what did you do that made it happen?", Shared),
        ("Will", "How are your energy and motivation this week? What is getting in the way?", Private),
        ("Skill", "Which one skill will you work on before we next meet, and how will you practise it?", Shared),
        ("Personal goal", "How are you tracking towards what you want the money for?", Shared),
        ("Plan and KPIs", "How do this week's leading indicators compare with your plan?", Shared),
        ("Account priorities (KARE)", "Which accounts will you keep, attain, recapture or expand this week?", Shared),
        ("Action items", "What will each of us do before we next meet?", Shared),
    ]
}

/// Adds the default agenda if this workspace does not have it yet.
pub(crate) fn seed_default_template(conn: &Write<'_>) -> Result<()> {
    let present = conn.prepare("SELECT 1 FROM agenda_templates WHERE builtin_key = ?1")?.exists([DEFAULT_KEY])?;
    if !present {
        let sections = default_sections()
            .into_iter()
            .map(|(title, prompt, visibility)| (title.to_owned(), prompt.to_owned(), visibility))
            .collect::<Vec<_>>();
        insert_template(conn, "Weekly one-on-one", &sections, Some(DEFAULT_KEY))?;
    }
    Ok(())
}
