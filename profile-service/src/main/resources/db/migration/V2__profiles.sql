-- Participant profiles. Code lists are PostgreSQL arrays searched through GIN indexes.

-- Every sector code plus the parent of each sub-code: {HEALTH.MEDTECH, AI} -> {AI, HEALTH, HEALTH.MEDTECH},
-- so that a filter on a parent code (HEALTH) also finds profiles that only name a sub-code.
CREATE FUNCTION profile_sector_paths(codes text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT coalesce(array_agg(DISTINCT path ORDER BY path), '{}')
FROM (SELECT code AS path FROM unnest(codes) AS code
      UNION
      SELECT split_part(code, '.', 1) FROM unnest(codes) AS code) AS paths
$$;

-- Text as the search index sees it. Lower-cased with the builtin pg_c_utf8 collation (PostgreSQL 17+), which folds
-- Ü, Ł, Ą … the same on every server whatever its OS locale, so search is case-insensitive in every language.
-- The 'simple' parser keeps a run of Chinese or Japanese characters as one token, so each such character becomes a
-- token of its own; a query then matches CJK text as a phrase of single characters (ProfileSearchText on the Java
-- side prepares queries the same way, and queries are lower-cased with the same collation).
CREATE FUNCTION profile_search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT regexp_replace(lower(coalesce(value, '') COLLATE pg_c_utf8),
                      '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])', ' \1 ', 'g')
$$;

-- array_to_string is only STABLE, which a generated column does not accept; joining text with spaces is immutable.
CREATE FUNCTION profile_join_words(words text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT coalesce(string_agg(word, ' '), '') FROM unnest(words) AS word
$$;

CREATE TABLE profile (
    id                uuid          PRIMARY KEY,
    name              varchar(200)  NOT NULL,
    kind              varchar(40)   NOT NULL,
    organization      varchar(200),
    country           char(2)       NOT NULL,
    sectors           text[]        NOT NULL DEFAULT '{}',
    offers            varchar(4000),
    needs             varchar(4000),
    keywords          text[]        NOT NULL DEFAULT '{}',
    cooperation_types text[]        NOT NULL DEFAULT '{}',
    languages         text[]        NOT NULL DEFAULT '{}',
    contact_email     varchar(254),
    contact_phone     varchar(40),
    contact_website   varchar(300),
    visibility        varchar(20)   NOT NULL,
    owner_partner_id  varchar(100),
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           bigint        NOT NULL,
    sector_paths      text[]        GENERATED ALWAYS AS (profile_sector_paths(sectors)) STORED,
    -- 'simple' rather than a language configuration: profiles mix English, German, Polish and Chinese in the
    -- same fields and carry no language tag per field; English stemming and stop words would mangle the others.
    search_vector     tsvector      GENERATED ALWAYS AS (
                          setweight(to_tsvector('simple'::regconfig,
                                  profile_search_text(name) || ' ' || profile_search_text(organization)), 'A')
                          || setweight(to_tsvector('simple'::regconfig,
                                  profile_search_text(profile_join_words(keywords))), 'B')
                          || setweight(to_tsvector('simple'::regconfig,
                                  profile_search_text(offers) || ' ' || profile_search_text(needs)), 'C')
                      ) STORED
);

CREATE INDEX profile_created_at_id ON profile (created_at, id);
CREATE INDEX profile_kind ON profile (kind);
CREATE INDEX profile_country ON profile (country);
CREATE INDEX profile_sector_paths_gin ON profile USING gin (sector_paths);
CREATE INDEX profile_cooperation_types_gin ON profile USING gin (cooperation_types);
CREATE INDEX profile_languages_gin ON profile USING gin (languages);
CREATE INDEX profile_search_vector_gin ON profile USING gin (search_vector);
CREATE INDEX profile_owner_partner_id ON profile (owner_partner_id) WHERE owner_partner_id IS NOT NULL;
