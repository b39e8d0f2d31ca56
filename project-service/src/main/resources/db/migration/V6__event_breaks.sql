-- Breaks in an event's programme (lunch, plenary): no meetings are scheduled in slots overlapping them.
CREATE TABLE matchmaking_event_break (
    event_id  uuid         NOT NULL REFERENCES matchmaking_event (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    starts_at timestamptz  NOT NULL,
    ends_at   timestamptz  NOT NULL,
    label     varchar(100),
    PRIMARY KEY (event_id, position),
    CHECK (ends_at > starts_at)
);
