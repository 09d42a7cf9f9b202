-- Questionnaire answers, item by item. A skipped item is a row with a NULL value, never a 0,
-- so a total is only ever computed from what the person actually answered. `extra_value` holds
-- the unscored question some instruments ask after their items (PHQ-9, GAD-7: how difficult).
CREATE TABLE questionnaire_response (
    id          INTEGER PRIMARY KEY,
    instrument  TEXT NOT NULL,
    taken_at    TEXT NOT NULL,
    local_date  TEXT NOT NULL,
    extra_value INTEGER CHECK (extra_value IS NULL OR extra_value BETWEEN 0 AND 10),
    created_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX questionnaire_response_by_day
    ON questionnaire_response (instrument, local_date, taken_at);

CREATE TABLE questionnaire_answer (
    response_id INTEGER NOT NULL REFERENCES questionnaire_response (id) ON DELETE CASCADE,
    item_index  INTEGER NOT NULL CHECK (item_index >= 0),
    value       INTEGER CHECK (value IS NULL OR value BETWEEN 0 AND 10),
    PRIMARY KEY (response_id, item_index)
) WITHOUT ROWID;
