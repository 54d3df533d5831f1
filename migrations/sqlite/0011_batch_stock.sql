-- Stock kept per batch (SQLite). Kept in step with migrations/postgres/0011_batch_stock.sql.
--
-- `batch_stock` holds how many of a batch's codes are in state 'available', so that the stock
-- of a campaign, a country or a group of batches is a sum over a handful of rows instead of a
-- count over its codes (a count grows with the stock, and it ran on every claim and page).
-- A batch's count is split over STOCK_SHARDS (32) rows, the code's id modulo 32 choosing the
-- row a change goes to: only the sum over a batch's rows means anything (one row may go
-- below zero). Concurrent claims on PostgreSQL take neighbouring codes, so they change
-- different rows and do not queue on one row lock until each one's commit.
--
-- It is kept exact in the same statement as each change of a code's state, by the triggers
-- below: whoever takes a code (a claim, a vendor's report, expiry) or deletes one takes it off
-- the count in the same transaction. Codes are inserted only by the loader, which adds what
-- each chunk inserted in that chunk's transaction (a row trigger would cost a write a code on
-- a million-code import). Every code of a batch shares the batch's `expires_on`, so a stock
-- query drops expired batches by their date, whether or not upkeep marked them yet.
CREATE TABLE batch_stock (
    batch_id        BIGINT  NOT NULL REFERENCES batches (id),
    shard           BIGINT  NOT NULL,
    available       BIGINT  NOT NULL,
    PRIMARY KEY (batch_id, shard)
);
INSERT INTO batch_stock (batch_id, shard, available)
    SELECT b.id, 0, (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'available')
    FROM batches b;

CREATE TRIGGER codes_stock_taken AFTER UPDATE OF state ON codes
    WHEN OLD.state = 'available' AND NEW.state <> 'available'
BEGIN
    INSERT INTO batch_stock (batch_id, shard, available) VALUES (OLD.batch_id, OLD.id % 32, -1)
        ON CONFLICT (batch_id, shard) DO UPDATE SET available = available - 1;
END;

CREATE TRIGGER codes_stock_returned AFTER UPDATE OF state ON codes
    WHEN OLD.state <> 'available' AND NEW.state = 'available'
BEGIN
    INSERT INTO batch_stock (batch_id, shard, available) VALUES (NEW.batch_id, NEW.id % 32, 1)
        ON CONFLICT (batch_id, shard) DO UPDATE SET available = available + 1;
END;

CREATE TRIGGER codes_stock_deleted AFTER DELETE ON codes
    WHEN OLD.state = 'available'
BEGIN
    INSERT INTO batch_stock (batch_id, shard, available) VALUES (OLD.batch_id, OLD.id % 32, -1)
        ON CONFLICT (batch_id, shard) DO UPDATE SET available = available - 1;
END;

-- Stripe: a published batch's codes are queued for publication once, and the batch marked,
-- so the publisher's periodic look for new codes reads batch rows, not every code.
ALTER TABLE batches ADD COLUMN promotions_queued BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE batches SET promotions_queued = TRUE
    WHERE published AND campaign_id IN (SELECT id FROM campaigns WHERE fulfilment = 'stripe')
      AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.batch_id = batches.id
                        AND c.state IN ('available', 'assigned')
                        AND NOT EXISTS (SELECT 1 FROM stripe_promotions p WHERE p.code_id = c.id));
