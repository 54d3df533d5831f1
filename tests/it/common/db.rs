//! A fresh database per test: a temporary SQLite file, or a PostgreSQL database created for
//! the test and dropped after it.

use std::sync::atomic::{AtomicU64, Ordering};

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL server tests may use, e.g. `postgres://postgres@127.0.0.1:5432/test`.
pub fn postgres_url() -> Option<String> {
    std::env::var("KEYDROP_TEST_POSTGRES_URL")
        .ok()
        .filter(|v| !v.trim().is_empty())
}

/// A database that exists for one test.
pub struct TestDb {
    url: String,
    _dir: Option<tempfile::TempDir>,
    /// (server URL, database name) of a PostgreSQL database to drop.
    drop_postgres: Option<(String, String)>,
}

impl TestDb {
    pub async fn create(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}", dir.path().join("keydrop-test.db").display());
                TestDb {
                    url,
                    _dir: Some(dir),
                    drop_postgres: None,
                }
            }
            Backend::Postgres => {
                let server = postgres_url().expect("KEYDROP_TEST_POSTGRES_URL");
                static COUNTER: AtomicU64 = AtomicU64::new(0);
                let name = format!(
                    "keydrop_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::Relaxed),
                    rand_suffix()
                );
                let admin = admin_connection(&server).await;
                // The name is made above of digits and letters only; CREATE DATABASE takes no
                // bound parameters.
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&admin)
                    .await
                    .unwrap();
                admin.close().await;
                let mut url = url::Url::parse(&server).unwrap();
                url.set_path(&format!("/{name}"));
                TestDb {
                    url: url.to_string(),
                    _dir: None,
                    drop_postgres: Some((server, name)),
                }
            }
        }
    }

    /// A SQLite database at `path` (its directory is the caller's to keep and remove).
    pub fn sqlite_at(path: &std::path::Path) -> TestDb {
        TestDb {
            url: format!("sqlite://{}", path.display()),
            _dir: None,
            drop_postgres: None,
        }
    }

    /// The number a counting query answers (`SELECT COUNT(*) ...`), with `binds` as $1,
    /// $2..., on a connection of its own, outside the service: what the database holds,
    /// whatever the service says.
    pub async fn count(&self, sql: &str, binds: &[i64]) -> i64 {
        use sqlx::Connection;
        macro_rules! count_on {
            ($connection:ty) => {{
                let mut conn = <$connection>::connect(&self.url).await.unwrap();
                let mut query = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.to_string()));
                for bind in binds {
                    query = query.bind(*bind);
                }
                let count = query.fetch_one(&mut conn).await.unwrap();
                conn.close().await.unwrap();
                count
            }};
        }
        match self.backend() {
            Backend::Sqlite => count_on!(sqlx::SqliteConnection),
            Backend::Postgres => count_on!(sqlx::PgConnection),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn backend(&self) -> Backend {
        if self.drop_postgres.is_some() {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// The service's migrations for `backend` that come before migration `version`.
pub async fn migrations_before(backend: Backend, version: i64) -> sqlx::migrate::Migrator {
    let folder = match backend {
        Backend::Sqlite => "migrations/sqlite",
        Backend::Postgres => "migrations/postgres",
    };
    let mut migrator =
        sqlx::migrate::Migrator::new(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
            .await
            .unwrap();
    migrator.migrations = migrator
        .migrations
        .iter()
        .filter(|m| m.version < version)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    migrator
}

/// A transaction on a connection of its own that holds the lock a claim's write needs:
/// SQLite's write lock (`BEGIN IMMEDIATE`), or on PostgreSQL a lock on `codes` that lets
/// reads through and no `UPDATE`. Whatever waits for that lock waits until [`Self::release`].
pub enum WriteBlocker {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl WriteBlocker {
    pub async fn hold(db: &TestDb) -> WriteBlocker {
        use sqlx::Connection;
        match db.backend() {
            Backend::Sqlite => {
                let mut conn = sqlx::SqliteConnection::connect(db.url()).await.unwrap();
                sqlx::query("BEGIN IMMEDIATE").execute(&mut conn).await.unwrap();
                WriteBlocker::Sqlite(conn)
            }
            Backend::Postgres => {
                let mut conn = sqlx::PgConnection::connect(db.url()).await.unwrap();
                sqlx::query("BEGIN").execute(&mut conn).await.unwrap();
                sqlx::query("LOCK TABLE codes IN SHARE ROW EXCLUSIVE MODE")
                    .execute(&mut conn)
                    .await
                    .unwrap();
                WriteBlocker::Postgres(conn)
            }
        }
    }

    pub async fn release(self) {
        match self {
            WriteBlocker::Sqlite(mut conn) => {
                sqlx::query("ROLLBACK").execute(&mut conn).await.unwrap();
            }
            WriteBlocker::Postgres(mut conn) => {
                sqlx::query("ROLLBACK").execute(&mut conn).await.unwrap();
            }
        }
    }
}

fn rand_suffix() -> String {
    keydrop::tokens::new_token()[..8].to_string()
}

async fn admin_connection(server: &str) -> sqlx::PgPool {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect(server)
        .await
        .expect("connect to KEYDROP_TEST_POSTGRES_URL")
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((server, name)) = self.drop_postgres.take() else {
            return;
        };
        // Drop runs outside any async context we can await in: use a runtime of its own.
        let dropped = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(async {
                    let admin = admin_connection(&server).await;
                    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&admin)
                    .await
                })
        })
        .join();
        if !matches!(dropped, Ok(Ok(_))) {
            eprintln!("warning: could not drop a test database");
        }
    }
}
