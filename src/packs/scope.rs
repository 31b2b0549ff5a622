//! What crosses each kind of link: for every table, which rows (a WHERE
//! clause over the table as `t`) and, where a column must not travel, what
//! goes in its place. Everything not listed here stays home: private notes,
//! unshared feedback, other reps' data, drafts, settings, the trash.
//!
//! Parameters: `:person` (the rep), `:assessor` (the assessor's name),
//! `:link` (the link's id), `:share_goal` (1 when the rep shares their goal).

use super::types::PeerRole;

/// One table's part of a projection.
pub(crate) struct Part {
    pub table: &'static str,
    pub filter: &'static str,
    /// Columns replaced on the way out: (column, SQL expression).
    pub blank: &'static [(&'static str, &'static str)],
}

const fn part(table: &'static str, filter: &'static str) -> Part {
    Part { table, filter, blank: &[] }
}

/// A person's own notes about them and their agenda choice stay with whoever wrote them.
const PERSON_PRIVATE: &[(&str, &str)] = &[("notes", "''"), ("agenda_template_id", "NULL")];

// Shared pieces of filters, as macros so `concat!` can join them at compile time.
macro_rules! shared_feedback {
    () => {
        "SELECT id FROM feedback WHERE person_id = :person AND shared = 1 AND deleted_at IS NULL"
    };
}
macro_rules! submitted {
    () => {
        "SELECT id FROM scorecards WHERE status = 'submitted' AND lower(assessor) = lower(:assessor) \
         AND person_id IN (SELECT person_id FROM link_candidates WHERE link_id = :link)"
    };
}
macro_rules! latest_versions {
    () => {
        "SELECT v.id FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id \
         WHERE r.archived_at IS NULL AND v.version = (SELECT max(version) FROM rubric_versions WHERE rubric_id = r.id)"
    };
}

/// A manager's workspace to a rep's own: what the rep may see of themself.
const TO_REP: &[Part] = &[
    Part { table: "people", filter: "t.id = :person", blank: PERSON_PRIVATE },
    part("meetings", "t.person_id = :person"),
    part("meeting_notes", "t.visibility = 'shared' AND t.meeting_id IN (SELECT id FROM meetings WHERE person_id = :person)"),
    part("action_items", "t.person_id = :person"),
    part("feedback", "t.person_id = :person AND t.shared = 1 AND t.deleted_at IS NULL"),
    part("feedback_tags", concat!("t.feedback_id IN (", shared_feedback!(), ")")),
    part("plans", "t.person_id = :person AND t.status = 'agreed'"),
    part("plan_activities", "t.plan_id IN (SELECT id FROM plans WHERE person_id = :person AND status = 'agreed')"),
    part("kpis", "t.person_id = :person"),
    part("rep_skills", "t.person_id = :person"),
    part("attitude_checks", "t.person_id = :person"),
];

/// A rep's own workspace to their manager's: their numbers and their drafts.
const TO_MANAGER: &[Part] = &[
    part("personal_goals", "t.person_id = :person AND :share_goal = 1"),
    part("plans", "t.person_id = :person AND t.status = 'draft'"),
    part("plan_activities", "t.plan_id IN (SELECT id FROM plans WHERE person_id = :person AND status = 'draft')"),
    part("activity_actuals", "t.person_id = :person"),
    part("kpis", "t.person_id = :person"),
    part("kpi_values", "t.kpi_id IN (SELECT id FROM kpis WHERE person_id = :person)"),
    part("accounts", "t.person_id = :person"),
    part("kare_splits", "t.person_id = :person"),
    part("action_items", "t.person_id = :person"),
];

/// A hiring lead to an assessor: the candidates on the panel and the rubrics to score them with.
const TO_ASSESSOR: &[Part] = &[
    Part { table: "people", filter: "t.id IN (SELECT person_id FROM link_candidates WHERE link_id = :link)", blank: PERSON_PRIVATE },
    part("rubrics", "t.archived_at IS NULL"),
    part("rubric_versions", concat!("t.id IN (", latest_versions!(), ")")),
    part("rubric_criteria", concat!("t.version_id IN (", latest_versions!(), ")")),
];

/// An assessor to the hiring lead: their submitted scorecards for the panel's candidates, never a draft.
const TO_LEAD: &[Part] = &[
    part("rubrics", concat!("t.id IN (SELECT rubric_id FROM rubric_versions WHERE id IN (SELECT rubric_version_id FROM scorecards WHERE id IN (", submitted!(), ")))")),
    part("rubric_versions", concat!("t.id IN (SELECT rubric_version_id FROM scorecards WHERE id IN (", submitted!(), "))")),
    part("rubric_criteria", concat!("t.version_id IN (SELECT rubric_version_id FROM scorecards WHERE id IN (", submitted!(), "))")),
    part("scorecards", concat!("t.id IN (", submitted!(), ")")),
    part("scorecard_rounds", concat!("t.scorecard_id IN (", submitted!(), ")")),
    part("scorecard_scores", concat!("t.scorecard_id IN (", submitted!(), ")")),
    part("scorecard_amendments", concat!("t.scorecard_id IN (", submitted!(), ")")),
    part("scorecard_amendment_rounds", concat!("t.amendment_id IN (SELECT id FROM scorecard_amendments WHERE scorecard_id IN (", submitted!(), "))")),
    part("scorecard_amendment_scores", concat!("t.amendment_id IN (SELECT id FROM scorecard_amendments WHERE scorecard_id IN (", submitted!(), "))")),
];

/// What this workspace sends to a peer of `role`.
pub(crate) fn parts_for(role: PeerRole) -> &'static [Part] {
    match role {
        PeerRole::Rep => TO_REP,
        PeerRole::Manager => TO_MANAGER,
        PeerRole::Assessor => TO_ASSESSOR,
        PeerRole::Lead => TO_LEAD,
    }
}

/// Every table any pack may carry: the changes of an applied pack are
/// recorded on exactly these (never the search index, settings or trash).
pub(crate) fn synced_tables() -> Vec<&'static str> {
    let mut tables: Vec<&'static str> = Vec::new();
    for parts in [TO_REP, TO_MANAGER, TO_ASSESSOR, TO_LEAD] {
        for p in parts {
            if !tables.contains(&p.table) {
                tables.push(p.table);
            }
        }
    }
    tables
}
