-- Search counts and pages every match, but needs only these few columns of each: reading them
-- from this narrow index instead of the entries themselves (whose text fills whole pages) makes
-- a search for a word in every entry of ten years about forty times quicker. Queries name it
-- (INDEXED BY), since the planner would otherwise look rows up by id in the table.
CREATE INDEX journal_entry_search ON journal_entry (id, deleted_at, local_date, written_at);
