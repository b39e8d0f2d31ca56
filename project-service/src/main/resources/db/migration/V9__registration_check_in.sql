-- When the participant arrived at the venue; null until checked in (and again after an admin undoes it).
ALTER TABLE event_registration ADD COLUMN checked_in_at timestamptz;
