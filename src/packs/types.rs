//! What the UI sees of links, packs and conflicts.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::ids::PersonId;
use crate::text_enum::text_enum;

text_enum! {
    /// What the other side of a link is to this workspace.
    pub enum PeerRole {
        /// A rep's own workspace, linked from their manager's.
        Rep = "rep",
        /// The manager's workspace, linked from a rep's own.
        Manager = "manager",
        /// An assessor on an interview panel, linked from the hiring lead's.
        Assessor = "assessor",
        /// The hiring lead's workspace, linked from an assessor's.
        Lead = "lead",
    }
}

text_enum! {
    pub enum PackKind {
        /// The first pack of a link: sets it up on the other side.
        Invitation = "invitation",
        Changes = "changes",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Link {
    pub id: String,
    pub peer_role: PeerRole,
    pub peer_name: String,
    /// Whether the other side has answered (a pack from them arrived).
    pub answered: bool,
    pub person_id: Option<PersonId>,
    pub person_name: Option<String>,
    pub assessor: Option<String>,
    /// Candidates on the panel, for an assessor or lead link.
    pub candidates: Vec<String>,
    pub packs_sent: u32,
    pub packs_received: u32,
    pub created_at: DateTime<Utc>,
}

/// A pack written to a file.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SentPack {
    pub link_id: String,
    pub path: String,
    pub seq: u32,
    /// What it carries, in words ("3 shared notes").
    pub lines: Vec<String>,
    /// Bytes (a float: the wire has no 64-bit integers).
    pub size: f64,
}

/// A pack applied to this workspace, as the ledger keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AppliedPack {
    pub id: String,
    pub link_id: String,
    pub from: String,
    pub seq: u32,
    /// What it brought, in words: "3 shared notes", "KPI values for weeks 45–47".
    pub lines: Vec<String>,
    pub conflicts: u32,
    pub applied_at: DateTime<Utc>,
    pub undone_at: Option<DateTime<Utc>>,
    /// True when the pack had been applied before: nothing changed this time.
    pub already_applied: bool,
}

text_enum! {
    /// How the two sides disagreed, in SQLite's words made plain.
    pub enum ConflictKind {
        /// Both sides changed the record.
        BothChanged = "both_changed",
        /// Both sides added a record with the same key and different contents.
        BothAdded = "both_added",
        /// Changed there, deleted here.
        DeletedHere = "deleted_here",
        /// Deleted there, changed here.
        DeletedThere = "deleted_there",
        /// It broke a rule of this workspace (a duplicate name, say).
        Refused = "refused",
    }
}

text_enum! {
    pub enum KeptSide {
        Ours = "ours",
        Theirs = "theirs",
    }
}

/// One field where the two versions differ.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ConflictField {
    pub name: String,
    pub ours: Option<String>,
    pub theirs: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub id: String,
    pub link_id: String,
    pub from: String,
    /// What kind of record, in words ("a shared note", "an action item").
    pub what: String,
    pub kind: ConflictKind,
    /// Which version is in the workspace now.
    pub kept: KeptSide,
    pub fields: Vec<ConflictField>,
    pub at: DateTime<Utc>,
    /// Whether the other version can be taken (it exists as a whole record).
    pub can_take_other: bool,
}

/// An invitation file found in the sync folder, not yet accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub path: String,
    pub from: String,
    /// What the sender will be to this workspace (a manager, a hiring lead).
    pub sender_role: PeerRole,
    /// Who it is for: the rep's or the assessor's name.
    pub for_name: String,
}

/// The sync folder and what happened the last time it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    pub written: Vec<SentPack>,
    pub applied: Vec<AppliedPack>,
    /// Packs that could not be applied, with the reason in words.
    pub problems: Vec<String>,
}
