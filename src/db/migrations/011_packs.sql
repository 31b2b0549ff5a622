-- Packs between workspaces. A link is one side of a pairing (a manager and
-- one rep, a hiring lead and one assessor); both sides know it by the same
-- id, the invitation's. What was sent over a link is remembered row by row,
-- so the next pack carries only what changed since; what came in is kept in
-- a ledger (applying a pack twice is a no-op, and it can be undone).
CREATE TABLE links (
    id              TEXT PRIMARY KEY NOT NULL,
    -- What the other side is to this workspace.
    peer_role       TEXT NOT NULL CHECK (peer_role IN ('rep', 'manager', 'assessor', 'lead')),
    peer_workspace  TEXT,
    peer_name       TEXT NOT NULL,
    -- The rep the link is about (a rep link, or a manager link from the rep's side).
    person_id       TEXT,
    -- The assessor's name, for an assessor or lead link.
    assessor        TEXT,
    next_seq        INTEGER NOT NULL DEFAULT 1,
    received_seq    INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL
) STRICT;
CREATE TABLE link_candidates (
    link_id   TEXT NOT NULL REFERENCES links (id),
    person_id TEXT NOT NULL,
    PRIMARY KEY (link_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE sent_rows (
    link_id TEXT NOT NULL REFERENCES links (id),
    tbl     TEXT NOT NULL,
    pk      TEXT NOT NULL,
    row     TEXT NOT NULL,
    PRIMARY KEY (link_id, tbl, pk)
) STRICT, WITHOUT ROWID;
CREATE TABLE applied_packs (
    id         TEXT PRIMARY KEY NOT NULL,
    link_id    TEXT NOT NULL REFERENCES links (id),
    seq        INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    summary    TEXT NOT NULL,
    -- The changes as applied, inverted: applying them undoes the pack.
    inverse    BLOB NOT NULL,
    undone_at  TEXT,
    UNIQUE (link_id, seq)
) STRICT;
CREATE TABLE sync_conflicts (
    id          TEXT PRIMARY KEY NOT NULL,
    link_id     TEXT NOT NULL REFERENCES links (id),
    pack_id     TEXT NOT NULL,
    tbl         TEXT NOT NULL,
    pk          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    kept        TEXT NOT NULL CHECK (kept IN ('ours', 'theirs')),
    ours        TEXT,
    theirs      TEXT,
    at          TEXT NOT NULL,
    resolved_at TEXT
) STRICT;
CREATE INDEX sync_conflicts_open ON sync_conflicts (at) WHERE resolved_at IS NULL;
