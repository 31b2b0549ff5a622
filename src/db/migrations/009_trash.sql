-- The trash: what a delete removed (a row and everything that depends on
-- it, as JSON), or a list of rows as it was before a save replaced it
-- (version_of names that list). Purged 30 days after deleted_at.
CREATE TABLE trash (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    person_id   TEXT,
    person_name TEXT,
    on_date     TEXT,
    records     INTEGER NOT NULL,
    body        TEXT NOT NULL,
    version_of  TEXT,
    deleted_at  TEXT NOT NULL
) STRICT;
CREATE INDEX trash_by_time ON trash (deleted_at);
CREATE INDEX trash_versions ON trash (version_of, deleted_at) WHERE version_of IS NOT NULL;
-- Purging deleted feedback, and finding the items a trashed meeting closed.
CREATE INDEX feedback_trashed ON feedback (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX action_items_closed_in ON action_items (closed_in_meeting_id) WHERE closed_in_meeting_id IS NOT NULL;
