-- The programme of a matchmaking event: policy presentations, roadshow pitches, panels. Times are instants; the API
-- shows them at the event venue's offset. A deleted session is removed with its follows (its last state, DELETED,
-- stays on innomatch.events).
CREATE TABLE programme_session (
    id                  uuid PRIMARY KEY,
    event_id            uuid          NOT NULL REFERENCES matchmaking_event (id),
    kind                varchar(32)   NOT NULL
                        CHECK (kind IN ('POLICY_PRESENTATION', 'ROADSHOW_PITCH', 'PANEL', 'OTHER')),
    title               varchar(200)  NOT NULL,
    description         varchar(4000),
    starts_at           timestamptz   NOT NULL,
    ends_at             timestamptz   NOT NULL,
    room                varchar(100),
    capacity            integer       CHECK (capacity BETWEEN 1 AND 100000),
    speaker_profile_ids uuid[]        NOT NULL,
    project_id          uuid,
    status              varchar(16)   NOT NULL CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK ((kind = 'ROADSHOW_PITCH') = (project_id IS NOT NULL))
);
CREATE INDEX programme_session_order ON programme_session (event_id, starts_at, id);

-- One row per (session, profile); unfollowing keeps the row so that its version only grows.
CREATE TABLE session_follow (
    session_id  uuid        NOT NULL REFERENCES programme_session (id) ON DELETE CASCADE,
    profile_id  uuid        NOT NULL,
    event_id    uuid        NOT NULL REFERENCES matchmaking_event (id),
    status      varchar(16) NOT NULL CHECK (status IN ('FOLLOWING', 'UNFOLLOWED')),
    followed_at timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL,
    PRIMARY KEY (session_id, profile_id)
);
CREATE INDEX session_follow_of_profile ON session_follow (profile_id, event_id, status);
