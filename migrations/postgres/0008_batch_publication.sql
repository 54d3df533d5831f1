-- A batch is loaded in short transactions and made visible in one: until it is published its
-- codes are held back from claims, stock counts and Stripe. While it loads, the loader renews
-- `loading_until`; an unpublished batch whose lease ran out was left by a process that died,
-- and upkeep removes it with its codes. `upload_id` is the staged upload it came from.
ALTER TABLE batches ADD COLUMN published BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE batches ADD COLUMN loading_until BIGINT;
ALTER TABLE batches ADD COLUMN upload_id BIGINT;
CREATE INDEX batches_loading ON batches (loading_until) WHERE NOT published;
