-- Times are stored as instants; the API shows them at the venue's offset, derived from timezone.
CREATE TABLE matchmaking_event (
    id               uuid PRIMARY KEY,
    name             varchar(200) NOT NULL,
    city             varchar(100) NOT NULL,
    timezone         varchar(64)  NOT NULL,
    starts_at        timestamptz  NOT NULL,
    ends_at          timestamptz  NOT NULL,
    slot_minutes     integer      NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    tables           integer      NOT NULL CHECK (tables BETWEEN 1 AND 1000),
    status           varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX matchmaking_event_start_order ON matchmaking_event (starts_at, id);

-- One row per (event, profile); cancelling keeps the row so that re-registering is an update.
CREATE TABLE event_registration (
    event_id      uuid        NOT NULL REFERENCES matchmaking_event (id),
    profile_id    uuid        NOT NULL,
    status        varchar(16) NOT NULL CHECK (status IN ('REGISTERED', 'CANCELLED')),
    registered_at timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (event_id, profile_id)
);
CREATE INDEX event_registration_order ON event_registration (event_id, registered_at, profile_id);
