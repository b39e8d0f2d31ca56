-- Pings heard on innomatch.ping; the primary key makes a redelivered ping a no-op.
CREATE TABLE received_ping (
    id          uuid PRIMARY KEY,
    origin      varchar(100) NOT NULL,
    note        varchar(200),
    sent_at     timestamptz  NOT NULL,
    received_at timestamptz  NOT NULL
);
CREATE INDEX received_ping_received_at ON received_ping (received_at DESC);
