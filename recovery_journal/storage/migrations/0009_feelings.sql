-- Feelings in words: a vocabulary the person can extend, rename, hide and regroup, and any
-- number of feelings on a check-in. A group is how pleasant and how energetic a feeling is;
-- 'other' holds words an import brought in without saying where they belong.
CREATE TABLE feeling (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL COLLATE NOCASE UNIQUE,
    grouping   TEXT NOT NULL DEFAULT 'other'
               CHECK (grouping IN ('pleasant_high', 'pleasant_low', 'unpleasant_high',
                                   'unpleasant_low', 'other')),
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    position   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    renamed_at TEXT
);
CREATE INDEX feeling_by_group ON feeling (grouping, position);

-- A feeling is never deleted (only hidden), and the plain REFERENCES keeps it so while a
-- check-in names it.
CREATE TABLE checkin_feeling (
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    feeling_id INTEGER NOT NULL REFERENCES feeling (id),
    PRIMARY KEY (checkin_id, feeling_id)
) WITHOUT ROWID;
CREATE INDEX checkin_feeling_by_feeling ON checkin_feeling (feeling_id);

-- The starting vocabulary, in our own plain words; every word is the person's to change.
INSERT INTO feeling (name, grouping, position, created_at)
SELECT name, grouping, position,
       strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now')
FROM (
    SELECT 'hopeful' AS name, 'pleasant_high' AS grouping, 1 AS position
    UNION ALL SELECT 'excited', 'pleasant_high', 2
    UNION ALL SELECT 'joyful', 'pleasant_high', 3
    UNION ALL SELECT 'proud', 'pleasant_high', 4
    UNION ALL SELECT 'energised', 'pleasant_high', 5
    UNION ALL SELECT 'motivated', 'pleasant_high', 6
    UNION ALL SELECT 'confident', 'pleasant_high', 7
    UNION ALL SELECT 'playful', 'pleasant_high', 8
    UNION ALL SELECT 'curious', 'pleasant_high', 9
    UNION ALL SELECT 'inspired', 'pleasant_high', 10
    UNION ALL SELECT 'connected', 'pleasant_high', 11
    UNION ALL SELECT 'cheerful', 'pleasant_high', 12
    UNION ALL SELECT 'calm', 'pleasant_low', 1
    UNION ALL SELECT 'content', 'pleasant_low', 2
    UNION ALL SELECT 'grateful', 'pleasant_low', 3
    UNION ALL SELECT 'relaxed', 'pleasant_low', 4
    UNION ALL SELECT 'peaceful', 'pleasant_low', 5
    UNION ALL SELECT 'safe', 'pleasant_low', 6
    UNION ALL SELECT 'relieved', 'pleasant_low', 7
    UNION ALL SELECT 'rested', 'pleasant_low', 8
    UNION ALL SELECT 'cared for', 'pleasant_low', 9
    UNION ALL SELECT 'comfortable', 'pleasant_low', 10
    UNION ALL SELECT 'settled', 'pleasant_low', 11
    UNION ALL SELECT 'thoughtful', 'pleasant_low', 12
    UNION ALL SELECT 'anxious', 'unpleasant_high', 1
    UNION ALL SELECT 'restless', 'unpleasant_high', 2
    UNION ALL SELECT 'irritable', 'unpleasant_high', 3
    UNION ALL SELECT 'worried', 'unpleasant_high', 4
    UNION ALL SELECT 'stressed', 'unpleasant_high', 5
    UNION ALL SELECT 'frustrated', 'unpleasant_high', 6
    UNION ALL SELECT 'angry', 'unpleasant_high', 7
    UNION ALL SELECT 'overwhelmed', 'unpleasant_high', 8
    UNION ALL SELECT 'on edge', 'unpleasant_high', 9
    UNION ALL SELECT 'scared', 'unpleasant_high', 10
    UNION ALL SELECT 'tense', 'unpleasant_high', 11
    UNION ALL SELECT 'embarrassed', 'unpleasant_high', 12
    UNION ALL SELECT 'low', 'unpleasant_low', 1
    UNION ALL SELECT 'tired', 'unpleasant_low', 2
    UNION ALL SELECT 'lonely', 'unpleasant_low', 3
    UNION ALL SELECT 'sad', 'unpleasant_low', 4
    UNION ALL SELECT 'drained', 'unpleasant_low', 5
    UNION ALL SELECT 'bored', 'unpleasant_low', 6
    UNION ALL SELECT 'discouraged', 'unpleasant_low', 7
    UNION ALL SELECT 'disconnected', 'unpleasant_low', 8
    UNION ALL SELECT 'numb', 'unpleasant_low', 9
    UNION ALL SELECT 'disappointed', 'unpleasant_low', 10
    UNION ALL SELECT 'hurt', 'unpleasant_low', 11
    UNION ALL SELECT 'unmotivated', 'unpleasant_low', 12
);
