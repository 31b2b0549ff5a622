//! The sync folder: a folder that Syncthing, Dropbox, OneDrive or a network
//! share keeps in step between machines. It is only a transport: each
//! workspace writes its own files there (a temporary name, then the real
//! one), reads the packs addressed to it, ignores the copies a sync tool
//! makes when two machines wrote at once (`.sync-conflict-`), and tidies
//! away its own packs once the other side says it has opened them. The live
//! workspace file never lives there.

use std::path::{Path, PathBuf};

use super::file::{self, PACK_EXTENSION};
use super::types::*;
use crate::error::{Error, Result};
use crate::settings;
use crate::Coachbook;

fn short(id: &str) -> &str {
    &id[id.len().saturating_sub(12)..]
}

/// A file name that says who wrote it, for which link, in which order.
fn pack_name(sender: &str, link: &str, seq: u32) -> String {
    format!("coachbook-{}-{}-{seq:06}.{PACK_EXTENSION}", short(sender), short(link))
}

fn invitation_name(for_name: &str, link: &str) -> String {
    let slug: String = for_name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("invitation-{}-{}.{PACK_EXTENSION}", slug.trim_matches('-'), short(link))
}

/// The pack files in `folder`, sync tools' conflict copies and partial writes aside.
fn pack_files(folder: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| Error::invalid("syncFolder", format!("The sync folder cannot be read: {e}.")))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(&format!(".{PACK_EXTENSION}")) && !name.contains(".sync-conflict-") && !name.starts_with('.')
        })
        .collect();
    files.sort();
    Ok(files)
}

impl Coachbook {
    pub fn sync_folder(&self) -> Result<Option<String>> {
        settings::get(&self.conn(), settings::SYNC_FOLDER)
    }

    /// Sets (or with `None` clears) the sync folder. It must exist, and must
    /// not hold the workspace itself: a sync tool copying a live database
    /// file would spread a half-written one.
    pub fn set_sync_folder(&self, folder: Option<&str>) -> Result<Option<String>> {
        let folder = folder.map(str::trim).filter(|f| !f.is_empty());
        if let Some(folder) = folder {
            let path = Path::new(folder);
            let full = path.canonicalize().map_err(|_| Error::invalid("syncFolder", "That folder does not exist."))?;
            if !full.is_dir() {
                return Err(Error::invalid("syncFolder", "Choose a folder, not a file."));
            }
            let workspace = self.path().parent().and_then(|p| p.canonicalize().ok());
            if workspace.is_some_and(|w| w.starts_with(&full)) {
                return Err(Error::invalid(
                    "syncFolder",
                    "This folder holds the workspace itself. Choose a folder of its own: a sync tool must never copy the live workspace file.",
                ));
            }
        }
        self.write(|tx| {
            settings::put(tx, settings::SYNC_FOLDER, folder)?;
            Ok(folder.map(str::to_owned))
        })
    }

    fn folder(&self) -> Result<PathBuf> {
        let folder = self.sync_folder()?.ok_or_else(|| Error::invalid("syncFolder", "Choose a sync folder first."))?;
        let path = PathBuf::from(folder);
        if !path.is_dir() {
            return Err(Error::invalid("syncFolder", "The sync folder is not there any more (is the drive connected?)."));
        }
        Ok(path)
    }

    /// Where an invitation goes in the sync folder.
    pub fn invitation_path(&self, for_name: &str) -> Result<PathBuf> {
        Ok(self.folder()?.join(invitation_name(for_name, &uuid::Uuid::now_v7().to_string())))
    }

    /// Invitations waiting in the sync folder for a workspace to accept them.
    pub fn invitations_in_folder(&self) -> Result<Vec<Invitation>> {
        let folder = self.folder()?;
        let known: Vec<String> = self.list_links()?.into_iter().map(|l| l.id).collect();
        let mut out = Vec::new();
        for path in pack_files(&folder)? {
            let Ok((manifest, _)) = file::read(&path) else { continue };
            if let (PackKind::Invitation, Some(terms)) = (manifest.kind, manifest.invitation) {
                if !known.contains(&manifest.link_id) {
                    out.push(Invitation {
                        path: path.display().to_string(),
                        from: manifest.sender_name,
                        sender_role: terms.sender_role,
                        for_name: terms.for_name,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Reads the packs addressed to this workspace, in order, then writes
    /// one pack per link that has news.
    pub fn sync_now(&self) -> Result<SyncReport> {
        let folder = self.folder()?;
        let me = self.workspace_id()?;
        let mut report = SyncReport { written: vec![], applied: vec![], problems: vec![] };
        let links = self.list_links()?;
        let mut incoming = Vec::new();
        for path in pack_files(&folder)? {
            match file::read(&path) {
                Ok((m, _)) if m.kind == PackKind::Changes && m.sender_workspace != me && m.recipient_workspace.as_deref().is_none_or(|r| r == me) => {
                    let received = links.iter().find(|l| l.id == m.link_id).map(|l| l.packs_received);
                    if received.is_some_and(|r| m.seq > r) {
                        incoming.push((m.link_id.clone(), m.seq, m.acknowledged, path));
                    } else if received.is_some() {
                        self.tidy(&folder, &me, &m.link_id, m.acknowledged);
                    }
                }
                Ok(_) => {}
                // Another machine may still be writing it; the next round reads it.
                Err(_) => {}
            }
        }
        incoming.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        for (link, _, acknowledged, path) in incoming {
            match self.open_pack(&path) {
                Ok(pack) => {
                    report.applied.push(pack);
                    self.tidy(&folder, &me, &link, acknowledged);
                }
                Err(e) => report.problems.push(format!("{}: {e}", path.file_name().and_then(|n| n.to_str()).unwrap_or(""))),
            }
        }
        // Working out what changed reads each link's share of the history;
        // with no save since the last look there is nothing to work out.
        use std::sync::atomic::Ordering;
        let saves = self.saves();
        let quiet = self.synced_at_save.load(Ordering::Relaxed) == saves;
        for link in self.list_links()? {
            let answered = link.answered || matches!(link.peer_role, PeerRole::Manager | PeerRole::Lead);
            let first = link.packs_sent == 0;
            if !answered || (quiet && !first) || !self.has_news(&link.id)? {
                continue;
            }
            let seq = link.packs_sent + 1;
            let path = folder.join(pack_name(&me, &link.id, seq));
            match self.send_pack(&link.id, &path) {
                Ok(sent) => report.written.push(sent),
                Err(e) => report.problems.push(format!("{}: {e}", link.peer_name)),
            }
        }
        // Sending saves too: the count after it is the quiet one.
        self.synced_at_save.store(self.saves(), Ordering::Relaxed);
        Ok(report)
    }

    /// Removes this workspace's own packs of `link` that the other side has opened.
    fn tidy(&self, folder: &Path, me: &str, link: &str, acknowledged: u32) {
        for seq in 1..=acknowledged {
            let _ = std::fs::remove_file(folder.join(pack_name(me, link, seq)));
        }
    }
}
