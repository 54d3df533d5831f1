-- The line of the batch file each code came from (SQLite). Kept in step with
-- migrations/postgres/0016_code_file_line.sql.
--
-- A load writes a file's codes straight into `codes`, whose unique index on `code` finds a
-- repeat within the file and a code loaded before in one go: a repeat meets a row of its own
-- batch, and this column names the line that came first (the report says "same code as line
-- N"). Codes loaded before this column existed keep NULL.
ALTER TABLE codes ADD COLUMN file_line BIGINT;
