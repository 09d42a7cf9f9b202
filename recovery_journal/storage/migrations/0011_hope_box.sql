-- The hope box: what reminds the person why things matter. Every field is optional except the
-- kind; `position` orders the box as the person arranged it. A picture lives here as bytes
-- (already re-encoded by the app, no metadata), never as a loose file beside the vault.
CREATE TABLE hope_item (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('reason', 'words', 'memory', 'person_place', 'picture')),
    body          TEXT NOT NULL DEFAULT '',
    who_said      TEXT NOT NULL DEFAULT '',
    link_kind     TEXT CHECK (link_kind IN ('journal', 'checkin')),
    link_id       INTEGER,
    link_date     TEXT,
    image         BLOB,
    image_type    TEXT CHECK (image_type IN ('image/png', 'image/jpeg')),
    position      INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT,
    -- An imported memory keeps what it was and its day; its id meant something only there.
    CHECK (link_id IS NULL OR link_kind IS NOT NULL),
    CHECK ((image IS NULL) = (image_type IS NULL))
);
CREATE INDEX hope_item_by_position ON hope_item (deleted_at, position);
