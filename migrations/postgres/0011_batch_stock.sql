-- Stock kept per batch (PostgreSQL). Kept in step with migrations/sqlite/0011_batch_stock.sql,
-- where the why is told: `batch_stock` counts a batch's codes in state 'available', over 32
-- rows (code id modulo 32) so that concurrent claims change different rows, kept exact by
-- the triggers below in the statement that changes a code's state; the loader adds what it
-- inserts in each chunk's transaction.
CREATE TABLE batch_stock (
    batch_id        BIGINT  NOT NULL REFERENCES batches (id),
    shard           BIGINT  NOT NULL,
    available       BIGINT  NOT NULL,
    PRIMARY KEY (batch_id, shard)
);
INSERT INTO batch_stock (batch_id, shard, available)
    SELECT b.id, 0, (SELECT COUNT(*) FROM codes c WHERE c.batch_id = b.id AND c.state = 'available')
    FROM batches b;

-- +1 or -1 on the stock row of the code the trigger fired for.
CREATE FUNCTION codes_keep_stock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change BIGINT := CASE WHEN TG_OP = 'UPDATE' AND NEW.state = 'available' THEN 1 ELSE -1 END;
BEGIN
    INSERT INTO batch_stock (batch_id, shard, available) VALUES (OLD.batch_id, OLD.id % 32, change)
        ON CONFLICT (batch_id, shard) DO UPDATE SET available = batch_stock.available + change;
    RETURN NULL;
END;
$$;

CREATE TRIGGER codes_stock_taken AFTER UPDATE OF state ON codes FOR EACH ROW
    WHEN (OLD.state = 'available' AND NEW.state <> 'available')
    EXECUTE FUNCTION codes_keep_stock();
CREATE TRIGGER codes_stock_returned AFTER UPDATE OF state ON codes FOR EACH ROW
    WHEN (OLD.state <> 'available' AND NEW.state = 'available')
    EXECUTE FUNCTION codes_keep_stock();
CREATE TRIGGER codes_stock_deleted AFTER DELETE ON codes FOR EACH ROW
    WHEN (OLD.state = 'available')
    EXECUTE FUNCTION codes_keep_stock();

-- Stripe: a published batch's codes are queued for publication once, and the batch marked.
ALTER TABLE batches ADD COLUMN promotions_queued BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE batches SET promotions_queued = TRUE
    WHERE published AND campaign_id IN (SELECT id FROM campaigns WHERE fulfilment = 'stripe')
      AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.batch_id = batches.id
                        AND c.state IN ('available', 'assigned')
                        AND NOT EXISTS (SELECT 1 FROM stripe_promotions p WHERE p.code_id = c.id));
