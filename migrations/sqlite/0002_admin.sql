-- Admin area (SQLite). Kept in step with migrations/postgres/0002_admin.sql.

ALTER TABLE users ADD COLUMN is_admin BOOLEAN NOT NULL DEFAULT FALSE;
-- TOTP (RFC 6238) for the admin area: the secret (base32) is shown once, at enrolment.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at BIGINT;       -- set when a first code confirmed it
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;        -- a code's time step is accepted once
ALTER TABLE users ADD COLUMN first_login_at BIGINT;        -- for the dashboard's "signed in" count

ALTER TABLE sessions ADD COLUMN second_factor_at BIGINT;   -- when this session passed TOTP

-- The kill switch: claims stop at once, whatever the dates say.
ALTER TABLE campaigns ADD COLUMN claims_closed BOOLEAN NOT NULL DEFAULT FALSE;
-- What maintainers read once the campaign is over (optional).
ALTER TABLE campaigns ADD COLUMN ended_message TEXT;

-- Eligibility granted by hand, e.g. to people behind team or organisation accounts.
CREATE TABLE grants (
    id              INTEGER PRIMARY KEY,
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    reason          TEXT    NOT NULL,
    granted_by      TEXT    NOT NULL,
    granted_at      BIGINT  NOT NULL,
    withdrawn_by    TEXT,
    withdrawn_at    BIGINT
);
CREATE UNIQUE INDEX grants_one_active ON grants (user_id) WHERE withdrawn_at IS NULL;

-- Bearer tokens of the admin API, stored hashed.
CREATE TABLE api_tokens (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    token_hash      TEXT    NOT NULL UNIQUE,
    created_by      TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    last_used_at    BIGINT,
    revoked_at      BIGINT
);

-- A batch file checked in the browser and waiting for its confirmation. The good codes are
-- kept here, so what is confirmed is exactly what was previewed.
CREATE TABLE batch_uploads (
    id              INTEGER PRIMARY KEY,
    token_hash      TEXT    NOT NULL UNIQUE,          -- the confirm form's reference, hashed
    campaign_id     BIGINT  NOT NULL REFERENCES campaigns (id),
    label           TEXT,
    expires_on      TEXT    NOT NULL,
    countries       TEXT    NOT NULL,                 -- comma-separated; '' for all
    entries         BIGINT  NOT NULL,
    good            BIGINT  NOT NULL,
    bad_report      TEXT    NOT NULL,                 -- the bad lines, one "line: reason" a line
    created_by      TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    loaded_batch_id BIGINT
);
CREATE TABLE staged_codes (
    upload_id       BIGINT  NOT NULL REFERENCES batch_uploads (id) ON DELETE CASCADE,
    line            BIGINT  NOT NULL,
    code            TEXT    NOT NULL,
    PRIMARY KEY (upload_id, line)
);
CREATE UNIQUE INDEX staged_codes_code ON staged_codes (upload_id, code);

-- What survives a purged campaign: counts only, no person.
CREATE TABLE campaign_archives (
    id              INTEGER PRIMARY KEY,
    campaign_name   TEXT    NOT NULL,
    archived_at     BIGINT  NOT NULL,
    archived_by     TEXT    NOT NULL,
    summary         TEXT    NOT NULL                  -- JSON: counts per country, day and batch
);
