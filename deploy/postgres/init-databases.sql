-- Runs once, on the first start of the postgres container with an empty data volume
-- (mounted into /docker-entrypoint-initdb.d/ by docker-compose.yml).
-- One database per service that owns relational data; the superuser named by
-- POSTGRES_USER runs this script, so it owns both databases and the services log in as it.
-- Each service creates its own schema with Flyway on startup.

CREATE DATABASE innomatch_profiles;
CREATE DATABASE innomatch_projects;
