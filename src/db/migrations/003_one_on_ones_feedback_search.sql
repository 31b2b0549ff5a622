CREATE TABLE agenda_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    builtin_key TEXT UNIQUE,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE agenda_sections (
    id                 TEXT PRIMARY KEY NOT NULL,
    template_id        TEXT NOT NULL REFERENCES agenda_templates (id),
    position           INTEGER NOT NULL,
    title              TEXT NOT NULL,
    prompt             TEXT NOT NULL DEFAULT '',
    default_visibility TEXT NOT NULL CHECK (default_visibility IN ('private', 'shared')),
    UNIQUE (template_id, position)
) STRICT;

ALTER TABLE people ADD COLUMN cadence TEXT CHECK (cadence IN ('weekly', 'biweekly', 'monthly'));
ALTER TABLE people ADD COLUMN cadence_since TEXT;
ALTER TABLE people ADD COLUMN agenda_template_id TEXT REFERENCES agenda_templates (id);

CREATE TABLE meetings (
    id            TEXT PRIMARY KEY NOT NULL,
    person_id     TEXT NOT NULL REFERENCES people (id),
    held_on       TEXT NOT NULL,
    template_name TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX meetings_by_person ON meetings (person_id, held_on);

CREATE TABLE meeting_notes (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL,
    prompt     TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'shared')),
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, position)
) STRICT;

CREATE TABLE action_items (
    seq                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
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
CREATE INDEX action_items_by_person ON action_items (person_id, done_at IS NOT NULL, due_on);
CREATE INDEX action_items_by_meeting ON action_items (meeting_id);

CREATE TABLE feedback (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
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
CREATE INDEX feedback_by_person ON feedback (person_id, deleted_at IS NOT NULL, given_on);

CREATE TABLE feedback_tags (
    feedback_id TEXT NOT NULL REFERENCES feedback (id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (feedback_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX feedback_tags_by_tag ON feedback_tags (tag, feedback_id);

-- Full-text indexes over the searchable tables, kept in step by triggers.
CREATE VIRTUAL TABLE meeting_notes_fts USING fts5 (
    title, body, content = 'meeting_notes', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER meeting_notes_fts_insert AFTER INSERT ON meeting_notes BEGIN
    INSERT INTO meeting_notes_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER meeting_notes_fts_delete AFTER DELETE ON meeting_notes BEGIN
    INSERT INTO meeting_notes_fts (meeting_notes_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER meeting_notes_fts_update AFTER UPDATE OF title, body ON meeting_notes BEGIN
    INSERT INTO meeting_notes_fts (meeting_notes_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO meeting_notes_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

CREATE VIRTUAL TABLE action_items_fts USING fts5 (
    text, content = 'action_items', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER action_items_fts_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO action_items_fts (rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER action_items_fts_delete AFTER DELETE ON action_items BEGIN
    INSERT INTO action_items_fts (action_items_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER action_items_fts_update AFTER UPDATE OF text ON action_items BEGIN
    INSERT INTO action_items_fts (action_items_fts, rowid, text) VALUES ('delete', old.seq, old.text);
    INSERT INTO action_items_fts (rowid, text) VALUES (new.seq, new.text);
END;

CREATE VIRTUAL TABLE feedback_fts USING fts5 (
    situation, behaviour, result, tags, content = 'feedback', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO feedback_fts (rowid, situation, behaviour, result, tags)
    VALUES (new.seq, new.situation, new.behaviour, new.result, new.tags);
END;
CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, situation, behaviour, result, tags)
    VALUES ('delete', old.seq, old.situation, old.behaviour, old.result, old.tags);
END;
CREATE TRIGGER feedback_fts_update AFTER UPDATE OF situation, behaviour, result, tags ON feedback BEGIN
    INSERT INTO feedback_fts (feedback_fts, rowid, situation, behaviour, result, tags)
    VALUES ('delete', old.seq, old.situation, old.behaviour, old.result, old.tags);
    INSERT INTO feedback_fts (rowid, situation, behaviour, result, tags)
    VALUES (new.seq, new.situation, new.behaviour, new.result, new.tags);
END;
