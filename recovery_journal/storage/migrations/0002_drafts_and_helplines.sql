-- Drafts: unsaved text kept encrypted when the journal locks, so it comes back after unlock.
CREATE TABLE draft (
    key        TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- The person's own helplines (GP, local crisis team, a friend), shown in "Get help now" beside
-- the bundled ones. Empty until the person adds or edits one.
CREATE TABLE helpline (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    contact  TEXT NOT NULL DEFAULT '',
    details  TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
