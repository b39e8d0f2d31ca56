-- Pairs of profiles that may see each other's contact details (a mutual match or an accepted meeting).
-- The pair is stored ordered (profile_low < profile_high), so the primary key covers the unordered pair.
CREATE TABLE contact_grant (
    profile_low  uuid        NOT NULL,
    profile_high uuid        NOT NULL,
    reason       varchar(20) NOT NULL CHECK (reason IN ('MATCH', 'MEETING')),
    granted_at   timestamptz NOT NULL,
    event_id     uuid        NOT NULL,
    PRIMARY KEY (profile_low, profile_high, reason),
    CHECK (profile_low < profile_high)
);
CREATE INDEX contact_grant_high ON contact_grant (profile_high);

-- Events of innomatch.matches / innomatch.meetings already handled; a redelivery is recognised by its id.
CREATE TABLE contact_grant_event (
    event_id    uuid PRIMARY KEY,
    handled_at  timestamptz NOT NULL
);
