-- One random identity per journal. Backups are byte copies and keep it, so a restore can tell
-- the person when a backup came from a different journal than the one it would replace.
CREATE TABLE journal_identity (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    identity TEXT NOT NULL
);
INSERT INTO journal_identity (id, identity) VALUES (1, lower(hex(randomblob(16))));
