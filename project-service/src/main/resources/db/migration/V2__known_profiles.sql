-- Profiles this service has heard of on innomatch.profiles (a read model; profile-service owns the data).
-- An erased profile keeps its row, flagged deleted and stripped of personal data, so that a replayed
-- older upsert (version <= stored version) cannot bring it back.
CREATE TABLE known_profile (
    id          uuid PRIMARY KEY,
    name        text,
    country     text,
    version     bigint      NOT NULL,
    deleted     boolean     NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL
);
