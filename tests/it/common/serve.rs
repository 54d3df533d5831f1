//! `keydrop serve` as a process of its own, for tests that start several replicas or kill
//! one mid-work.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `keydrop serve` process, killed when dropped.
pub struct ServeProcess {
    child: Child,
    /// e.g. `http://127.0.0.1:40123`
    pub base: String,
}

impl ServeProcess {
    /// Starts `keydrop serve` on a free port over `database_url`.
    pub fn start(database_url: &str) -> ServeProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let base = format!("http://127.0.0.1:{port}");
        let child = Command::new(env!("CARGO_BIN_EXE_keydrop"))
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .env("KEYDROP_DATABASE_URL", database_url)
            .env("KEYDROP_BASE_URL", &base)
            .env(
                "KEYDROP_LOG",
                std::env::var("KEYDROP_TEST_SERVE_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .env("KEYDROP_SECRET_KEY", super::TEST_SECRET_KEY)
            .env_remove("KEYDROP_SMTP_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start keydrop serve");
        ServeProcess { child, base }
    }

    /// Waits until the process answers its health check (it migrates first).
    pub async fn wait_healthy(&self) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(response) = client.get(format!("{}/healthz", self.base)).send().await
                && response.status() == 200
            {
                return;
            }
            assert!(Instant::now() < deadline, "{} did not become healthy", self.base);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Kills the process with SIGKILL, as a power cut or the OOM killer would: no graceful
    /// shutdown, whatever it was doing.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL keydrop serve");
        self.child.wait().expect("reap keydrop serve");
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
