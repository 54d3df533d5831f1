-- Admins' security keys (WebAuthn), a second factor beside TOTP. A key is its credential
-- id (base64url, unique: one key cannot serve two accounts) and the credential as
-- webauthn-rs keeps it (JSON: public key, algorithm, flags); sign_count is the key's
-- signature counter as last seen, compared on every use (a cloned key's counter falls
-- behind, and is refused).
CREATE TABLE admin_security_keys (
    id              INTEGER PRIMARY KEY,
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    name            TEXT    NOT NULL,
    credential_id   TEXT    NOT NULL UNIQUE,
    credential      TEXT    NOT NULL,
    sign_count      BIGINT  NOT NULL DEFAULT 0,
    created_at      BIGINT  NOT NULL,
    last_used_at    BIGINT
);
CREATE INDEX admin_security_keys_user ON admin_security_keys (user_id);

-- A WebAuthn ceremony under way: its challenge and state, kept server-side between its
-- start and its finish, tied to the session that started it, used once (deleted when
-- finished) and short-lived (expires_at). One of each kind per session: a new start
-- replaces the old.
CREATE TABLE webauthn_ceremonies (
    session_hash    TEXT    NOT NULL REFERENCES sessions (token_hash) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('register', 'authenticate')),
    state           TEXT    NOT NULL,
    key_name        TEXT    NOT NULL DEFAULT '',
    expires_at      BIGINT  NOT NULL,
    PRIMARY KEY (session_hash, kind)
);

-- How a session passed the admin area's second factor: NULL for TOTP (or a recovery
-- code), 'security-key' for a key. KEYDROP_ADMIN_REQUIRE_SECURITY_KEY accepts only the
-- latter.
ALTER TABLE sessions ADD COLUMN second_factor_method TEXT;
