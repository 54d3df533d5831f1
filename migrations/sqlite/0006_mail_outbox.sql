-- The mail outbox (SQLite). Kept in step with migrations/postgres/0006_mail_outbox.sql.
--
-- Every message the service sends is first a row here, written in the same transaction as
-- what caused it (a sign-in request, `keydrop notify`, a reminder round). Senders on every
-- replica lease due rows with a conditional UPDATE, so a message is taken by one sender at a
-- time. A row names its reader and what it is about, never its text: the message is rendered
-- when it is sent, so no secret (a sign-in link, an unsubscribe link) waits in the database.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL
                    CHECK (kind IN ('sign-in', 'invitation', 'claim-reminder', 'redeem-reminder')),
    user_id         BIGINT  NOT NULL REFERENCES users (id),
    campaign_id     BIGINT  REFERENCES campaigns (id),
    priority        BIGINT  NOT NULL,                 -- lower goes first: sign-in links before the rest
    state           TEXT    NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'sent', 'failed', 'cancelled')),
    created_at      BIGINT  NOT NULL,
    due_at          BIGINT  NOT NULL,                 -- the next attempt, not before
    give_up_at      BIGINT  NOT NULL,                 -- a failure after this is final
    attempts        BIGINT  NOT NULL DEFAULT 0,
    lease_until     BIGINT  NOT NULL DEFAULT 0,       -- a sender holds the row until then
    lease_token     TEXT,                             -- which sender: only it may record the outcome
    message_id      TEXT,                             -- Message-ID, made at the first attempt, kept for retries
    unsubscribe_hash TEXT,                            -- SHA-256 of the unsubscribe token in the message sent
    last_error      TEXT,
    sent_at         BIGINT,
    finished_at     BIGINT,                           -- sent, failed for good, or cancelled
    CHECK (kind = 'sign-in' OR campaign_id IS NOT NULL)
);
-- What a sender takes next.
CREATE INDEX mail_outbox_due ON mail_outbox (priority, due_at, id) WHERE state = 'queued';
CREATE INDEX mail_outbox_state ON mail_outbox (state, finished_at);
-- An invitation or a reminder goes once per maintainer and campaign, whoever queues it.
CREATE UNIQUE INDEX mail_outbox_once ON mail_outbox (kind, campaign_id, user_id) WHERE kind <> 'sign-in';
CREATE UNIQUE INDEX mail_outbox_unsubscribe ON mail_outbox (unsubscribe_hash);
CREATE INDEX mail_outbox_campaign ON mail_outbox (campaign_id);

-- A maintainer who turned giveaway mail (invitations and reminders) off, and when.
ALTER TABLE users ADD COLUMN giveaway_mail_off_at BIGINT;
