-- Campaign lifecycle (PostgreSQL). Kept in step with migrations/sqlite/0003_campaign_lifecycle.sql.

-- When `keydrop campaign purge` deleted the campaign's personal data (its archive survives).
ALTER TABLE campaigns ADD COLUMN purged_at BIGINT;
CREATE INDEX audit_log_campaign ON audit_log (campaign_id);
-- Which campaign an archive is of (no foreign key: the archive is meant to outlive it).
ALTER TABLE campaign_archives ADD COLUMN campaign_id BIGINT;
CREATE INDEX campaign_archives_campaign ON campaign_archives (campaign_id);
