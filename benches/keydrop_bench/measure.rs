//! The measurements: HTTP load through one shared client with [`CONNECTIONS`] connections,
//! the raw claim transaction issued directly on the database, and the import beside the
//! sqlite3 shell.

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sqlx::Connection;

use crate::db::{Backend, TestDb};
use crate::world::{self, CAMPAIGN, World};

/// Connections (and requests in flight) of the one HTTP client.
pub const CONNECTIONS: usize = 64;

/// The one HTTP client: keeps up to [`CONNECTIONS`] connections open, follows no redirect
/// (a claim answers 303), keeps no cookies (each request names its session).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(CONNECTIONS)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// What a run of requests (or transactions) came to.
#[derive(Debug, Default, Clone)]
pub struct Sample {
    pub elapsed: Duration,
    /// Each request's time, sorted.
    pub latencies: Vec<Duration>,
    /// Answers by status (0: no answer).
    pub statuses: std::collections::BTreeMap<u16, usize>,
}

impl Sample {
    pub fn rate(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }

    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return 0.0;
        }
        let i = ((self.latencies.len() - 1) as f64 * p).round() as usize;
        self.latencies[i].as_secs_f64() * 1e3
    }

    /// Answers whose status is not among `expected`.
    pub fn errors(&self, expected: &[u16]) -> usize {
        self.statuses
            .iter()
            .filter(|(status, _)| !expected.contains(status))
            .map(|(_, n)| n)
            .sum()
    }

    pub fn count(&self, status: u16) -> usize {
        self.statuses.get(&status).copied().unwrap_or(0)
    }
}

/// Runs `n` jobs, at most `concurrency` at once, each answering a status; times each.
pub async fn drive<F, Fut>(n: usize, concurrency: usize, job: F) -> Sample
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = u16> + Send,
{
    let job = Arc::new(job);
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (job, next) = (job.clone(), next.clone());
            tokio::spawn(async move {
                let mut done = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        return done;
                    }
                    let t = Instant::now();
                    let status = job(i).await;
                    done.push((t.elapsed(), status));
                }
            })
        })
        .collect();
    let mut sample = Sample::default();
    for worker in workers {
        for (took, status) in worker.await.unwrap() {
            sample.latencies.push(took);
            *sample.statuses.entry(status).or_default() += 1;
        }
    }
    sample.elapsed = started.elapsed();
    sample.latencies.sort();
    sample
}

/// Sends a request and reads its whole answer (so the connection is reused); answers its
/// status, or 0 when no full answer came.
async fn status_of(request: reqwest::RequestBuilder) -> u16 {
    match request.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            match response.bytes().await {
                Ok(_) => status,
                Err(_) => 0,
            }
        }
        Err(_) => 0,
    }
}

/// `n` GETs of `path`, request `i` signed in as session `i` (when `signed_in`).
pub async fn gets(world: &World, base: &str, path: &str, n: usize, signed_in: bool) -> Sample {
    let client = client();
    let url = format!("{base}{path}");
    let cookies: Arc<Vec<String>> = Arc::new(
        world
            .sessions
            .iter()
            .map(|(token, _)| format!("kd_session={token}"))
            .collect(),
    );
    drive(n, CONNECTIONS, move |i| {
        let mut request = client.get(&url);
        if signed_in {
            request = request.header("cookie", &cookies[i % cookies.len()]);
        }
        status_of(request)
    })
    .await
}

/// Every maintainer POSTs one claim, [`CONNECTIONS`] at a time.
pub async fn stampede(world: &World, base: &str) -> Sample {
    let client = client();
    let url = format!("{base}/giveaway/claim");
    let forms: Arc<Vec<(String, String)>> = Arc::new(
        world
            .sessions
            .iter()
            .map(|(token, csrf)| {
                let body = serde_urlencoded::to_string([
                    ("country", "US"),
                    ("campaign", CAMPAIGN),
                    ("csrf_token", csrf),
                ])
                .unwrap();
                (format!("kd_session={token}"), body)
            })
            .collect(),
    );
    drive(forms.len(), CONNECTIONS, move |i| {
        let (cookie, body) = &forms[i];
        let request = client
            .post(&url)
            .header("cookie", cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.clone());
        status_of(request)
    })
    .await
}

/// What the database holds after a stampede.
#[derive(Debug)]
pub struct Holdings {
    pub assigned: i64,
    pub holders: i64,
    /// The batches' stock (`batch_stock`) agrees with a count of the codes.
    pub counter_exact: bool,
}

pub async fn holdings(world: &World) -> Holdings {
    let id = [world.campaign.id];
    let assigned = world
        .db
        .count(
            "SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND state = 'assigned'",
            &id,
        )
        .await;
    let holders = world
        .db
        .count(
            "SELECT COUNT(DISTINCT user_id) FROM codes WHERE campaign_id = $1 AND state = 'assigned'",
            &id,
        )
        .await;
    let counted = world
        .db
        .count(
            "SELECT COUNT(*) FROM codes WHERE campaign_id = $1 AND state = 'available'",
            &id,
        )
        .await;
    let kept = world
        .db
        .count("SELECT CAST(COALESCE(SUM(s.available), 0) AS BIGINT) FROM batch_stock s JOIN batches b ON b.id = s.batch_id WHERE b.campaign_id = $1", &id)
        .await;
    Holdings {
        assigned,
        holders,
        counter_exact: counted == kept,
    }
}

/// The claim transaction as the service issues it (one conditional UPDATE, the audit entry),
/// on SQLite and on PostgreSQL (with its row lock).
const RAW_CLAIM_SQLITE: &str = "UPDATE codes SET state = 'assigned', user_id = $1, country = 'US', assigned_at = $2 \
     WHERE id = (SELECT c.id FROM codes c WHERE c.campaign_id = $3 AND c.state = 'available' AND c.expires_on >= $4 \
       AND c.batch_id IN (SELECT b.id FROM batches b WHERE b.campaign_id = $3 AND NOT b.country_bound AND b.published) \
       ORDER BY c.expires_on, c.id LIMIT 1) AND state = 'available' RETURNING id";
const RAW_CLAIM_POSTGRES: &str = "UPDATE codes SET state = 'assigned', user_id = $1, country = 'US', assigned_at = $2 \
     WHERE id = (SELECT c.id FROM codes c WHERE c.campaign_id = $3 AND c.state = 'available' AND c.expires_on >= $4 \
       AND c.batch_id IN (SELECT b.id FROM batches b WHERE b.campaign_id = $3 AND NOT b.country_bound AND b.published) \
       ORDER BY c.expires_on, c.id LIMIT 1 FOR UPDATE OF c SKIP LOCKED) AND state = 'available' RETURNING id";
const RAW_AUDIT: &str = "INSERT INTO audit_log (at, actor, action, campaign_id, code_id, user_id, detail) \
     VALUES ($1, 'bench', 'code.claim', $2, $3, $4, 'declared country US')";

/// One raw claim in transaction `$tx` (either backend): the claim UPDATE, then its audit row.
macro_rules! raw_claim {
    ($tx:expr, $claim:expr, $user:expr, $campaign:expr, $today:expr) => {{
        let now = world::now();
        let code: Option<i64> = sqlx::query_scalar($claim)
            .bind($user)
            .bind(now)
            .bind($campaign)
            .bind($today)
            .fetch_optional(&mut *$tx)
            .await
            .unwrap();
        let code = code.expect("a baseline code for every baseline user");
        sqlx::query(RAW_AUDIT)
            .bind(now)
            .bind($campaign)
            .bind(code)
            .bind($user)
            .execute(&mut *$tx)
            .await
            .unwrap();
    }};
}

/// Raw claim transactions straight on the database, one per baseline user: one after another
/// on SQLite (one writer), [`CONNECTIONS`] at once on PostgreSQL.
pub async fn raw_claims(world: &World) -> Sample {
    let users = Arc::new(world.baseline_users.clone());
    let (campaign, today) = (world.baseline_campaign, world.today + chrono::Duration::days(365));
    match world.db.backend() {
        Backend::Sqlite => {
            let options: sqlx::sqlite::SqliteConnectOptions = world.db.url().parse().unwrap();
            let options = options
                .synchronous(sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(5));
            let conn = sqlx::SqliteConnection::connect_with(&options).await.unwrap();
            let conn = Arc::new(tokio::sync::Mutex::new(conn));
            drive(users.len(), 1, move |i| {
                let (conn, user) = (conn.clone(), users[i]);
                async move {
                    let mut conn = conn.lock().await;
                    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await.unwrap();
                    raw_claim!(tx, RAW_CLAIM_SQLITE, user, campaign, today);
                    tx.commit().await.unwrap();
                    200
                }
            })
            .await
        }
        Backend::Postgres => {
            let pool = sqlx::postgres::PgPoolOptions::new()
                .max_connections(CONNECTIONS as u32)
                .connect(world.db.url())
                .await
                .unwrap();
            drive(users.len(), CONNECTIONS, move |i| {
                let (pool, user) = (pool.clone(), users[i]);
                async move {
                    let mut tx = pool.begin().await.unwrap();
                    raw_claim!(tx, RAW_CLAIM_POSTGRES, user, campaign, today);
                    tx.commit().await.unwrap();
                    200
                }
            })
            .await
        }
    }
}

/// A finished process: its wall time and peak RSS.
pub struct Run {
    pub seconds: f64,
    pub peak_mb: f64,
}

/// Runs `command` to its end, reading its peak RSS from /proc as it runs.
pub fn run_measured(mut command: Command, stdin: Option<&std::path::Path>) -> Run {
    if let Some(path) = stdin {
        command.stdin(std::fs::File::open(path).unwrap());
    }
    let started = Instant::now();
    let mut child = command.stdout(Stdio::null()).spawn().expect("start the command");
    let mut peak_mb: f64 = 0.0;
    let status = loop {
        if let Some(mb) = world::proc_mb(child.id(), "VmHWM:") {
            peak_mb = peak_mb.max(mb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    assert!(status.success(), "{command:?} failed: {status}");
    Run {
        seconds: started.elapsed().as_secs_f64(),
        peak_mb,
    }
}

/// The three loads of one file of `n` codes, each into a fresh SQLite database: `keydrop codes
/// import`, the API upload (`POST /api/v1/campaigns/NAME/batches` to a `keydrop serve`, the
/// server's peak RSS), and the sqlite3 shell's `.import` into a temporary table then
/// `INSERT ... SELECT` into a table of the same shape and indexes as `codes`.
pub struct Imports {
    pub cli: Run,
    /// The API upload (run for the in-order file only).
    pub api: Option<Run>,
    pub shell: Run,
}

/// The codes of an import's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeOrder {
    /// `IMPORT-00000001`, `IMPORT-00000002`, ...: each insert lands at the end of the unique
    /// index on `codes.code`.
    InOrder,
    /// Random 16-letter codes, as vendors' promo codes are: inserts land all over the index.
    Random,
}

/// A fresh SQLite database in `dir` with the campaign codes load into.
async fn import_target(dir: &std::path::Path, name: &str) -> TestDb {
    let db = TestDb::sqlite_at(&dir.join(name));
    let store = keydrop::store::Store::connect(db.url()).await.unwrap();
    let today = chrono::Utc::now().date_naive();
    let settings = crate::world::campaign_settings(CAMPAIGN, today, today + chrono::Duration::days(30));
    store
        .create_campaign(&settings, world::now(), "bench")
        .await
        .unwrap()
        .unwrap();
    store.close().await;
    db
}

fn import_expiry() -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(60)).to_string()
}

/// Writes `n` codes `PREFIX-00000001`... to `path`, one a line.
pub fn write_codes(path: &std::path::Path, prefix: &str, n: usize) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 1..=n {
        writeln!(out, "{prefix}-{i:08}").unwrap();
    }
    out.flush().unwrap();
}

/// `keydrop codes import` of `file` into the database at `url` (a process of its own).
pub fn import_command(file: &std::path::Path, url: &str) -> Command {
    let mut keydrop = Command::new(env!("CARGO_BIN_EXE_keydrop"));
    keydrop
        .args(["codes", "import"])
        .arg(file)
        .args([
            "--campaign",
            CAMPAIGN,
            "--expires",
            &import_expiry(),
            "--database-url",
            url,
        ])
        .env("KEYDROP_LOG", "warn")
        .stdout(Stdio::null());
    keydrop
}

/// Uploads `file` through the API of the server at `base` with a token made for it; answers
/// the HTTP status.
pub async fn api_upload(database_url: &str, base: &str, file: &std::path::Path) -> u16 {
    let token = keydrop::tokens::new_token();
    let store = keydrop::store::Store::connect(database_url).await.unwrap();
    store
        .create_api_token("bench", &keydrop::tokens::hash(&token), world::now(), "bench")
        .await
        .unwrap();
    store.close().await;
    let body = tokio::fs::read(file).await.unwrap();
    let url = format!(
        "{base}/api/v1/campaigns/{CAMPAIGN}/batches?expires={}",
        import_expiry()
    );
    let request = client().post(url).bearer_auth(token).body(body);
    status_of(request).await
}

pub async fn import(n: usize, order: CodeOrder) -> Imports {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("codes.txt");
    match order {
        CodeOrder::InOrder => write_codes(&file, "IMPORT", n),
        CodeOrder::Random => write_random_codes(&file, n),
    }

    let db = import_target(dir.path(), "keydrop.db").await;
    // The shape of `codes` as keydrop made it: table and indexes (not its triggers).
    let schema: Vec<String> = {
        let mut conn = sqlx::SqliteConnection::connect(db.url()).await.unwrap();
        sqlx::query_scalar(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'codes' AND type IN ('table', 'index') AND sql IS NOT NULL \
             ORDER BY type DESC",
        )
        .fetch_all(&mut conn)
        .await
        .unwrap()
    };
    let cli = run_measured(import_command(&file, db.url()), None);
    let api = match order {
        CodeOrder::InOrder => Some(api_import(dir.path(), &file).await),
        CodeOrder::Random => None,
    };

    let script = dir.path().join("shell.sql");
    let mut sql = String::from(".bail on\nPRAGMA journal_mode = WAL;\n");
    for statement in &schema {
        sql.push_str(statement);
        sql.push_str(";\n");
    }
    sql.push_str("CREATE TEMP TABLE staged (code TEXT);\n");
    sql.push_str(&format!(".import {} staged\n", file.display()));
    sql.push_str(&format!(
        "INSERT INTO codes (campaign_id, batch_id, code, expires_on) SELECT 1, 1, code, '{}' FROM staged;\n",
        import_expiry()
    ));
    std::fs::write(&script, sql).unwrap();
    let mut shell = Command::new("sqlite3");
    shell.arg(dir.path().join("shell.db")).stdout(Stdio::null());
    let shell = run_measured(shell, Some(&script));
    Imports { cli, api, shell }
}

/// The API upload of `file` to a `keydrop serve` on a fresh database in `dir`: the request's
/// time and the server's peak RSS.
async fn api_import(dir: &std::path::Path, file: &std::path::Path) -> Run {
    let api_db = import_target(dir, "api.db").await;
    let server = world::Server::start(api_db.url()).await;
    world::reset_peak(server.pid());
    let started = Instant::now();
    let status = api_upload(api_db.url(), &server.base, file).await;
    assert_eq!(status, 200, "the API upload loads every code");
    Run {
        seconds: started.elapsed().as_secs_f64(),
        peak_mb: world::proc_mb(server.pid(), "VmHWM:").unwrap_or(0.0),
    }
}

/// `n` distinct random codes of 16 capital letters, one a line: the same file on every run
/// (a fixed seed), so that runs compare.
fn write_random_codes(path: &std::path::Path, n: usize) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut seen = std::collections::HashSet::with_capacity(n);
    // xorshift64*: enough randomness to spread the codes over the index, and no dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    while seen.len() < n {
        let mut code = [0u8; 16];
        for letter in &mut code {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            *letter = b'A' + (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 59) as u8 % 26;
        }
        if seen.insert(code) {
            out.write_all(&code).unwrap();
            out.write_all(b"\n").unwrap();
        }
    }
    out.flush().unwrap();
}

/// Claims one after another, one every [`CLAIM_GAP`], by the maintainers of `sessions`, for
/// as long as `busy` says so (and sessions remain); answers each claim's status and time.
async fn paced_claims(base: &str, sessions: &[(String, String)], busy: impl Fn() -> bool) -> Sample {
    let client = client();
    let url = format!("{base}/giveaway/claim");
    let started = Instant::now();
    let mut sample = Sample::default();
    for (token, csrf) in sessions {
        if !busy() {
            break;
        }
        let body =
            serde_urlencoded::to_string([("country", "US"), ("campaign", CAMPAIGN), ("csrf_token", csrf)])
                .unwrap();
        let request = client
            .post(&url)
            .header("cookie", format!("kd_session={token}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        let t = Instant::now();
        let status = status_of(request).await;
        sample.latencies.push(t.elapsed());
        *sample.statuses.entry(status).or_default() += 1;
        tokio::time::sleep(CLAIM_GAP).await;
    }
    sample.elapsed = started.elapsed();
    sample.latencies.sort();
    sample
}

/// The pace of the claims during a load.
pub const CLAIM_GAP: Duration = Duration::from_millis(10);

/// Claims during a load: `quiet` claims with nothing else happening (the baseline), then
/// claims by the other maintainers while the server loads a file of `n` codes through its
/// API into the same campaign. Answers (quiet, during the load).
pub async fn claims_during_load(
    world: &World,
    server: &world::Server,
    quiet: usize,
    n: usize,
) -> (Sample, Sample) {
    let (first, rest) = world.sessions.split_at(quiet);
    let quiet = paced_claims(&server.base, first, || true).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("codes.txt");
    write_codes(&file, "DURING", n);
    let loading = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let upload = {
        let (db_url, base, loading) = (world.db.url().to_string(), server.base.clone(), loading.clone());
        tokio::spawn(async move {
            let status = api_upload(&db_url, &base, &file).await;
            loading.store(false, Ordering::SeqCst);
            status
        })
    };
    let during = paced_claims(&server.base, rest, || loading.load(Ordering::SeqCst)).await;
    assert_eq!(upload.await.unwrap(), 200, "the load during the claims loads");
    (quiet, during)
}
