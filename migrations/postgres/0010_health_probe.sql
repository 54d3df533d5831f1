-- The row `/healthz` writes: a write that commits is the only proof the database can take
-- one now (a full disk lets transactions open and roll back, and fails only their commits).
CREATE TABLE health_probe (
    id              INTEGER PRIMARY KEY,
    checked_at      BIGINT  NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, 0);
