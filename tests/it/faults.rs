//! Failing machines: while a part is down the service answers clearly and loses nothing, and
//! once the part is back it recovers without a restart.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use sqlx::Connection;

use crate::common::fixture::{self, racer};
use crate::common::{Backend, TestApp, TestDb};

/// A filesystem of its own (a tmpfs of a fixed size), so that a test can fill it up as a
/// disk fills up. Mounting needs root; without it the test says it was skipped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(bytes: u64) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        mounted.then_some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file until the disk says it is full; answers the file.
    fn fill(&self) -> PathBuf {
        let path = self.path().join("filler");
        let mut file = std::fs::File::create(&path).unwrap();
        let chunk = vec![0u8; 64 * 1024];
        loop {
            match file.write_all(&chunk).and_then(|()| file.flush()) {
                Ok(()) => continue,
                Err(err) if err.raw_os_error() == Some(28) => break, // ENOSPC
                Err(err) => panic!("filling the disk: {err}"),
            }
        }
        // The last partial chunk may have left a few bytes: take them too.
        while file.write_all(&[0u8; 512]).is_ok() {}
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// Codes assigned in the campaign, straight from the database.
async fn assigned(app: &TestApp, campaign_id: i64) -> i64 {
    let sql = "SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND state = 'assigned'";
    app.count(sql, &[campaign_id]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_disk_fills_up_and_space_comes_back_claims_work_without_a_restart() {
    let Some(disk) = SmallDisk::mount(32 * 1024 * 1024) else {
        eprintln!("SKIPPED: no tmpfs could be mounted here (it needs root)");
        return;
    };
    let app = TestApp::start_on(TestDb::sqlite_at(&disk.path().join("keydrop.db")), |_| {}).await;
    let campaign = app.with_open_campaign(50).await;
    let browsers = join_all((1..=12).map(|i| {
        let app = &app;
        async move {
            let browser = app.signed_in(&racer(i)).await;
            browser.get("/giveaway").await;
            browser
        }
    }))
    .await;

    // An empty write-ahead log: the next commit must find new room on the disk, and there is
    // none.
    let mut conn = sqlx::SqliteConnection::connect(app.db.url()).await.unwrap();
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    let filler = disk.fill();
    // The health check says so: it commits a write, which a full disk refuses.
    assert_eq!(
        app.browser().get("/healthz").await.status,
        503,
        "healthz on a full disk"
    );

    for browser in &browsers[..6] {
        let page = browser.claim("US").await;
        assert_eq!(page.status, 500, "a claim on a full disk: {}", page.text());
        assert!(!page.body.contains("CODE-"), "no code is shown: {}", page.text());
    }
    std::fs::remove_file(filler).unwrap();
    assert_eq!(
        app.browser().get("/healthz").await.status,
        200,
        "healthz once there is room"
    );
    assert_eq!(
        assigned(&app, campaign.id).await,
        0,
        "nothing was assigned while the disk was full"
    );

    // Room again: the same server, with no restart, serves every claim, on every pooled
    // connection (twelve claims go through all eight of SQLite's).
    for browser in &browsers {
        let page = browser.claim("US").await;
        assert_eq!(page.status, 200, "a claim once there is room: {}", page.text());
        assert!(page.body.contains("CODE-"), "the code is shown: {}", page.text());
    }
    assert_eq!(assigned(&app, campaign.id).await, 12);
    assert_eq!(fixture::holdings(&app.store, &campaign).await.len(), 12);
}

/// A write transaction held by another program (a long load, a person at a `psql` prompt):
/// the lock a claim needs, held until released.
enum LockHolder {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl LockHolder {
    async fn take(app: &TestApp) -> LockHolder {
        match app.db.backend() {
            Backend::Sqlite => {
                let mut conn = sqlx::SqliteConnection::connect(app.db.url()).await.unwrap();
                sqlx::query("BEGIN IMMEDIATE").execute(&mut conn).await.unwrap();
                LockHolder::Sqlite(conn)
            }
            Backend::Postgres => {
                let mut conn = sqlx::PgConnection::connect(app.db.url()).await.unwrap();
                sqlx::query("BEGIN").execute(&mut conn).await.unwrap();
                // Readers go on; every writer of codes waits.
                sqlx::query("LOCK TABLE codes IN EXCLUSIVE MODE")
                    .execute(&mut conn)
                    .await
                    .unwrap();
                LockHolder::Postgres(conn)
            }
        }
    }

    async fn release(self) {
        match self {
            LockHolder::Sqlite(mut conn) => {
                sqlx::query("ROLLBACK").execute(&mut conn).await.unwrap();
                conn.close().await.unwrap();
            }
            LockHolder::Postgres(mut conn) => {
                sqlx::query("ROLLBACK").execute(&mut conn).await.unwrap();
                conn.close().await.unwrap();
            }
        }
    }
}

backend_tests! {
    async fn a_write_lock_held_elsewhere_gets_a_clear_503_then_claims_resume(backend: Backend) {
        let app = TestApp::start(backend).await;
        app.with_open_campaign(10).await;
        let browser = app.signed_in("alice").await;
        browser.get("/giveaway").await;
        let holder = LockHolder::take(&app).await;

        // The health check says so within its bound, for a load balancer to act on.
        let asked = Instant::now();
        let health = app.browser().get("/healthz").await;
        assert_eq!(health.status, 503, "{}", health.text());
        assert!(asked.elapsed() < Duration::from_secs(4), "healthz took {:?}", asked.elapsed());

        // A claim waits a few seconds at most, then is asked to try again; nothing is assigned.
        let asked = Instant::now();
        let page = browser.claim("US").await;
        assert_eq!(page.status, 503, "{}", page.text());
        assert!(asked.elapsed() < Duration::from_secs(12), "the claim took {:?}", asked.elapsed());
        assert_eq!(page.headers.get("retry-after").map(|v| v.to_str().unwrap()), Some("5"));
        assert!(page.text().contains("try again in a few seconds"), "{}", page.text());

        // Once the lock goes, the same server answers as before.
        holder.release().await;
        assert_eq!(app.browser().get("/healthz").await.status, 200);
        let page = browser.claim("US").await;
        assert_eq!(page.status, 200, "{}", page.text());
        assert!(page.body.contains("CODE-"), "{}", page.text());
    }
}

/// On PostgreSQL a claim whose connection drops mid-transaction (a failover, a proxy's
/// restart) is tried once more on a fresh connection instead of answering 500. A trigger
/// ends the claiming session from inside the claim's UPDATE, once (a sequence counts: it is
/// not rolled back with the transaction it dies in).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_claim_whose_postgres_connection_drops_is_tried_once_more() {
    if crate::common::db::postgres_url().is_none() {
        eprintln!("SKIPPED on PostgreSQL: KEYDROP_TEST_POSTGRES_URL is not set");
        return;
    }
    let app = TestApp::start(Backend::Postgres).await;
    let campaign = app.with_open_campaign(5).await;
    let browser = app.signed_in("alice").await;
    browser.get("/giveaway").await;
    let mut conn = fixture::drop_connection_on_code_update(app.db.url(), 1).await;

    let page = browser.claim("US").await;
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(page.body.contains("CODE-"), "the code is shown: {}", page.text());
    let drops: i64 = sqlx::query_scalar("SELECT last_value FROM claim_drops")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(drops, 2, "the first try died, the second went through");
    conn.close().await.unwrap();
    let alice = app.store.user_by_username("alice").await.unwrap().unwrap();
    assert!(
        app.store
            .held_code(campaign.id, alice.id)
            .await
            .unwrap()
            .is_some()
    );
    let claims = app
        .count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'code.claim' AND campaign_id = $1",
            &[campaign.id],
        )
        .await;
    assert_eq!(claims, 1, "one claim, audited once");
}
