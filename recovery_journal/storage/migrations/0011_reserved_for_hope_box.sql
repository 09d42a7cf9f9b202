-- Placeholder so that 0013_indexes.sql applies on the perffix branch (migrations must be
-- numbered without gaps). DELETE THIS FILE when merging: 0011_hope_box.sql takes the number.
SELECT 1;
