-- The first schema of a Recovery Journal vault.
-- Times are ISO 8601 text with a UTC offset; days are 'YYYY-MM-DD' in the person's own time.
-- deleted_at marks a soft delete, so Ctrl+Z works after a restart; rows are purged later.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE life_domain (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL COLLATE NOCASE UNIQUE,
    position INTEGER NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE measure (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    min_value  REAL NOT NULL,
    max_value  REAL NOT NULL CHECK (max_value > min_value),
    low_label  TEXT NOT NULL DEFAULT '',
    high_label TEXT NOT NULL DEFAULT '',
    built_in   INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    position   INTEGER NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE tag (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL COLLATE NOCASE UNIQUE,
    kind           TEXT NOT NULL DEFAULT 'activity'
                   CHECK (kind IN ('activity', 'person', 'place', 'topic')),
    life_domain_id INTEGER REFERENCES life_domain (id) ON DELETE SET NULL,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE checkin (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    local_date  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX checkin_by_day ON checkin (local_date, recorded_at);

CREATE TABLE checkin_value (
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    value      REAL NOT NULL,
    PRIMARY KEY (checkin_id, measure_id)
) WITHOUT ROWID;
CREATE INDEX checkin_value_by_measure ON checkin_value (measure_id);

CREATE TABLE checkin_tag (
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (checkin_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX checkin_tag_by_tag ON checkin_tag (tag_id);

CREATE TABLE strength (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT 'quality'
                   CHECK (kind IN ('quality', 'skill', 'person', 'place', 'resource')),
    life_domain_id INTEGER REFERENCES life_domain (id) ON DELETE SET NULL,
    archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at     TEXT NOT NULL,
    deleted_at     TEXT
);

CREATE TABLE strength_use (
    id          INTEGER PRIMARY KEY,
    strength_id INTEGER NOT NULL REFERENCES strength (id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX strength_use_by_day ON strength_use (occurred_on);

CREATE TABLE strength_use_tag (
    strength_use_id INTEGER NOT NULL REFERENCES strength_use (id) ON DELETE CASCADE,
    tag_id          INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (strength_use_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE goal (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    why            TEXT NOT NULL DEFAULT '',
    life_domain_id INTEGER REFERENCES life_domain (id) ON DELETE SET NULL,
    status         TEXT NOT NULL DEFAULT 'active'
                   CHECK (status IN ('active', 'paused', 'achieved', 'let_go')),
    target_date    TEXT,
    created_at     TEXT NOT NULL,
    closed_at      TEXT,
    deleted_at     TEXT
);

CREATE TABLE goal_strength (
    goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    strength_id INTEGER NOT NULL REFERENCES strength (id) ON DELETE CASCADE,
    PRIMARY KEY (goal_id, strength_id)
) WITHOUT ROWID;

CREATE TABLE goal_step (
    id         INTEGER PRIMARY KEY,
    goal_id    INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    position   INTEGER NOT NULL,
    due_on     TEXT,
    done_at    TEXT,
    deleted_at TEXT
);
CREATE INDEX goal_step_by_goal ON goal_step (goal_id, position);

CREATE TABLE goal_review (
    id          INTEGER PRIMARY KEY,
    goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    reviewed_on TEXT NOT NULL,
    progress    INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note        TEXT NOT NULL DEFAULT '',
    deleted_at  TEXT
);
CREATE INDEX goal_review_by_goal ON goal_review (goal_id, reviewed_on);

CREATE TABLE journal_entry (
    id         INTEGER PRIMARY KEY,
    written_at TEXT NOT NULL,
    local_date TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX journal_entry_by_day ON journal_entry (local_date);

CREATE TABLE journal_entry_tag (
    entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX journal_entry_tag_by_tag ON journal_entry_tag (tag_id);

-- The search index lives inside the encrypted file. remove_diacritics 2 folds accents on both
-- sides, so "cafe" finds "café" and the reverse.
CREATE VIRTUAL TABLE journal_fts USING fts5 (
    title, body,
    content = 'journal_entry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entry BEGIN
    INSERT INTO journal_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entry BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, body ON journal_entry BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO journal_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE plan_section (
    key            TEXT PRIMARY KEY,
    position       INTEGER NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT,
    last_viewed_at TEXT
) WITHOUT ROWID;

CREATE TABLE plan_revision (
    id          INTEGER PRIMARY KEY,
    section_key TEXT NOT NULL REFERENCES plan_section (key) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    saved_at    TEXT NOT NULL
);
CREATE INDEX plan_revision_by_section ON plan_revision (section_key, saved_at);

CREATE TABLE supporter (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    relationship   TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    helps_with     TEXT NOT NULL DEFAULT '',
    plan_stages    TEXT NOT NULL DEFAULT '',
    in_crisis_plan INTEGER NOT NULL DEFAULT 0 CHECK (in_crisis_plan IN (0, 1)),
    do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    position       INTEGER NOT NULL,
    deleted_at     TEXT
);

-- Personal settings (reminder, auto-lock, ...) are content too, so they live in the vault.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO vault_meta (key, value) VALUES ('format', 'recovery-journal');

INSERT INTO measure (key, name, min_value, max_value, low_label, high_label, built_in, position)
VALUES ('mood', 'Mood', 0, 10, 'Very low', 'Very good', 1, 0),
       ('hope', 'Hope', 0, 10, 'No hope right now', 'Very hopeful', 1, 1);

INSERT INTO life_domain (name, position)
VALUES ('Work & meaningful activity', 0),
       ('Learning', 1),
       ('Relationships & family', 2),
       ('Friends & social life', 3),
       ('Community', 4),
       ('Spirituality & faith', 5),
       ('Culture & identity', 6),
       ('Physical health', 7),
       ('Emotional wellbeing', 8),
       ('Home & money', 9);

INSERT INTO plan_section (key, position)
VALUES ('well', 0), ('toolbox', 1), ('daily', 2), ('triggers', 3), ('early_warning', 4),
       ('breaking_down', 5), ('crisis', 6), ('after_crisis', 7);
