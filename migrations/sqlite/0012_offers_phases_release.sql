-- Offers, phases and codes handed back (SQLite). Kept in step with
-- migrations/postgres/0012_offers_phases_release.sql.

-- What a campaign offers: one kind of key each (its vendor, store, keys per code, the
-- countries it ships to, how it is redeemed). Every batch belongs to one offer.
CREATE TABLE offers (
    id              INTEGER PRIMARY KEY,
    campaign_id     BIGINT  NOT NULL REFERENCES campaigns (id),
    name            TEXT    NOT NULL,
    vendor          TEXT    NOT NULL DEFAULT '',
    store_url       TEXT,
    keys_per_code   BIGINT  NOT NULL CHECK (keys_per_code > 0),
    countries       TEXT    NOT NULL,                 -- comma-separated ISO 3166-1 alpha-2, sorted
    fulfilment      TEXT    NOT NULL DEFAULT 'vendor' CHECK (fulfilment IN ('vendor', 'stripe')),
    created_at      BIGINT  NOT NULL,
    UNIQUE (campaign_id, name)
);
-- Existing campaigns keep working: one offer made from their settings, holding their batches.
INSERT INTO offers (campaign_id, name, store_url, keys_per_code, countries, fulfilment, created_at)
    SELECT id, name, store_url, keys_per_code, countries, fulfilment, created_at FROM campaigns;
ALTER TABLE batches ADD COLUMN offer_id BIGINT REFERENCES offers (id);
UPDATE batches SET offer_id = (SELECT o.id FROM offers o WHERE o.campaign_id = batches.campaign_id);
CREATE INDEX batches_offer ON batches (offer_id, published);
ALTER TABLE batch_uploads ADD COLUMN offer_id BIGINT;
UPDATE batch_uploads SET offer_id = (SELECT o.id FROM offers o WHERE o.campaign_id = batch_uploads.campaign_id);

-- The campaign's own rules are its first phase; these two were fixed until now.
ALTER TABLE campaigns ADD COLUMN require_critical BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE campaigns ADD COLUMN exclude_totp BOOLEAN NOT NULL DEFAULT FALSE;
-- Scheduled changes of the rules: from `starts_on` on, each rule given here replaces the one
-- in force before (NULL: unchanged). The latest phase whose day has come is in force.
CREATE TABLE campaign_phases (
    id                  INTEGER PRIMARY KEY,
    campaign_id         BIGINT  NOT NULL REFERENCES campaigns (id),
    starts_on           TEXT    NOT NULL,
    require_critical    BOOLEAN,
    exclude_totp        BOOLEAN,
    allow_key_holders   BOOLEAN,
    account_cutoff      TEXT,
    no_account_cutoff   BOOLEAN NOT NULL DEFAULT FALSE,   -- true: the phase drops the cutoff
    created_at          BIGINT  NOT NULL,
    created_by          TEXT    NOT NULL,
    UNIQUE (campaign_id, starts_on)
);

-- Codes handed back by their holders: back to stock, or retired (revoked) for good.
ALTER TABLE campaigns ADD COLUMN handed_back TEXT NOT NULL DEFAULT 'retire' CHECK (handed_back IN ('restock', 'retire'));
ALTER TABLE campaigns ADD COLUMN claim_after_hand_back BOOLEAN NOT NULL DEFAULT FALSE;
CREATE TABLE code_releases (
    id              INTEGER PRIMARY KEY,
    campaign_id     BIGINT  NOT NULL REFERENCES campaigns (id),
    code_id         BIGINT  NOT NULL REFERENCES codes (id),
    user_id         BIGINT  REFERENCES users (id),    -- forgotten when the campaign is purged
    released_at     BIGINT  NOT NULL,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('restocked', 'retired'))
);
CREATE INDEX code_releases_holder ON code_releases (campaign_id, user_id);
CREATE INDEX code_releases_code ON code_releases (code_id);
