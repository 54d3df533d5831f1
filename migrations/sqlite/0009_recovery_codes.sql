-- An admin's recovery codes, made when TOTP is set up and shown once: each stands in for a
-- TOTP code once (a lost phone). Only their SHA-256 hashes are kept.
CREATE TABLE admin_recovery_codes (
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    code_hash       TEXT    NOT NULL UNIQUE,
    created_at      BIGINT  NOT NULL,
    used_at         BIGINT
);
CREATE INDEX admin_recovery_codes_user ON admin_recovery_codes (user_id);
