//! Benchmark: loading a batch through the browser's upload form keeps memory bounded.
//!
//! Each size runs in a process of its own (this program re-runs itself), which serves keydrop
//! on a temporary SQLite file, uploads a file of N codes through the admin form (preview, then
//! confirm), and reports its peak resident memory (VmHWM) and the time taken. The figure that
//! matters is the ratio of 1,000,000 codes to the 100,000-code baseline of the same run: a
//! streamed upload stays near 1x where holding the file would approach 10x.
//!
//! Run: `cargo bench --bench batch_upload` (Linux: reads /proc/self/status).

#[path = "../tests/it/common/mod.rs"]
#[allow(unused_macros)]
mod common;

use std::io::Write;
use std::time::Instant;

use common::{Backend, TestApp};

const SIZES: [u64; 2] = [100_000, 1_000_000];

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

async fn run_one(size: u64) {
    let app = TestApp::start(Backend::Sqlite).await;
    app.with_open_campaign(0).await;
    app.store
        .set_admin("alice", true, app.clock.unix(), "bench")
        .await
        .unwrap();
    let admin = app.signed_in("alice").await;
    let gate = admin.get("/admin").await;
    let start = gate.body.find("class=\"secret\">").unwrap() + "class=\"secret\">".len();
    let secret = &gate.body[start..start + gate.body[start..].find('<').unwrap()];
    let code = keydrop::totp::code_at(secret, app.clock.unix()).unwrap();
    admin
        .submit(
            "/admin",
            "/admin/second-factor",
            &[("code", &code), ("next", "/admin")],
        )
        .await;

    // The file is written to disk and streamed from there, so that the client holds little.
    let mut file = tempfile::NamedTempFile::new().unwrap();
    {
        let mut out = std::io::BufWriter::new(file.as_file_mut());
        for i in 0..size {
            writeln!(out, "BENCH-{i:010}").unwrap();
        }
    }
    let bytes = std::fs::metadata(file.path()).unwrap().len();
    let baseline = peak_rss_kib();
    let expires = (app.today() + chrono::Duration::days(30)).to_string();
    let token = admin.get("/admin/batches").await.csrf_token();
    let started = Instant::now();
    let stream = tokio_util_stream(file.path()).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .text("campaign", common::fixture::CAMPAIGN)
        .text("expires", expires)
        .part(
            "file",
            reqwest::multipart::Part::stream_with_length(stream, bytes).file_name("codes.txt"),
        );
    let preview = admin.post_multipart("/admin/batches/preview", form).await;
    assert_eq!(preview.status, 200, "{}", preview.text());
    let checked = started.elapsed();
    let upload = preview.input_value("upload").unwrap();
    let loaded = admin
        .submit(
            "/admin/batches",
            "/admin/batches/confirm",
            &[("upload", &upload), ("load", "all")],
        )
        .await;
    assert!(
        loaded.shows(&format!("{size} codes were loaded")),
        "{}",
        loaded.text()
    );
    let total = started.elapsed();
    println!(
        "{size} {bytes} {} {} {:.2} {:.2}",
        baseline,
        peak_rss_kib(),
        checked.as_secs_f64(),
        total.as_secs_f64()
    );
}

/// The file as a body stream, read in 64 KiB pieces.
async fn tokio_util_stream(path: &std::path::Path) -> reqwest::Body {
    let file = tokio::fs::File::open(path).await.unwrap();
    let stream = futures_util::stream::unfold(file, |mut file| async move {
        use tokio::io::AsyncReadExt;
        let mut buffer = vec![0u8; 64 * 1024];
        match file.read(&mut buffer).await {
            Ok(0) => None,
            Ok(n) => {
                buffer.truncate(n);
                Some((Ok::<_, std::io::Error>(buffer), file))
            }
            Err(e) => Some((Err(e), file)),
        }
    });
    reqwest::Body::wrap_stream(stream)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(size) = args
        .iter()
        .position(|a| a == "--one")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
    {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(run_one(size));
        return;
    }
    println!("batch upload through the browser form (SQLite), each size in its own process");
    let mut rows = Vec::new();
    for size in SIZES {
        let output = std::process::Command::new(&args[0])
            .args(["--one", &size.to_string()])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout).to_string();
        assert!(
            output.status.success(),
            "{text}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let fields: Vec<f64> = text.split_whitespace().filter_map(|f| f.parse().ok()).collect();
        rows.push(fields);
    }
    println!(
        "{:>10} {:>10} {:>14} {:>14} {:>10} {:>10}",
        "codes", "file MiB", "RSS before MiB", "peak RSS MiB", "check s", "total s"
    );
    for r in &rows {
        println!(
            "{:>10} {:>10.1} {:>14.1} {:>14.1} {:>10.2} {:>10.2}",
            r[0],
            r[1] / 1048576.0,
            r[2] / 1024.0,
            r[3] / 1024.0,
            r[4],
            r[5]
        );
    }
    let (base, big) = (&rows[0], &rows[1]);
    println!(
        "ratios, 1,000,000 to 100,000 codes: file {:.1}x, peak memory {:.2}x, time {:.1}x",
        big[1] / base[1],
        big[3] / base[3],
        big[5] / base[5]
    );
}
