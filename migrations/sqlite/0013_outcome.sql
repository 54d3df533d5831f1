-- The giveaway's outcome (SQLite). Kept in step with migrations/postgres/0013_outcome.sql.

-- One row per registry import: the counts of the critical set and of how its maintainers
-- protect their accounts, as that import left them. Rows are only ever added.
CREATE TABLE registry_snapshots (
    id                   INTEGER PRIMARY KEY,
    taken_at             BIGINT  NOT NULL,   -- the import's time (Unix seconds)
    critical_projects    BIGINT  NOT NULL,
    critical_maintainers BIGINT  NOT NULL,   -- users with a role on a critical project
    with_totp            BIGINT  NOT NULL,   -- of those, with TOTP
    with_webauthn        BIGINT  NOT NULL,   -- of those, with a security key
    with_any_2fa         BIGINT  NOT NULL    -- of those, with either
);
CREATE INDEX registry_snapshots_taken ON registry_snapshots (taken_at, id);

-- Whether the holder had a security key registered when they claimed the code, written by
-- the claim itself; NULL for codes claimed before this column existed, and never claimed.
ALTER TABLE codes ADD COLUMN holder_had_key BOOLEAN;
