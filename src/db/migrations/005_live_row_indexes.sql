-- Partial indexes over the rows that are live (not deleted, not done): the
-- balance, the timeline and the team view filter on exactly these, and an
-- expression index on "deleted_at IS NOT NULL" cannot serve "deleted_at IS NULL".
-- feedback_live also covers the balance's 90-day window, so it reads no table rows.
CREATE INDEX feedback_live ON feedback (person_id, given_on, polarity) WHERE deleted_at IS NULL;
CREATE INDEX feedback_live_by_polarity ON feedback (person_id, polarity, given_on) WHERE deleted_at IS NULL;
CREATE INDEX action_items_open ON action_items (person_id, due_on) WHERE done_at IS NULL;
