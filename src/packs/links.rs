//! Links and packs as the app uses them: invite, send, open, undo, and the
//! conflicts a pack met.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use super::apply::{apply, apply_undo, changes_in, invert, Change, Met};
use super::diff::{outgoing, projected, record_sent, LinkRow};
use super::file::{self, InvitationTerms, Manifest, PACK_FORMAT};
use super::scope::parts_for;
use super::summary::{describe, summarise};
use super::types::*;
use crate::db::time::Stamp;
use crate::error::{Error, Result};
use crate::ids::PersonId;
use crate::settings::{self, WorkspaceMode};
use crate::trash::{Schema, Stored};
use crate::workspace::Write;
use crate::Coachbook;

/// This workspace's id, made the first time it is asked for.
pub(crate) fn workspace_id(tx: &Write<'_>) -> Result<String> {
    if let Some(id) = settings::get(tx, settings::WORKSPACE_ID)? {
        return Ok(id);
    }
    let id = uuid::Uuid::now_v7().to_string();
    settings::put(tx, settings::WORKSPACE_ID, Some(&id))?;
    Ok(id)
}

/// The name this workspace signs its packs with.
fn own_name(conn: &Connection) -> Result<String> {
    let s = settings::load(conn)?;
    if let Some(me) = s.me.filter(|_| s.mode == WorkspaceMode::Rep) {
        if let Some(name) = conn.query_row("SELECT name FROM people WHERE id = ?1", [&me], |r| r.get(0)).optional()? {
            return Ok(name);
        }
    }
    Ok(s.assessor_name.unwrap_or_else(|| "A Coachbook workspace".to_owned()))
}

fn load_link_row(conn: &Connection, id: &str) -> Result<LinkRow> {
    conn.query_row("SELECT id, peer_role, person_id, assessor FROM links WHERE id = ?1", [id], |r| {
        Ok(LinkRow { id: r.get(0)?, peer_role: r.get(1)?, person_id: r.get(2)?, assessor: r.get(3)? })
    })
    .optional()?
    .ok_or_else(|| Error::not_found("link", id))
}

fn load_link(conn: &Connection, id: &str) -> Result<Link> {
    let candidates: Vec<String> = conn
        .prepare_cached(
            "SELECT p.name FROM link_candidates c JOIN people p ON p.id = c.person_id WHERE c.link_id = ?1 ORDER BY p.name_fold",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    conn.query_row(
        "SELECT l.id, l.peer_role, l.peer_name, l.peer_workspace IS NOT NULL AND l.received_seq > 0, l.person_id, p.name,
                l.assessor, l.next_seq - 1, l.received_seq, l.created_at
         FROM links l LEFT JOIN people p ON p.id = l.person_id WHERE l.id = ?1",
        [id],
        |r| {
            Ok(Link {
                id: r.get(0)?,
                peer_role: r.get(1)?,
                peer_name: r.get(2)?,
                answered: r.get(3)?,
                person_id: r.get(4)?,
                person_name: r.get(5)?,
                assessor: r.get(6)?,
                candidates: candidates.clone(),
                packs_sent: r.get(7)?,
                packs_received: r.get(8)?,
                created_at: r.get::<_, Stamp>(9)?.0,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("link", id))
}

/// Makes the next pack of `link` and writes it to `path`; records it as sent.
fn send(tx: &Write<'_>, link_id: &str, kind: PackKind, invitation: Option<InvitationTerms>, path: &Path) -> Result<SentPack> {
    let link = load_link_row(tx, link_id)?;
    let made = outgoing(tx, &link)?;
    let (seq, recipient, acknowledged): (u32, Option<String>, u32) = tx.query_row(
        "SELECT next_seq, peer_workspace, received_seq FROM links WHERE id = ?1",
        [link_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let manifest = Manifest {
        format: PACK_FORMAT,
        kind,
        link_id: link_id.to_owned(),
        sender_workspace: workspace_id(tx)?,
        sender_name: own_name(tx)?,
        recipient_workspace: recipient,
        schema_version: crate::SCHEMA_VERSION as u32,
        seq,
        acknowledged,
        created_at: tx.stamp(),
        invitation,
        sha256: String::new(),
    };
    let bytes = file::encode(manifest, &made.body);
    file::write(path, &bytes)?;
    record_sent(tx, link_id, &made.changes)?;
    tx.execute("UPDATE links SET next_seq = next_seq + 1 WHERE id = ?1", [link_id])?;
    Ok(SentPack {
        link_id: link_id.to_owned(),
        path: path.display().to_string(),
        seq,
        lines: summarise(&changes_in(&made.body)?),
        size: bytes.len() as f64,
    })
}

/// After a pack from `link` is applied: its rows are what the other side
/// has now, so they are not sent back; a row where ours was kept is
/// forgotten as sent, so the next pack carries ours to them.
fn echo(tx: &Write<'_>, schema: &Schema, link: &LinkRow, changes: &[Change], conflicts: &[Met]) -> Result<()> {
    for change in changes {
        let Some(part) = parts_for(link.peer_role).iter().find(|p| p.table == change.table) else { continue };
        let ours_kept = conflicts.iter().any(|c| c.table == change.table && c.key == change.key && c.kept == KeptSide::Ours);
        let key: Vec<Stored> = serde_json::from_str(&change.key).unwrap_or_default();
        let row = if ours_kept { None } else { projected(tx, schema, link, part, Some(&key))?.pop() };
        match row {
            Some((_, row)) => tx.execute(
                "INSERT INTO sent_rows (link_id, tbl, pk, row) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (link_id, tbl, pk) DO UPDATE SET row = excluded.row",
                params![link.id, change.table, change.key, serde_json::to_string(&row).unwrap_or_default()],
            )?,
            None => tx.execute("DELETE FROM sent_rows WHERE link_id = ?1 AND tbl = ?2 AND pk = ?3", params![link.id, change.table, change.key])?,
        };
    }
    Ok(())
}

fn store_conflicts(tx: &Write<'_>, link: &str, pack: &str, conflicts: &[Met]) -> Result<()> {
    for c in conflicts {
        tx.execute(
            "INSERT INTO sync_conflicts (id, link_id, pack_id, tbl, pk, kind, kept, ours, theirs, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![uuid::Uuid::now_v7().to_string(), link, pack, c.table, c.key, c.kind.as_str(), c.kept.as_str(),
                    c.ours.as_ref().map(|r| serde_json::to_string(r).unwrap_or_default()),
                    c.theirs.as_ref().map(|r| serde_json::to_string(r).unwrap_or_default()), tx.stamp()],
        )?;
    }
    Ok(())
}

fn load_applied(conn: &Connection, id: &str) -> Result<AppliedPack> {
    conn.query_row(
        "SELECT a.id, a.link_id, l.peer_name, a.seq, a.summary, a.applied_at, a.undone_at,
                (SELECT count(*) FROM sync_conflicts c WHERE c.pack_id = a.id)
         FROM applied_packs a JOIN links l ON l.id = a.link_id WHERE a.id = ?1",
        [id],
        |r| {
            let summary: String = r.get(4)?;
            Ok(AppliedPack {
                id: r.get(0)?,
                link_id: r.get(1)?,
                from: r.get(2)?,
                seq: r.get(3)?,
                lines: serde_json::from_str(&summary).unwrap_or_default(),
                applied_at: r.get::<_, Stamp>(5)?.0,
                undone_at: r.get::<_, Option<Stamp>>(6)?.map(|s| s.0),
                conflicts: r.get(7)?,
                already_applied: false,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("pack", id))
}

/// Sets up the link an invitation offers, checking this workspace may take it.
fn accept(tx: &Write<'_>, manifest: &Manifest, terms: &InvitationTerms) -> Result<PeerRole> {
    let role = terms.sender_role;
    match role {
        PeerRole::Manager => {
            let person = terms.person_id.clone().ok_or_else(|| Error::invalid("pack", "This invitation names no rep."))?;
            let others: u32 = tx.query_row("SELECT count(*) FROM people WHERE id <> ?1", [&person], |r| r.get(0))?;
            if others > 0 {
                return Err(Error::conflict(
                    Some("pack"),
                    format!(
                        "This invitation makes a workspace {}'s own, and this one already holds other people. \
                         Open it in a new workspace (Settings → New workspace).",
                        terms.for_name
                    ),
                ));
            }
        }
        PeerRole::Lead => {}
        PeerRole::Rep | PeerRole::Assessor => return Err(Error::invalid("pack", "This invitation cannot be accepted here.")),
    }
    tx.execute(
        "INSERT INTO links (id, peer_role, peer_workspace, peer_name, person_id, assessor, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![manifest.link_id, role.as_str(), manifest.sender_workspace, manifest.sender_name, terms.person_id,
                (role == PeerRole::Lead).then_some(&terms.for_name), tx.stamp()],
    )?;
    for candidate in &terms.candidates {
        tx.execute("INSERT OR IGNORE INTO link_candidates (link_id, person_id) VALUES (?1, ?2)", params![manifest.link_id, candidate])?;
    }
    Ok(role)
}

/// After an invitation's rows are in: a rep's workspace becomes the rep's own;
/// an assessor signs with the name the lead knows them by.
fn settle_invitation(tx: &Write<'_>, terms: &InvitationTerms) -> Result<()> {
    match terms.sender_role {
        PeerRole::Manager => {
            settings::put(tx, "me", terms.person_id.as_deref())?;
            settings::put(tx, "workspace_mode", Some(WorkspaceMode::Rep.as_str()))?;
        }
        _ => {
            if settings::assessor_name(tx)?.is_none() {
                settings::put(tx, "assessor_name", Some(&terms.for_name))?;
            }
        }
    }
    Ok(())
}

fn new_link(tx: &Write<'_>, role: PeerRole, peer_name: &str, person: Option<&PersonId>, assessor: Option<&str>) -> Result<String> {
    let id = uuid::Uuid::now_v7().to_string();
    tx.execute(
        "INSERT INTO links (id, peer_role, peer_name, person_id, assessor, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, role.as_str(), peer_name, person, assessor, tx.stamp()],
    )?;
    Ok(id)
}

impl Coachbook {
    /// This workspace's own id, as packs name it.
    pub fn workspace_id(&self) -> Result<String> {
        self.write(|tx| workspace_id(tx))
    }

    pub fn list_links(&self) -> Result<Vec<Link>> {
        let conn = self.conn();
        let ids: Vec<String> =
            conn.prepare("SELECT id FROM links ORDER BY created_at")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| load_link(&conn, id)).collect()
    }

    /// Links a rep's own workspace to this one: writes the invitation (their
    /// record and everything they may see) to `path`, for them to open.
    pub fn invite_rep(&self, person: &PersonId, path: &Path) -> Result<SentPack> {
        self.write(|tx| {
            let (name, role): (String, String) = tx
                .query_row("SELECT name, role FROM people WHERE id = ?1", [person], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?
                .ok_or_else(|| Error::invalid("personId", "Choose the rep to link."))?;
            if role != "rep" {
                return Err(Error::invalid("personId", format!("{name} is not on the team: only a rep's workspace can be linked.")));
            }
            if settings::load(tx)?.mode != WorkspaceMode::Manager {
                return Err(Error::conflict(None, "Only a manager's workspace can link a rep's."));
            }
            let taken: bool = tx.prepare("SELECT 1 FROM links WHERE peer_role = 'rep' AND person_id = ?1")?.exists([person])?;
            if taken {
                return Err(Error::conflict(Some("personId"), format!("{name}'s workspace is linked already.")));
            }
            let link = new_link(tx, PeerRole::Rep, &name, Some(person), None)?;
            let terms = InvitationTerms { sender_role: PeerRole::Manager, person_id: Some(person.to_string()), for_name: name, candidates: vec![] };
            send(tx, &link, PackKind::Invitation, Some(terms), path)
        })
    }

    /// Invites an assessor onto an interview panel for `candidates`.
    pub fn invite_assessor(&self, assessor: &str, candidates: &[PersonId], path: &Path) -> Result<SentPack> {
        let assessor = crate::validate::required_line(&crate::validate::field("assessor", "Assessor's name"), assessor, 120)?;
        if candidates.is_empty() {
            return Err(Error::invalid("candidates", "Choose at least one candidate for the panel."));
        }
        self.write(|tx| {
            for candidate in candidates {
                let ok = tx.prepare("SELECT 1 FROM people WHERE id = ?1 AND role = 'candidate'")?.exists([candidate])?;
                if !ok {
                    return Err(Error::invalid("candidates", "Only candidates can be put before a panel."));
                }
            }
            let link = new_link(tx, PeerRole::Assessor, &assessor, None, Some(&assessor))?;
            for candidate in candidates {
                tx.execute("INSERT INTO link_candidates (link_id, person_id) VALUES (?1, ?2)", params![link, candidate])?;
            }
            let terms = InvitationTerms {
                sender_role: PeerRole::Lead,
                person_id: None,
                for_name: assessor.clone(),
                candidates: candidates.iter().map(ToString::to_string).collect(),
            };
            send(tx, &link, PackKind::Invitation, Some(terms), path)
        })
    }

    /// Puts another candidate before an assessor's panel; the next pack takes them.
    pub fn add_to_panel(&self, link: &str, candidate: &PersonId) -> Result<Link> {
        self.write(|tx| {
            let row = load_link_row(tx, link)?;
            if row.peer_role != PeerRole::Assessor {
                return Err(Error::conflict(None, "Candidates are added to an assessor's panel."));
            }
            let ok = tx.prepare("SELECT 1 FROM people WHERE id = ?1 AND role = 'candidate'")?.exists([candidate])?;
            if !ok {
                return Err(Error::invalid("candidates", "Only candidates can be put before a panel."));
            }
            tx.execute("INSERT OR IGNORE INTO link_candidates (link_id, person_id) VALUES (?1, ?2)", params![link, candidate])?;
            load_link(tx, link)
        })
    }

    /// Writes the next pack of a link to `path`: what changed since the last one.
    pub fn send_pack(&self, link: &str, path: &Path) -> Result<SentPack> {
        self.write(|tx| send(tx, link, PackKind::Changes, None, path))
    }

    /// Whether a link has anything to send (or has never sent its first answer).
    pub(crate) fn has_news(&self, link: &str) -> Result<bool> {
        let conn = self.conn();
        let row = load_link_row(&conn, link)?;
        let first: bool = conn.query_row("SELECT next_seq = 1 FROM links WHERE id = ?1", [link], |r| r.get(0))?;
        Ok(first || !outgoing(&conn, &row)?.changes.is_empty())
    }

    /// Opens a pack: an invitation sets up its link; a pack of changes is
    /// applied (or, already applied, changes nothing). Refused, changing
    /// nothing, when it is damaged, from a newer Coachbook, meant for
    /// another workspace, or ahead of a pack not yet opened.
    pub fn open_pack(&self, path: &Path) -> Result<AppliedPack> {
        let (manifest, body) = file::read(path)?;
        if manifest.schema_version as usize > crate::SCHEMA_VERSION {
            return Err(Error::invalid(
                "pack",
                format!(
                    "This pack comes from a newer Coachbook (schema {}; this one reads up to {}): update Coachbook, then open it again.",
                    manifest.schema_version,
                    crate::SCHEMA_VERSION
                ),
            ));
        }
        self.write(|tx| {
            let me = workspace_id(tx)?;
            if manifest.sender_workspace == me {
                return Err(Error::invalid("pack", "This pack was made by this workspace: it is for the other side of the link."));
            }
            let existing: Option<(Option<String>, u32)> = tx
                .query_row("SELECT peer_workspace, received_seq FROM links WHERE id = ?1", [&manifest.link_id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let invitation = match (manifest.kind, &manifest.invitation, &existing) {
                (PackKind::Invitation, Some(terms), None) => {
                    accept(tx, &manifest, terms)?;
                    Some(terms.clone())
                }
                (PackKind::Invitation, _, Some(_)) => None, // accepted before: the sequence check says so
                (PackKind::Invitation, None, None) => return Err(Error::invalid("pack", "This invitation is incomplete.")),
                (PackKind::Changes, _, None) => {
                    return Err(Error::invalid("pack", "This pack belongs to a link this workspace does not have: open the invitation first."))
                }
                (PackKind::Changes, _, Some(_)) => {
                    // Before the other side's first answer the sender knows the link, not the workspace.
                    if manifest.recipient_workspace.as_deref().is_some_and(|r| r != me) {
                        return Err(Error::invalid("pack", "This pack is meant for another workspace; nothing was changed."));
                    }
                    None
                }
            };
            if let Some((Some(peer), _)) = &existing {
                if *peer != manifest.sender_workspace {
                    return Err(Error::invalid("pack", "This pack comes from a workspace this link does not know; nothing was changed."));
                }
            }
            let received = existing.as_ref().map_or(0, |(_, r)| *r);
            if manifest.seq <= received {
                let id: Option<String> = tx
                    .query_row("SELECT id FROM applied_packs WHERE link_id = ?1 AND seq = ?2", params![manifest.link_id, manifest.seq], |r| r.get(0))
                    .optional()?;
                let mut pack = match id {
                    Some(id) => load_applied(tx, &id)?,
                    None => return Err(Error::invalid("pack", "This pack was opened before.")),
                };
                pack.already_applied = true;
                return Ok(pack);
            }
            if manifest.seq > received + 1 {
                return Err(Error::conflict(
                    Some("pack"),
                    format!("This is pack {} from {}; pack {} has not been opened yet. Open that first.", manifest.seq, manifest.sender_name, received + 1),
                ));
            }
            let schema = Schema::read(tx)?;
            let applied = apply(tx, &schema, &body)?;
            let link = load_link_row(tx, &manifest.link_id)?;
            if link.peer_role == PeerRole::Lead {
                for change in changes_in(&body)?.iter().filter(|c| c.table == "people") {
                    let key: Vec<Stored> = serde_json::from_str(&change.key).unwrap_or_default();
                    if let Some(Stored::Text(person)) = key.first() {
                        tx.execute("INSERT OR IGNORE INTO link_candidates (link_id, person_id) VALUES (?1, ?2)", params![link.id, person])?;
                    }
                }
            }
            if let Some(terms) = &invitation {
                settle_invitation(tx, terms)?;
            }
            echo(tx, &schema, &link, &changes_in(&body)?, &applied.conflicts)?;
            let pack_id = format!("{}/{}", manifest.link_id, manifest.seq);
            store_conflicts(tx, &link.id, &pack_id, &applied.conflicts)?;
            let lines = summarise(&changes_in(&applied.changes)?);
            tx.execute(
                "INSERT INTO applied_packs (id, link_id, seq, sha256, applied_at, summary, inverse) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![pack_id, link.id, manifest.seq, manifest.sha256, tx.stamp(), serde_json::to_string(&lines).unwrap_or_default(),
                        invert(&applied.changes)?],
            )?;
            tx.execute(
                "UPDATE links SET received_seq = ?2, peer_workspace = ?3, peer_name = ?4 WHERE id = ?1",
                params![link.id, manifest.seq, manifest.sender_workspace, manifest.sender_name],
            )?;
            load_applied(tx, &pack_id)
        })
    }

    /// Packs applied here, newest first.
    pub fn list_applied_packs(&self, limit: Option<u32>) -> Result<Vec<AppliedPack>> {
        let conn = self.conn();
        let limit = limit.unwrap_or(50).clamp(1, 500);
        let ids: Vec<String> = conn
            .prepare(&format!("SELECT id FROM applied_packs ORDER BY applied_at DESC, seq DESC LIMIT {limit}"))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| load_applied(&conn, id)).collect()
    }

    /// Undoes what a pack changed here; records changed since are left as they are.
    pub fn undo_pack(&self, id: &str) -> Result<AppliedPack> {
        self.write(|tx| {
            let pack = load_applied(tx, id)?;
            if pack.undone_at.is_some() {
                return Err(Error::conflict(None, "This pack has been undone already."));
            }
            let inverse: Vec<u8> = tx.query_row("SELECT inverse FROM applied_packs WHERE id = ?1", [id], |r| r.get(0))?;
            if !inverse.is_empty() {
                apply_undo(tx, &inverse)?;
            }
            tx.execute("UPDATE applied_packs SET undone_at = ?2 WHERE id = ?1", params![id, tx.stamp()])?;
            load_applied(tx, id)
        })
    }

    /// Conflicts not yet looked at, newest first.
    pub fn list_conflicts(&self) -> Result<Vec<Conflict>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT c.id, c.link_id, l.peer_name, c.tbl, c.kind, c.kept, c.ours, c.theirs, c.at
             FROM sync_conflicts c JOIN links l ON l.id = c.link_id WHERE c.resolved_at IS NULL ORDER BY c.at DESC LIMIT 200",
        )?;
        let rows = statement.query_map([], |r| {
            let (ours, theirs): (Option<String>, Option<String>) = (r.get(6)?, r.get(7)?);
            let kept: KeptSide = r.get(5)?;
            let ours = ours.and_then(|t| serde_json::from_str(&t).ok());
            let theirs = theirs.and_then(|t| serde_json::from_str(&t).ok());
            let other = match kept {
                KeptSide::Ours => theirs.is_some(),
                KeptSide::Theirs => ours.is_some(),
            };
            let table: String = r.get(3)?;
            Ok(Conflict {
                id: r.get(0)?,
                link_id: r.get(1)?,
                from: r.get(2)?,
                what: describe(&table).to_owned(),
                kind: r.get(4)?,
                kept,
                fields: super::summary::differing(ours.as_ref(), theirs.as_ref()),
                at: r.get::<_, Stamp>(8)?.0,
                can_take_other: other,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Puts the version that lost a conflict in place of the one kept.
    pub fn take_other_version(&self, id: &str) -> Result<()> {
        self.write(|tx| {
            let (table, kept, ours, theirs): (String, KeptSide, Option<String>, Option<String>) = tx
                .query_row("SELECT tbl, kept, ours, theirs FROM sync_conflicts WHERE id = ?1 AND resolved_at IS NULL", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()?
                .ok_or_else(|| Error::not_found("conflict", id))?;
            let other = match kept {
                KeptSide::Ours => theirs,
                KeptSide::Theirs => ours,
            };
            let row: super::diff::Row = other
                .and_then(|t| serde_json::from_str(&t).ok())
                .ok_or_else(|| Error::conflict(None, "The other version was a deletion; delete the record itself if you want it gone."))?;
            super::summary::put_row(tx, &Schema::read(tx)?, &table, row, &tx.stamp())?;
            let flipped = match kept {
                KeptSide::Ours => KeptSide::Theirs,
                KeptSide::Theirs => KeptSide::Ours,
            };
            tx.execute("UPDATE sync_conflicts SET kept = ?2, resolved_at = ?3 WHERE id = ?1", params![id, flipped.as_str(), tx.stamp()])?;
            Ok(())
        })
    }

    /// Marks a conflict as seen, keeping the version that is in place.
    pub fn dismiss_conflict(&self, id: &str) -> Result<()> {
        self.write(|tx| {
            let changed = tx.execute("UPDATE sync_conflicts SET resolved_at = ?2 WHERE id = ?1 AND resolved_at IS NULL", params![id, tx.stamp()])?;
            if changed == 0 {
                return Err(Error::not_found("conflict", id));
            }
            Ok(())
        })
    }

    /// In a rep's own workspace: whether the personal goal travels to the manager.
    pub fn set_share_goal(&self, share: bool) -> Result<bool> {
        self.write(|tx| {
            settings::put(tx, settings::SHARE_GOAL, Some(if share { "on" } else { "off" }))?;
            Ok(share)
        })
    }
}
