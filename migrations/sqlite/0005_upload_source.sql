-- Every batch is loaded through the staging table now (command line, API, browser and
-- generation alike), so an upload records what its batch will say it came from.
ALTER TABLE batch_uploads ADD COLUMN source TEXT NOT NULL DEFAULT 'imported';
