-- to_tsvector needs an immutable expression in a generated column; array_to_string is only stable because
-- of arbitrary element types, for text[] it is immutable in practice.
CREATE FUNCTION project_keywords_text(keywords text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_to_string(keywords, ' '), '') $$;

CREATE TABLE project (
    id                uuid PRIMARY KEY,
    title             varchar(200)  NOT NULL,
    summary           varchar(4000) NOT NULL,
    owner_profile_id  uuid          NOT NULL,
    country           varchar(2)    NOT NULL,
    sectors           text[]        NOT NULL,
    trl               smallint      CHECK (trl BETWEEN 1 AND 9),
    cooperation_types text[]        NOT NULL,
    keywords          text[]        NOT NULL,
    funding_amount    numeric(17, 2) CHECK (funding_amount > 0),
    funding_currency  varchar(3),
    status            varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    deadline          timestamptz,
    deadline_offset   integer,  -- seconds; keeps the offset the client gave (Hibernate @TimeZoneStorage)
    owner_partner_id  varchar(100),
    closed_at         timestamptz,
    close_reason      varchar(40),
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL,
    search_vector     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title), 'A')
        || setweight(to_tsvector('simple'::regconfig, project_keywords_text(keywords)), 'A')
        || setweight(to_tsvector('simple'::regconfig, summary), 'B')) STORED,
    CHECK ((funding_amount IS NULL) = (funding_currency IS NULL))
);

-- Listing order and keyset pagination: newest first, id breaks ties.
CREATE INDEX project_created_order ON project (created_at DESC, id DESC);
CREATE INDEX project_search ON project USING gin (search_vector);
CREATE INDEX project_owner ON project (owner_profile_id);
-- The deadline job looks only at published projects with a deadline.
CREATE INDEX project_published_deadline ON project (deadline) WHERE status = 'PUBLISHED' AND deadline IS NOT NULL;
