-- The partner portal that registered each known profile (from ProfileUpserted.ownerPartnerId), so that a partner
-- may register to events only the profiles it created.
ALTER TABLE known_profile ADD COLUMN owner_partner_id text;
