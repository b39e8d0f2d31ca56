-- The visibility of each known profile (from ProfileUpserted.visibility), so that a HIDDEN profile's registrations
-- are shown only to the profile itself, its partner and admins.
ALTER TABLE known_profile ADD COLUMN visibility text;
-- Rows heard before this column existed must be heard again: the consumer replays the topic from the start at
-- every boot, but applies only newer versions. Erased rows keep their version so nothing resurrects them.
UPDATE known_profile SET version = -1 WHERE NOT deleted;
