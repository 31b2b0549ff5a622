//! Checking a rubric draft before it is stored: every rule names the field,
//! including fields inside the list of criteria (`criteria[2].weight`).

use std::collections::HashSet;

use super::types::{CriterionDraft, CriterionTag, RubricDraft, RubricKind};
use crate::error::{Error, Result};
use crate::validate::{self, field, nested};

pub(crate) const MAX_CRITERIA: usize = 30;
pub(crate) const MIN_LEVELS: usize = 2;
pub(crate) const MAX_LEVELS: usize = 10;
const MAX_TIME_LIMIT: u32 = 4 * 3600;

pub(crate) struct CleanDraft {
    pub name: String,
    pub kind: RubricKind,
    pub description: String,
    pub time_limit_seconds: Option<u32>,
    pub criteria: Vec<CleanCriterion>,
}

pub(crate) struct CleanCriterion {
    pub name: String,
    pub description: String,
    pub weight: f64,
    pub anchors: Vec<String>,
    pub tag: Option<CriterionTag>,
}

pub(crate) fn clean(draft: &RubricDraft) -> Result<CleanDraft> {
    let name = validate::required_line(&field("name", "Name"), &draft.name, 120)?;
    let description =
        validate::notes(&field("description", "Description"), draft.description.as_deref().unwrap_or(""), 4000)?;
    if let Some(limit) = draft.time_limit_seconds {
        if !(10..=MAX_TIME_LIMIT).contains(&limit) {
            return Err(Error::invalid(
                "timeLimitSeconds",
                "Time limit must be between 10 seconds and 4 hours.",
            ));
        }
    }
    if draft.criteria.is_empty() {
        return Err(Error::invalid("criteria", "A rubric needs at least one criterion."));
    }
    if draft.criteria.len() > MAX_CRITERIA {
        return Err(Error::invalid(
            "criteria",
            format!("A rubric has at most {MAX_CRITERIA} criteria (this one has {}).", draft.criteria.len()),
        ));
    }
    let mut names = HashSet::new();
    let mut tags = HashSet::new();
    let mut criteria = Vec::with_capacity(draft.criteria.len());
    for (i, c) in draft.criteria.iter().enumerate() {
        let clean = clean_criterion(i, c)?;
        if !names.insert(clean.name.to_lowercase()) {
            return Err(Error::invalid(
                format!("criteria[{i}].name"),
                format!("Criterion {}: another criterion is already called '{}'.", i + 1, clean.name),
            ));
        }
        if let Some(tag) = clean.tag {
            if !tags.insert(tag) {
                return Err(Error::invalid(
                    format!("criteria[{i}].tag"),
                    format!("Criterion {}: only one criterion can be marked {}.", i + 1, tag_label(tag)),
                ));
            }
        }
        criteria.push(clean);
    }
    Ok(CleanDraft { name, kind: draft.kind, description, time_limit_seconds: draft.time_limit_seconds, criteria })
}

fn tag_label(tag: CriterionTag) -> &'static str {
    match tag {
        CriterionTag::Timing => "as the timing criterion",
        CriterionTag::Coachability => "as the coachability criterion",
    }
}

fn clean_criterion(i: usize, c: &CriterionDraft) -> Result<CleanCriterion> {
    let at = |part: &str, label: &str| nested(format!("criteria[{i}].{part}"), format!("Criterion {}: {label}", i + 1));
    let name = validate::required_line(&at("name", "name"), &c.name, 120)?;
    let description = validate::notes(&at("description", "description"), c.description.as_deref().unwrap_or(""), 2000)?;
    if !c.weight.is_finite() || c.weight <= 0.0 || c.weight > 100.0 {
        return Err(at("weight", "weight").error(format!(
            "Criterion {}: weight must be a number above 0 and at most 100.",
            i + 1
        )));
    }
    let levels = c.anchors.len();
    if !(MIN_LEVELS..=MAX_LEVELS).contains(&levels) {
        return Err(at("anchors", "scale").error(format!(
            "Criterion {}: the scale needs {MIN_LEVELS} to {MAX_LEVELS} levels (it has {levels}).",
            i + 1
        )));
    }
    let mut anchors = Vec::with_capacity(levels);
    for (level, anchor) in c.anchors.iter().enumerate() {
        let f = nested(
            format!("criteria[{i}].anchors[{level}]"),
            format!("Criterion {}: the anchor for a {}", i + 1, level + 1),
        );
        let text = validate::notes(&f, anchor.trim(), 500)?;
        if text.is_empty() {
            return Err(f.error(format!(
                "Criterion {}: say what a {} looks like (every level needs an anchor).",
                i + 1,
                level + 1
            )));
        }
        anchors.push(text);
    }
    Ok(CleanCriterion { name, description, weight: c.weight, anchors, tag: c.tag })
}
