//! Packs: files that carry changes from one workspace to another (a manager
//! and a rep, a hiring lead and an assessor), sent by any means or through a
//! shared folder. No server, no network use by the app.
//!
//! How a pack is made: each link has a *projection*, the rows the other side
//! may have (a rep gets their meetings and only the shared notes, never a
//! private one; a lead gets an assessor's submitted scorecards, never a
//! draft), and remembers the rows it last sent. A pack is SQLite's own
//! changeset (session extension) between the two, made by `sqlite3session_diff`
//! over the rows that differ. Why a diff against what was sent, and not a
//! record of every write: privacy holds by construction (a row that turns
//! private leaves the projection and the pack deletes it over there), writes
//! pay nothing, and a pack's size follows what changed, not how often.
//!
//! How a pack is applied: checked (format, checksum, schema version, meant
//! for this workspace, next in its link's sequence), then applied with a
//! conflict handler in one transaction, recorded in a ledger with the
//! inverse of what it changed (so it can be undone), and every conflict is
//! kept with both versions.

mod apply;
mod diff;
mod file;
mod folder;
mod links;
mod scope;
mod summary;
mod types;

pub use file::{PACK_EXTENSION, PACK_FORMAT};
pub use types::*;

/// For tests of other crates: a pack as a newer Coachbook would sign it.
#[doc(hidden)]
pub mod test_support {
    /// Re-signs a valid pack with another schema version.
    pub fn with_schema_version(bytes: &[u8], version: u32) -> Vec<u8> {
        let (mut manifest, body) = super::file::decode(bytes).expect("a valid pack");
        manifest.schema_version = version;
        super::file::encode(manifest, &body)
    }
}
