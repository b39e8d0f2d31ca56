-- One grant per granting event rather than per pair and reason: two matches between the same two profiles are two
-- grants, so that a match that ends (MatchEnded names the MatchFound it ends) withdraws its own grant and no other.
ALTER TABLE contact_grant DROP CONSTRAINT contact_grant_pkey;
ALTER TABLE contact_grant ADD PRIMARY KEY (profile_low, profile_high, reason, event_id);
CREATE INDEX contact_grant_by_event ON contact_grant (event_id);
