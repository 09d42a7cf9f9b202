-- Placeholder so that 0013_indexes.sql applies on the perffix branch (migrations must be
-- numbered without gaps). DELETE THIS FILE when merging: 0012_safety_plan.sql takes the
-- number (or, if safetyplan added no migration, keep a `SELECT 1;` file at 0012).
SELECT 1;
