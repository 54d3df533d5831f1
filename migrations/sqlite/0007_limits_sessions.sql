-- Rate limits, admin lockouts, session idle time, one live sign-in link (SQLite). Kept in step with migrations/postgres/0007_limits_sessions.sql.

-- Rate limits, shared by every replica: one counter per kind of event, subject (an account's or
-- API token's id, or a hash of a submitted address; never an IP address) and fixed
-- window, raised by one upsert. The upkeep loop deletes counters whose window has ended.
CREATE TABLE rate_limits (
    kind            TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    window_start    BIGINT  NOT NULL,
    hits            BIGINT  NOT NULL,
    expires_at      BIGINT  NOT NULL,
    PRIMARY KEY (kind, subject, window_start)
);
CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);

-- An admin area locked after too many wrong second-factor codes; `seen_at` is set when the
-- admin is told, on their next successful entry.
CREATE TABLE admin_lockouts (
    id              INTEGER PRIMARY KEY,
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    locked_at       BIGINT  NOT NULL,
    locked_until    BIGINT  NOT NULL,
    seen_at         BIGINT
);
CREATE INDEX admin_lockouts_user ON admin_lockouts (user_id, locked_until);

-- Sessions end after a time without use as well as at their absolute end.
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = created_at;
CREATE INDEX sessions_user ON sessions (user_id);

-- A new sign-in link ends the older unused ones of its user; issuing takes this row's lock
-- first, so two links issued at once cannot both stay live.
ALTER TABLE users ADD COLUMN last_login_link_at BIGINT;
CREATE INDEX login_tokens_user ON login_tokens (user_id);
