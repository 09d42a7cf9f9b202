-- Lists and counts read only live rows (deleted_at IS NULL); these partial indexes hold just
-- those, in the order the lists want them, so a page is a short walk from where the last one
-- ended instead of a scan and sort of the whole history. Set-aside rows get their own small
-- indexes for "recently deleted" and for purging.

-- The journal list, newest first, paged by keyset (storage/journal_list.py).
CREATE INDEX journal_entry_live_newest
    ON journal_entry (julianday(written_at), id) WHERE deleted_at IS NULL;
CREATE INDEX journal_entry_set_aside
    ON journal_entry (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- Check-ins by day (Today, history, charts, counts) and those set aside.
CREATE INDEX checkin_live_by_day
    ON checkin (local_date, recorded_at) WHERE deleted_at IS NULL;
CREATE INDEX checkin_set_aside
    ON checkin (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- Strength uses by day, live only.
CREATE INDEX strength_use_live_by_day
    ON strength_use (occurred_on) WHERE deleted_at IS NULL;
