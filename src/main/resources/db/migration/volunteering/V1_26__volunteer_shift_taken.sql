-- Places taken per shift, kept on the shift's row (decision 0053, revised for issue 5's 50 residents at once): a
-- sign-up does all its reading, checking and writing first and takes a place last, with
--   UPDATE volunteer_shift SET taken = taken + 1 WHERE id = ? AND taken < capacity
-- (no row updated: the shift is full and the whole sign-up rolls back), so the shift's row is locked only from that
-- statement to the commit. A cancellation (and the erasure of an account) gives the place back the same way, only
-- for a sign-up it moved from SIGNED_UP to CANCELLED itself. The check stands behind both.
ALTER TABLE volunteer_shift ADD COLUMN taken INT DEFAULT 0 NOT NULL;
UPDATE volunteer_shift SET taken = (
  SELECT COUNT(*) FROM volunteer_signup s WHERE s.shift_id = volunteer_shift.id AND s.status = 'SIGNED_UP');
ALTER TABLE volunteer_shift ADD CONSTRAINT volunteer_shift_taken_range CHECK (taken >= 0 AND taken <= capacity);
