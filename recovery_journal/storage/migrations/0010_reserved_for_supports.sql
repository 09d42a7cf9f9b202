-- Placeholder so that 0011_hope_box.sql applies on the hopebox branch (migrations must be
-- numbered without gaps). DELETE THIS FILE when merging: 0010_supports.sql takes the number.
SELECT 1;
