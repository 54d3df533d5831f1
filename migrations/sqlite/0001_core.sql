-- keydrop core schema (SQLite). Kept in step with migrations/postgres/0001_core.sql.
-- Timestamps are Unix seconds set by the service; dates are ISO 'YYYY-MM-DD' text.

CREATE TABLE projects (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,      -- PEP 503 normalised
    display_name    TEXT    NOT NULL,
    downloads       BIGINT  NOT NULL,
    download_rank   BIGINT  NOT NULL,             -- rank in the latest import
    critical_since  BIGINT,                       -- first import that found it critical; never cleared
    critical_rank   BIGINT,                       -- its rank then
    updated_at      BIGINT  NOT NULL
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT    NOT NULL,
    username_key    TEXT    NOT NULL UNIQUE,      -- lower-cased username
    email           TEXT    NOT NULL,
    email_key       TEXT    NOT NULL,             -- lower-cased email, for sign-in by address
    date_joined     TEXT    NOT NULL,
    has_totp        BOOLEAN NOT NULL,
    has_webauthn    BOOLEAN NOT NULL,
    updated_at      BIGINT  NOT NULL
);
CREATE INDEX users_email_key ON users (email_key);

CREATE TABLE roles (
    project_id      BIGINT  NOT NULL REFERENCES projects (id),
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    role            TEXT    NOT NULL CHECK (role IN ('Owner', 'Maintainer')),
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX roles_user ON roles (user_id);

CREATE TABLE campaigns (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL UNIQUE,
    countries           TEXT    NOT NULL,         -- comma-separated ISO 3166-1 alpha-2, sorted
    starts_on           TEXT    NOT NULL,
    ends_on             TEXT    NOT NULL,
    store_url           TEXT,
    keys_per_code       BIGINT  NOT NULL CHECK (keys_per_code > 0),
    account_cutoff      TEXT,                     -- accounts joined after this day are too new
    allow_key_holders   BOOLEAN NOT NULL,
    created_at          BIGINT  NOT NULL,
    CHECK (starts_on <= ends_on)
);

CREATE TABLE batches (
    id              INTEGER PRIMARY KEY,
    campaign_id     BIGINT  NOT NULL REFERENCES campaigns (id),
    label           TEXT,
    source          TEXT    NOT NULL CHECK (source IN ('imported', 'generated')),
    expires_on      TEXT    NOT NULL,
    country_bound   BOOLEAN NOT NULL,             -- true: serves only the countries in batch_countries
    created_at      BIGINT  NOT NULL,
    created_by      TEXT    NOT NULL
);

CREATE TABLE batch_countries (
    batch_id        BIGINT  NOT NULL REFERENCES batches (id),
    country         TEXT    NOT NULL,
    PRIMARY KEY (batch_id, country)
);
CREATE INDEX batch_countries_country ON batch_countries (country, batch_id);

CREATE TABLE codes (
    id              INTEGER PRIMARY KEY,
    campaign_id     BIGINT  NOT NULL REFERENCES campaigns (id),
    batch_id        BIGINT  NOT NULL REFERENCES batches (id),
    code            TEXT    NOT NULL UNIQUE,
    expires_on      TEXT    NOT NULL,             -- the batch's, copied for the claim index
    state           TEXT    NOT NULL DEFAULT 'available'
                    CHECK (state IN ('available', 'assigned', 'redeemed', 'expired', 'revoked')),
    user_id         BIGINT  REFERENCES users (id),
    country         TEXT,                         -- declared by the maintainer when claiming
    assigned_at     BIGINT,
    redeemed_at     BIGINT,
    redeemed_via    TEXT    CHECK (redeemed_via IN ('self-report', 'vendor-report', 'admin', 'stripe')),
    revoked_at      BIGINT,
    revoke_reason   TEXT,
    -- A vendor may report a code redeemed that keydrop never handed out: redeemed, no holder.
    CHECK (state <> 'assigned' OR user_id IS NOT NULL),
    CHECK (state <> 'available' OR user_id IS NULL)
);
-- Nobody holds two codes in one campaign: a revoked code no longer counts as held.
CREATE UNIQUE INDEX codes_one_per_holder ON codes (campaign_id, user_id)
    WHERE user_id IS NOT NULL AND state <> 'revoked';
-- The claim walks available codes of a campaign by expiry.
CREATE INDEX codes_claimable ON codes (campaign_id, state, expires_on, id);
CREATE INDEX codes_batch ON codes (batch_id, state);

CREATE TABLE login_tokens (
    token_hash      TEXT    PRIMARY KEY,          -- SHA-256 of the token, hex
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    created_at      BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL,
    used_at         BIGINT
);

CREATE TABLE sessions (
    token_hash      TEXT    PRIMARY KEY,          -- SHA-256 of the cookie's token, hex
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    created_at      BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL,
    flash           TEXT                          -- one message for the next page shown
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Who did what, when. No IP addresses, here or anywhere.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              BIGINT  NOT NULL,
    actor           TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    campaign_id     BIGINT,
    code_id         BIGINT,
    user_id         BIGINT,
    detail          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_code ON audit_log (code_id);
CREATE INDEX audit_log_user ON audit_log (user_id);
