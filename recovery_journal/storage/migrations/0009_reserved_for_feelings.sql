-- Placeholder so that 0010_supports.sql applies on the treatments branch (migrations must be
-- numbered without gaps). DELETE THIS FILE when merging: 0009_feelings.sql takes the number.
SELECT 1;
