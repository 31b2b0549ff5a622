-- Every table that travels between workspaces is keyed by its UUIDv7 id, the
-- same on every machine. Notes, action items and feedback were keyed by a
-- local integer (the full-text index's rowid); that number now lives in a
-- local table of its own per source, never synced, and the full-text index
-- reads its text through a view that joins the two.

DROP TRIGGER meeting_notes_fts_insert;
DROP TRIGGER meeting_notes_fts_delete;
DROP TRIGGER meeting_notes_fts_update;
DROP TRIGGER action_items_fts_insert;
DROP TRIGGER action_items_fts_delete;
DROP TRIGGER action_items_fts_update;
DROP TRIGGER feedback_fts_insert;
DROP TRIGGER feedback_fts_delete;
DROP TRIGGER feedback_fts_update;
DROP TABLE meeting_notes_fts;
DROP TABLE action_items_fts;
DROP TABLE feedback_fts;

-- The local search rowids, numbered as before so nothing is renumbered.
CREATE TABLE meeting_notes_rowid (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE action_items_rowid (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE feedback_rowid (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE) STRICT;
INSERT INTO meeting_notes_rowid (seq, id) SELECT seq, id FROM meeting_notes;
INSERT INTO action_items_rowid (seq, id) SELECT seq, id FROM action_items;
INSERT INTO feedback_rowid (seq, id) SELECT seq, id FROM feedback;

CREATE TABLE meeting_notes_new (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    prompt     TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'shared')),
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, position)
) STRICT;
INSERT INTO meeting_notes_new (id, meeting_id, position, title, prompt, body, visibility, updated_at)
SELECT id, meeting_id, position, title, prompt, body, visibility, updated_at FROM meeting_notes ORDER BY seq;
DROP TABLE meeting_notes;
ALTER TABLE meeting_notes_new RENAME TO meeting_notes;

CREATE TABLE action_items_new (
    id                   TEXT PRIMARY KEY NOT NULL,
    person_id            TEXT NOT NULL REFERENCES people (id),
    meeting_id           TEXT NOT NULL REFERENCES meetings (id),
    text                 TEXT NOT NULL,
    owner                TEXT NOT NULL CHECK (owner IN ('manager', 'rep')),
    due_on               TEXT,
    done_at              TEXT,
    closed_in_meeting_id TEXT REFERENCES meetings (id),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;
INSERT INTO action_items_new (id, person_id, meeting_id, text, owner, due_on, done_at, closed_in_meeting_id, created_at, updated_at)
SELECT id, person_id, meeting_id, text, owner, due_on, done_at, closed_in_meeting_id, created_at, updated_at
FROM action_items ORDER BY seq;
DROP TABLE action_items;
ALTER TABLE action_items_new RENAME TO action_items;
CREATE INDEX action_items_by_person ON action_items (person_id, done_at IS NOT NULL, due_on);
CREATE INDEX action_items_by_meeting ON action_items (meeting_id);
CREATE INDEX action_items_open ON action_items (person_id, due_on) WHERE done_at IS NULL;
CREATE INDEX action_items_closed_in ON action_items (closed_in_meeting_id) WHERE closed_in_meeting_id IS NOT NULL;

-- feedback_tags refers to feedback: its rows wait in a plain table while both are rebuilt.
CREATE TABLE feedback_new (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id),
    given_on   TEXT NOT NULL,
    polarity   TEXT NOT NULL CHECK (polarity IN ('positive', 'constructive')),
    situation  TEXT NOT NULL DEFAULT '',
    behaviour  TEXT NOT NULL CHECK (length(behaviour) > 0),
    result     TEXT NOT NULL DEFAULT '',
    tags       TEXT NOT NULL DEFAULT '',
    shared     INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
INSERT INTO feedback_new (id, person_id, given_on, polarity, situation, behaviour, result, tags, shared, deleted_at, created_at, updated_at)
SELECT id, person_id, given_on, polarity, situation, behaviour, result, tags, shared, deleted_at, created_at, updated_at
FROM feedback ORDER BY seq;
CREATE TABLE feedback_tags_keep AS SELECT feedback_id, tag FROM feedback_tags;
DROP TABLE feedback_tags;
DROP TABLE feedback;
ALTER TABLE feedback_new RENAME TO feedback;
CREATE TABLE feedback_tags (
    feedback_id TEXT NOT NULL REFERENCES feedback (id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (feedback_id, tag)
) STRICT, WITHOUT ROWID;
INSERT INTO feedback_tags (feedback_id, tag) SELECT feedback_id, tag FROM feedback_tags_keep;
DROP TABLE feedback_tags_keep;
CREATE INDEX feedback_tags_by_tag ON feedback_tags (tag, feedback_id);
CREATE INDEX feedback_by_person ON feedback (person_id, deleted_at IS NOT NULL, given_on);
CREATE INDEX feedback_live ON feedback (person_id, given_on, polarity) WHERE deleted_at IS NULL;
CREATE INDEX feedback_live_by_polarity ON feedback (person_id, polarity, given_on) WHERE deleted_at IS NULL;
CREATE INDEX feedback_trashed ON feedback (deleted_at) WHERE deleted_at IS NOT NULL;

-- What the full-text index reads: each row's text under its local rowid.
CREATE VIEW meeting_notes_search AS
    SELECT r.seq AS seq, n.title AS title, n.body AS body FROM meeting_notes_rowid r JOIN meeting_notes n ON n.id = r.id;
CREATE VIEW action_items_search AS
    SELECT r.seq AS seq, a.text AS text FROM action_items_rowid r JOIN action_items a ON a.id = r.id;
CREATE VIEW feedback_search AS
    SELECT r.seq AS seq, f.situation AS situation, f.behaviour AS behaviour, f.result AS result, f.tags AS tags
    FROM feedback_rowid r JOIN feedback f ON f.id = r.id;

CREATE VIRTUAL TABLE meeting_notes_fts USING fts5 (
    title, body, content = 'meeting_notes_search', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE action_items_fts USING fts5 (
    text, content = 'action_items_search', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE feedback_fts USING fts5 (
    situation, behaviour, result, tags, content = 'feedback_search', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO meeting_notes_fts (meeting_notes_fts) VALUES ('rebuild');
INSERT INTO action_items_fts (action_items_fts) VALUES ('rebuild');
INSERT INTO feedback_fts (feedback_fts) VALUES ('rebuild');

-- A row that arrives (typed here, restored from the trash or brought by a
-- pack) gets the next local rowid and its words indexed; one that leaves
-- takes both with it.
CREATE TRIGGER meeting_notes_fts_insert AFTER INSERT ON meeting_notes BEGIN
    INSERT INTO meeting_notes_rowid (id) VALUES (new.id);
    INSERT INTO meeting_notes_fts (rowid, title, body)
    VALUES ((SELECT seq FROM meeting_notes_rowid WHERE id = new.id), new.title, new.body);
END;
CREATE TRIGGER meeting_notes_fts_delete AFTER DELETE ON meeting_notes BEGIN
    INSERT INTO meeting_notes_fts (meeting_notes_fts, rowid, title, body)
    VALUES ('delete', (SELECT seq FROM meeting_notes_rowid WHERE id = old.id), old.title, old.body);
    DELETE FROM meeting_notes_rowid WHERE id = old.id;
END;
CREATE TRIGGER meeting_notes_fts_update AFTER UPDATE OF title, body ON meeting_notes BEGIN
    INSERT INTO meeting_notes_fts (meeting_notes_fts, rowid, title, body)
    VALUES ('delete', (SELECT seq FROM meeting_notes_rowid WHERE id = old.id), old.title, old.body);
    INSERT INTO meeting_notes_fts (rowid, title, body)
    VALUES ((SELECT seq FROM meeting_notes_rowid WHERE id = new.id), new.title, new.body);
END;

CREATE TRIGGER action_items_fts_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO action_items_rowid (id) VALUES (new.id);
    INSERT INTO action_items_fts (rowid, text) VALUES ((SELECT seq FROM action_items_rowid WHERE id = new.id), new.text);
END;
CREATE TRIGGER action_items_fts_delete AFTER DELETE ON action_items BEGIN
    INSERT INTO action_items_fts (action_items_fts, rowid, text)
    VALUES ('delete', (SELECT seq FROM action_items_rowid WHERE id = old.id), old.text);
    DELETE FROM action_items_rowid WHERE id = old.id;
END;
CREATE TRIGGER action_items_fts_update AFTER UPDATE OF text ON action_items BEGIN
    INSERT INTO action_items_fts (action_items_fts, rowid, text)
    VALUES ('delete', (SELECT seq FROM action_items_rowid WHERE id = old.id), old.text);
    INSERT INTO action_items_fts (rowid, text) VALUES ((SELECT seq FROM action_items_rowid WHERE id = new.id), new.text);
END;

CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO feedback_rowid (id) VALUES (new.id);
    INSERT INTO feedback_fts (rowid, situation, behaviour, result, tags)
    VALUES ((SELECT seq FROM feedback_rowid WHERE id = new.id), new.situation, new.behaviour, new.result, new.tags);
END;
CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, situation, behaviour, result, tags)
    VALUES ('delete', (SELECT seq FROM feedback_rowid WHERE id = old.id), old.situation, old.behaviour, old.result, old.tags);
    DELETE FROM feedback_rowid WHERE id = old.id;
END;
CREATE TRIGGER feedback_fts_update AFTER UPDATE OF situation, behaviour, result, tags ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, situation, behaviour, result, tags)
    VALUES ('delete', (SELECT seq FROM feedback_rowid WHERE id = old.id), old.situation, old.behaviour, old.result, old.tags);
    INSERT INTO feedback_fts (rowid, situation, behaviour, result, tags)
    VALUES ((SELECT seq FROM feedback_rowid WHERE id = new.id), new.situation, new.behaviour, new.result, new.tags);
END;
