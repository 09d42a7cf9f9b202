-- Early-warning rules the person writes from their own check-ins ("sleep hours below 5 on 3
-- days running"). They are only ever evaluated on this machine; nothing is sent anywhere.
-- kind: 'below' / 'above' (a measure's daily mean below / above threshold on `days` days
-- running), 'at_most_of' (daily mean <= threshold on `days` of the last `window_days` days),
-- 'tag_running' (the tag on `days` days running).
-- section_key names the plan section the gentle note on Today opens.
CREATE TABLE early_warning_rule (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('below', 'above', 'at_most_of', 'tag_running')),
    measure_key TEXT NOT NULL DEFAULT '',
    tag_name    TEXT NOT NULL DEFAULT '',
    threshold   REAL NOT NULL DEFAULT 0,
    days        INTEGER NOT NULL CHECK (days BETWEEN 1 AND 366),
    window_days INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 366),
    section_key TEXT NOT NULL DEFAULT 'early_warning'
                REFERENCES plan_section (key) ON DELETE SET DEFAULT,
    paused      INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    created_at  TEXT NOT NULL
);
