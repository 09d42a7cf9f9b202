-- A life check: now and then, if the person wants, they rate how satisfied they are with each of
-- their life areas (1 = not at all, 7 = completely; our own words, not a licensed instrument)
-- and may note what is going well. Any area may be skipped (rating NULL).
CREATE TABLE life_check (
    id         INTEGER PRIMARY KEY,
    taken_at   TEXT NOT NULL,
    local_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX life_check_by_day ON life_check (local_date);

-- A life area is never deleted (only hidden), and the plain REFERENCES keeps it so while a
-- rating names it: nothing the person wrote goes with it.
CREATE TABLE life_check_rating (
    life_check_id  INTEGER NOT NULL REFERENCES life_check (id) ON DELETE CASCADE,
    life_domain_id INTEGER NOT NULL REFERENCES life_domain (id),
    rating         INTEGER CHECK (rating BETWEEN 1 AND 7),
    going_well     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (life_check_id, life_domain_id)
) WITHOUT ROWID;
CREATE INDEX life_check_rating_by_domain ON life_check_rating (life_domain_id);
