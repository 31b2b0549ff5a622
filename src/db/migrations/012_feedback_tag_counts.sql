-- How many live feedback entries carry each tag, per rep, kept by triggers:
-- a rep's Feedback tab lists their tags most used first, and counting them
-- from feedback_tags read every entry the rep ever had (20,000 in the
-- large-workspace benchmark). Rows that fall to zero stay, and are skipped
-- when read. The triggers hold whichever order the rows come in (a pack
-- may apply tags before their entry): a tag counts while both it and a
-- live entry exist.
CREATE TABLE feedback_tag_counts (
    person_id TEXT NOT NULL,
    tag       TEXT NOT NULL,
    entries   INTEGER NOT NULL,
    PRIMARY KEY (person_id, tag)
) STRICT, WITHOUT ROWID;

INSERT INTO feedback_tag_counts (person_id, tag, entries)
SELECT f.person_id, t.tag, count(*)
FROM feedback_tags t JOIN feedback f ON f.id = t.feedback_id
WHERE f.deleted_at IS NULL
GROUP BY f.person_id, t.tag;

CREATE TRIGGER feedback_tag_counted AFTER INSERT ON feedback_tags BEGIN
    INSERT INTO feedback_tag_counts (person_id, tag, entries)
    SELECT person_id, new.tag, 1 FROM feedback WHERE id = new.feedback_id AND deleted_at IS NULL
    ON CONFLICT (person_id, tag) DO UPDATE SET entries = entries + 1;
END;

CREATE TRIGGER feedback_tag_uncounted AFTER DELETE ON feedback_tags BEGIN
    UPDATE feedback_tag_counts SET entries = entries - 1
    WHERE tag = old.tag
      AND person_id = (SELECT person_id FROM feedback WHERE id = old.feedback_id AND deleted_at IS NULL);
END;

CREATE TRIGGER feedback_tags_counted_with_entry AFTER INSERT ON feedback WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO feedback_tag_counts (person_id, tag, entries)
    SELECT new.person_id, tag, 1 FROM feedback_tags WHERE feedback_id = new.id
    ON CONFLICT (person_id, tag) DO UPDATE SET entries = entries + 1;
END;

CREATE TRIGGER feedback_tags_uncounted_with_entry AFTER DELETE ON feedback WHEN old.deleted_at IS NULL BEGIN
    UPDATE feedback_tag_counts SET entries = entries - 1
    WHERE person_id = old.person_id AND tag IN (SELECT tag FROM feedback_tags WHERE feedback_id = old.id);
END;

-- Trashing, restoring, or moving an entry to another person.
CREATE TRIGGER feedback_tags_recounted AFTER UPDATE OF deleted_at, person_id ON feedback
WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) OR old.person_id <> new.person_id BEGIN
    UPDATE feedback_tag_counts SET entries = entries - 1
    WHERE old.deleted_at IS NULL AND person_id = old.person_id
      AND tag IN (SELECT tag FROM feedback_tags WHERE feedback_id = old.id);
    INSERT INTO feedback_tag_counts (person_id, tag, entries)
    SELECT new.person_id, tag, 1 FROM feedback_tags WHERE feedback_id = new.id AND new.deleted_at IS NULL
    ON CONFLICT (person_id, tag) DO UPDATE SET entries = entries + 1;
END;
