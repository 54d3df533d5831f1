-- Redemption through a store on Stripe (SQLite). Kept in step with migrations/postgres/0004_stripe.sql.

-- How a campaign's codes are redeemed: at the vendor's store, or through our Stripe checkout.
ALTER TABLE campaigns ADD COLUMN fulfilment TEXT NOT NULL DEFAULT 'vendor' CHECK (fulfilment IN ('vendor', 'stripe'));
ALTER TABLE campaigns ADD COLUMN product_name TEXT;
ALTER TABLE campaigns ADD COLUMN unit_amount BIGINT;            -- in the currency's smallest unit
ALTER TABLE campaigns ADD COLUMN currency TEXT;                 -- ISO 4217, lower-case
ALTER TABLE campaigns ADD COLUMN stripe_coupon_id TEXT;         -- its 100%-off coupon, once made

-- Each code of a Stripe campaign is published as a Stripe PromotionCode, in the background.
CREATE TABLE stripe_promotions (
    code_id             BIGINT  PRIMARY KEY REFERENCES codes (id),
    promotion_code_id   TEXT    UNIQUE,                 -- Stripe's id, once published
    state               TEXT    NOT NULL CHECK (state IN ('pending', 'published', 'failed', 'deactivated')),
    attempts            BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at     BIGINT  NOT NULL,               -- also a lease while a publisher works on it
    last_error          TEXT,
    active              BOOLEAN NOT NULL DEFAULT FALSE, -- as Stripe last said
    times_redeemed      BIGINT  NOT NULL DEFAULT 0,     -- as Stripe last said
    updated_at          BIGINT  NOT NULL
);
CREATE INDEX stripe_promotions_due ON stripe_promotions (state, next_attempt_at);

-- Webhook events already handled: each is handled once.
CREATE TABLE stripe_events (
    event_id        TEXT    PRIMARY KEY,
    event_type      TEXT    NOT NULL,
    received_at     BIGINT  NOT NULL
);

-- Checkout Sessions made for codes.
CREATE TABLE stripe_checkouts (
    session_id          TEXT    PRIMARY KEY,
    code_id             BIGINT  NOT NULL REFERENCES codes (id),
    created_at          BIGINT  NOT NULL,
    expires_at          BIGINT  NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('open', 'complete', 'expired')),
    shipping_country    TEXT                            -- as Stripe collected it
);
CREATE INDEX stripe_checkouts_code ON stripe_checkouts (code_id);
