CREATE TABLE test_profile (
    id      uuid   PRIMARY KEY,
    name    text   NOT NULL,
    version bigint NOT NULL
);
