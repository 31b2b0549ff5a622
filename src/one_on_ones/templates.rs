//! Agenda templates, and each rep's one-on-one setup (cadence and agenda).

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::types::*;
use crate::db::time::{self};
use crate::error::{Error, Result};
use crate::ids::{PersonId, SectionId, TemplateId};
use crate::people::ensure_rep;
use crate::validate::{self, field, nested};
use crate::trash::{keep_earlier_version, move_to_trash, Subject, TrashEntry, TrashKind};
use crate::Coachbook;
use crate::workspace::Write;

const MAX_SECTIONS: usize = 20;

type CleanSection = (String, String, Visibility);

fn clean(draft: &TemplateDraft) -> Result<(String, Vec<CleanSection>)> {
    let name = validate::required_line(&field("name", "Name"), &draft.name, 120)?;
    if draft.sections.is_empty() || draft.sections.len() > MAX_SECTIONS {
        return Err(Error::invalid("sections", format!("An agenda needs 1 to {MAX_SECTIONS} sections.")));
    }
    let mut sections = Vec::with_capacity(draft.sections.len());
    for (i, s) in draft.sections.iter().enumerate() {
        let at = |part: &str, label: &str| nested(format!("sections[{i}].{part}"), format!("Section {}: {label}", i + 1));
        let title = validate::required_line(&at("title", "title"), &s.title, 120)?;
        let prompt = validate::notes(&at("prompt", "question"), s.prompt.as_deref().unwrap_or(""), 500)?;
        sections.push((title, prompt, s.default_visibility));
    }
    Ok((name, sections))
}

pub(crate) fn insert_template(tx: &Write<'_>, name: &str, sections: &[CleanSection], builtin: Option<&str>) -> Result<TemplateId> {
    let id = match builtin {
        Some(key) => TemplateId::builtin(&format!("agenda/{key}")),
        None => TemplateId::new(),
    };
    let now = tx.stamp();
    tx.execute(
        "INSERT INTO agenda_templates (id, name, builtin_key, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
        params![id, name, builtin, now],
    )?;
    insert_sections(tx, &id, sections, builtin)?;
    Ok(id)
}

fn insert_sections(conn: &Connection, template: &TemplateId, sections: &[CleanSection], builtin: Option<&str>) -> Result<()> {
    let mut insert = conn.prepare(
        "INSERT INTO agenda_sections (id, template_id, position, title, prompt, default_visibility)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, (title, prompt, visibility)) in sections.iter().enumerate() {
        let id = match builtin {
            Some(key) => SectionId::builtin(&format!("agenda/{key}/s{position}")),
            None => SectionId::new(),
        };
        insert.execute(params![id, template, position as u32, title, prompt, visibility.as_str()])?;
    }
    Ok(())
}

pub(crate) fn load_template(conn: &Connection, id: &TemplateId) -> Result<AgendaTemplate> {
    let mut template = conn
        .query_row(
            "SELECT t.id, t.name, t.builtin_key IS NOT NULL, t.archived_at,
                    (SELECT count(*) FROM people p WHERE p.agenda_template_id = t.id AND p.archived_at IS NULL)
             FROM agenda_templates t WHERE t.id = ?1",
            [id],
            |r| {
                Ok(AgendaTemplate {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    builtin: r.get(2)?,
                    archived_at: time::optional(r.get(3)?),
                    reps: r.get(4)?,
                    sections: Vec::new(),
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found("agenda template", id.as_str()))?;
    let mut statement = conn.prepare_cached(
        "SELECT id, title, prompt, default_visibility FROM agenda_sections WHERE template_id = ?1 ORDER BY position",
    )?;
    template.sections = statement
        .query_map([id], |r| {
            Ok(AgendaSection { id: r.get(0)?, title: r.get(1)?, prompt: r.get(2)?, default_visibility: r.get(3)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(template)
}

/// The key the built-in default agenda is stored under.
pub(crate) const DEFAULT_KEY: &str = "default_one_on_one";

pub(crate) fn default_template_id(conn: &Connection) -> Result<TemplateId> {
    conn.query_row("SELECT id FROM agenda_templates WHERE builtin_key = ?1", [DEFAULT_KEY], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("agenda template", DEFAULT_KEY))
}

/// The agenda a rep's next meeting uses: their own, or the default.
pub(crate) fn template_for(conn: &Connection, person: &PersonId) -> Result<TemplateId> {
    let own: Option<TemplateId> = conn
        .query_row("SELECT agenda_template_id FROM people WHERE id = ?1", [person], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("person", person.as_str()))?;
    match own {
        Some(id) => Ok(id),
        None => default_template_id(conn),
    }
}

impl Coachbook {
    pub fn list_templates(&self, archived: bool) -> Result<Vec<AgendaTemplate>> {
        let conn = self.conn();
        let ids: Vec<TemplateId> = conn
            .prepare(
                "SELECT id FROM agenda_templates WHERE (archived_at IS NOT NULL) = ?1
                 ORDER BY builtin_key IS NULL, lower(name)",
            )?
            .query_map([archived], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| load_template(&conn, id)).collect()
    }

    pub fn get_template(&self, id: &TemplateId) -> Result<AgendaTemplate> {
        load_template(&self.conn(), id)
    }

    pub fn create_template(&self, draft: &TemplateDraft) -> Result<AgendaTemplate> {
        let (name, sections) = clean(draft)?;
        self.write(|tx| {
            let id = insert_template(tx, &name, &sections, None)?;
            load_template(tx, &id)
        })
    }

    /// Replaces a template's sections. Meetings already held keep the copy
    /// they were made with.
    pub fn update_template(&self, id: &TemplateId, draft: &TemplateDraft) -> Result<AgendaTemplate> {
        let (name, sections) = clean(draft)?;
        self.write(|tx| {
            let current = load_template(tx, id)?;
            let subject = Subject { kind: TrashKind::AgendaVersion, title: current.name, person: None, on_date: None };
            keep_earlier_version(tx, subject, "agenda_templates", id.as_str())?;
            tx.execute(
                "UPDATE agenda_templates SET name = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, name, tx.stamp()],
            )?;
            tx.execute("DELETE FROM agenda_sections WHERE template_id = ?1", [id])?;
            insert_sections(tx, id, &sections, None)?;
            load_template(tx, id)
        })
    }

    pub fn archive_template(&self, id: &TemplateId) -> Result<AgendaTemplate> {
        self.write(|tx| {
            let template = load_template(tx, id)?;
            if template.builtin {
                return Err(Error::conflict(None, "The default agenda cannot be archived; edit it instead."));
            }
            if template.reps > 0 {
                return Err(Error::conflict(
                    None,
                    format!("{} rep(s) use this agenda: give them another one first.", template.reps),
                ));
            }
            tx.execute(
                "UPDATE agenda_templates SET archived_at = coalesce(archived_at, ?2) WHERE id = ?1",
                params![id, tx.stamp()],
            )?;
            load_template(tx, id)
        })
    }

    /// Moves an agenda of your own to the trash. Reps who used it fall back
    /// to the default agenda (and get it back if it is restored); meetings
    /// already held keep their own copy.
    pub fn delete_template(&self, id: &TemplateId) -> Result<TrashEntry> {
        self.write(|tx| {
            let template = load_template(tx, id)?;
            if template.builtin {
                return Err(Error::conflict(None, "The default agenda cannot be deleted; edit it instead."));
            }
            let subject = Subject { kind: TrashKind::Template, title: template.name, person: None, on_date: None };
            move_to_trash(tx, subject, "agenda_templates", &[("id", id.as_str())])
        })
    }

    pub fn restore_template(&self, id: &TemplateId) -> Result<AgendaTemplate> {
        self.write(|tx| {
            load_template(tx, id)?;
            tx.execute("UPDATE agenda_templates SET archived_at = NULL WHERE id = ?1", [id])?;
            load_template(tx, id)
        })
    }

    pub fn one_on_one_setup(&self, person: &PersonId) -> Result<OneOnOneSetup> {
        load_setup(&self.conn(), person)
    }

    /// Sets a rep's cadence and agenda. Meetings count as due from
    /// `cadence_since` when given (a past day), else from today when the
    /// cadence changes; keeping the cadence keeps its start.
    pub fn set_one_on_one_setup(&self, person: &PersonId, input: &SetupInput) -> Result<OneOnOneSetup> {
        self.set_one_on_one_setup_on(person, input, self.clock().today())
    }

    /// As [`Coachbook::set_one_on_one_setup`], with "today" given.
    pub fn set_one_on_one_setup_on(&self, person: &PersonId, input: &SetupInput, today: NaiveDate) -> Result<OneOnOneSetup> {
        let since = validate::optional_date(&field("cadenceSince", "Since"), input.cadence_since.as_deref())?;
        if since.is_some_and(|d| d > today) {
            return Err(Error::invalid("cadenceSince", "The cadence can only start today or earlier."));
        }
        self.write(|tx| {
            ensure_rep(tx, person, "one-on-ones")?;
            if let Some(template) = &input.template_id {
                let t = load_template(tx, template).map_err(|_| Error::invalid("templateId", "That agenda does not exist."))?;
                if t.archived_at.is_some() {
                    return Err(Error::invalid("templateId", format!("'{}' is archived: choose another agenda.", t.name)));
                }
            }
            let current = load_setup(tx, person)?;
            let since = match (input.cadence, since) {
                (None, _) => None,
                (Some(_), Some(day)) => Some(day),
                (Some(cadence), None) if current.cadence == Some(cadence) => current.cadence_since,
                (Some(_), None) => Some(today),
            };
            tx.execute(
                "UPDATE people SET cadence = ?2, cadence_since = ?3, agenda_template_id = ?4, updated_at = ?5 WHERE id = ?1",
                params![person, input.cadence.map(Cadence::as_str), since, input.template_id, tx.stamp()],
            )?;
            load_setup(tx, person)
        })
    }
}

pub(crate) fn load_setup(conn: &Connection, person: &PersonId) -> Result<OneOnOneSetup> {
    conn.query_row(
        "SELECT cadence, cadence_since, agenda_template_id FROM people WHERE id = ?1",
        [person],
        |r| {
            Ok(OneOnOneSetup {
                person_id: person.clone(),
                cadence: r.get(0)?,
                cadence_since: r.get(1)?,
                template_id: r.get(2)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("person", person.as_str()))
}
