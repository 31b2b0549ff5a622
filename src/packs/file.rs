//! The pack file: a first line naming the format, a manifest (JSON, one
//! line), then the changeset's bytes. The manifest's checksum covers the
//! manifest itself and the changeset, so a truncated or altered pack is
//! refused before anything in it is read.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::types::{PackKind, PeerRole};
use crate::error::{Error, Result};

pub const PACK_FORMAT: u32 = 1;
pub const PACK_EXTENSION: &str = "cbpack";
const MAGIC: &[u8] = b"COACHBOOK-PACK\n";
/// Larger than any real pack (a year of a rep's history is well under this).
const MAX_PACK_BYTES: u64 = 512 * 1024 * 1024;

/// Set up on the receiving side by an invitation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct InvitationTerms {
    /// What the sender is to the receiver.
    pub sender_role: PeerRole,
    /// The rep the link is about (manager → rep).
    pub person_id: Option<String>,
    /// The name the receiver is known by: the rep's or the assessor's.
    pub for_name: String,
    /// The candidates on the panel (lead → assessor).
    pub candidates: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Manifest {
    pub format: u32,
    pub kind: PackKind,
    pub link_id: String,
    pub sender_workspace: String,
    pub sender_name: String,
    /// Unknown in an invitation: the receiver's workspace has not answered yet.
    pub recipient_workspace: Option<String>,
    pub schema_version: u32,
    pub seq: u32,
    /// The last pack the sender has opened from the recipient (so the
    /// recipient may tidy away its own files up to it).
    pub acknowledged: u32,
    pub created_at: String,
    pub invitation: Option<InvitationTerms>,
    /// Hex SHA-256 of this manifest (with this field empty) and the body.
    pub sha256: String,
}

fn checksum(manifest: &Manifest, body: &[u8]) -> String {
    let mut unsigned = manifest.clone();
    unsigned.sha256 = String::new();
    let mut hasher = Sha256::new();
    hasher.update(serde_json::to_vec(&unsigned).unwrap_or_default());
    hasher.update(body);
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The file's bytes, with the manifest's checksum filled in.
pub(crate) fn encode(mut manifest: Manifest, body: &[u8]) -> Vec<u8> {
    manifest.sha256 = checksum(&manifest, body);
    let mut out = MAGIC.to_vec();
    out.extend(serde_json::to_vec(&manifest).unwrap_or_default());
    out.push(b'\n');
    out.extend_from_slice(body);
    out
}

fn not_a_pack(detail: &str) -> Error {
    Error::invalid("pack", format!("This file is not a Coachbook pack, or it was cut short or changed on the way ({detail}). Ask for it to be sent again."))
}

/// Reads and checks a pack's bytes: format, manifest, checksum.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Manifest, Vec<u8>)> {
    let rest = bytes.strip_prefix(MAGIC).ok_or_else(|| not_a_pack("no pack header"))?;
    let end = rest.iter().position(|b| *b == b'\n').ok_or_else(|| not_a_pack("no manifest"))?;
    let manifest: Manifest = serde_json::from_slice(&rest[..end]).map_err(|_| not_a_pack("unreadable manifest"))?;
    let body = rest[end + 1..].to_vec();
    if manifest.format != PACK_FORMAT {
        return Err(Error::invalid("pack", format!("This pack is in format {}, which this Coachbook does not read; update Coachbook.", manifest.format)));
    }
    if checksum(&manifest, &body) != manifest.sha256 {
        return Err(not_a_pack("checksum does not match"));
    }
    Ok((manifest, body))
}

/// Reads a pack file from disk (bounded in size) and checks it.
pub(crate) fn read(path: &std::path::Path) -> Result<(Manifest, Vec<u8>)> {
    let size = std::fs::metadata(path).map_err(|e| Error::invalid("pack", format!("The pack could not be read: {e}.")))?.len();
    if size > MAX_PACK_BYTES {
        return Err(not_a_pack("far too large"));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::invalid("pack", format!("The pack could not be read: {e}.")))?;
    decode(&bytes)
}

/// Writes a pack where `path` says, through a temporary name first, so a
/// folder being synced never shows a half-written pack.
pub(crate) fn write(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let partial = path.with_extension(format!("{PACK_EXTENSION}.partial"));
    std::fs::write(&partial, bytes)?;
    std::fs::File::open(&partial)?.sync_all()?;
    std::fs::rename(&partial, path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        Manifest {
            format: PACK_FORMAT,
            kind: PackKind::Changes,
            link_id: "l".into(),
            sender_workspace: "a".into(),
            sender_name: "Ann".into(),
            recipient_workspace: Some("b".into()),
            schema_version: 11,
            seq: 1,
            acknowledged: 0,
            created_at: "2026-11-02T09:00:00.000Z".into(),
            invitation: None,
            sha256: String::new(),
        }
    }

    #[test]
    fn a_pack_reads_back_and_any_change_to_it_is_refused() {
        let bytes = encode(manifest(), b"changes");
        let (read, body) = decode(&bytes).unwrap();
        assert_eq!((read.seq, body.as_slice()), (1, &b"changes"[..]));
        assert!(decode(&bytes[..bytes.len() - 1]).is_err(), "cut short");
        let mut altered = bytes.clone();
        *altered.last_mut().unwrap() ^= 1;
        assert!(decode(&altered).is_err(), "a changed byte in the body");
        let text = String::from_utf8_lossy(&bytes).replace("\"seq\":1", "\"seq\":2");
        assert!(decode(text.as_bytes()).is_err(), "a changed manifest");
        assert!(decode(b"SQLite format 3\0").is_err());
    }
}
