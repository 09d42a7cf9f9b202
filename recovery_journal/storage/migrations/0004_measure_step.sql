-- Each measure's step: what one move of its slider changes (whole numbers, halves or tenths).
-- Values are kept exactly as saved whatever the step; the step only says how the slider moves.
ALTER TABLE measure ADD COLUMN step REAL NOT NULL DEFAULT 1 CHECK (step IN (1, 0.5, 0.1));

-- Sleep moves in halves; so does a measure whose saved values already hold halves, and one
-- whose values hold finer fractions moves in tenths, so editing a check-in can reach them.
UPDATE measure SET step = 0.1
WHERE EXISTS (SELECT 1 FROM checkin_value v
              WHERE v.measure_id = measure.id AND v.value * 2 <> round(v.value * 2));
UPDATE measure SET step = 0.5
WHERE step = 1
  AND (key LIKE 'sleep%'
       OR EXISTS (SELECT 1 FROM checkin_value v
                  WHERE v.measure_id = measure.id AND v.value <> round(v.value)));
