-- Treatments and supports: a log the person keeps of what supports their recovery (medicines,
-- talking therapies, peer and self-help groups, anything else they name). Dose and how often are
-- the person's own words, never parsed: nothing here is prescriptive or checked for adherence.
CREATE TABLE support (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('medicine', 'therapy', 'group', 'other')),
    -- The person's own name for the kind when it is 'other' ("Allotment", "My dog").
    kind_name  TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    dose       TEXT NOT NULL DEFAULT '',
    how_often  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    deleted_at TEXT
);

-- Each dated change: started, changed (a new dose or how often), paused, restarted, stopped (let
-- go), or a note on effects. A change's dose/how often is NULL when it did not change.
CREATE TABLE support_event (
    id         INTEGER PRIMARY KEY,
    support_id INTEGER NOT NULL REFERENCES support (id) ON DELETE CASCADE,
    local_date TEXT NOT NULL,
    kind       TEXT NOT NULL
               CHECK (kind IN ('started', 'changed', 'paused', 'restarted', 'stopped', 'note')),
    dose       TEXT,
    how_often  TEXT,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX support_event_by_support ON support_event (support_id, local_date);
CREATE INDEX support_event_by_day ON support_event (local_date);
