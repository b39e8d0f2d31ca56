-- Transactional outbox: a service inserts a row in the same transaction as its business change; the relay
-- (org.innomatch.outbox.OutboxRelay) publishes unsent rows to Kafka in seq order and sets sent_at after the ack.
CREATE TABLE outbox_event (
    id           uuid        PRIMARY KEY,            -- the CloudEvents id (ce_id)
    seq          bigserial   NOT NULL UNIQUE,        -- publication order
    topic        text        NOT NULL,
    message_key  text        NOT NULL,               -- Kafka record key: the aggregate id (ce_subject)
    event_type   text        NOT NULL,               -- ce_type, for people reading the table
    headers      jsonb       NOT NULL,               -- CloudEvents binary-mode Kafka headers (ce_*, content-type)
    payload      bytea,                              -- record value; NULL for a tombstone
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz,                        -- set once the broker acknowledged the record
    attempts     integer     NOT NULL DEFAULT 0,     -- sends tried, successful or not
    last_error   text                                -- the latest failed send, kept after a later success
);

-- The relay's work queue: only unsent rows, in publication order. Stays tiny when Kafka keeps up.
CREATE INDEX outbox_event_unsent_seq_idx ON outbox_event (seq) WHERE sent_at IS NULL;
