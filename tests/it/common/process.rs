//! `keydrop serve` as a process of its own: for replicas sharing a database, and for what a
//! signal does to a running server.

use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The key `keydrop serve` seals secrets with in tests and benchmarks.
pub const TEST_SECRET_KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// A `keydrop serve` process, killed when dropped if it still runs.
pub struct ServeProcess {
    child: Child,
    pub base: String,
}

impl ServeProcess {
    /// Starts `keydrop serve` on a free port over `database_url`, with `env` set too (mail
    /// goes to the log unless it names KEYDROP_SMTP_URL).
    pub fn start(database_url: &str, env: &[(&str, &str)]) -> ServeProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let base = format!("http://127.0.0.1:{port}");
        let mut command = Command::new(env!("CARGO_BIN_EXE_keydrop"));
        command
            .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
            .env("KEYDROP_DATABASE_URL", database_url)
            .env("KEYDROP_BASE_URL", &base)
            .env(
                "KEYDROP_LOG",
                std::env::var("KEYDROP_TEST_SERVE_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .env("KEYDROP_SECRET_KEY", TEST_SECRET_KEY)
            .env_remove("KEYDROP_SMTP_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for name in ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"] {
            command.env_remove(name);
        }
        for (name, value) in env {
            command.env(name, value);
        }
        let child = command.spawn().expect("start keydrop serve");
        ServeProcess { child, base }
    }

    /// The process id (its memory is read from /proc/PID).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits until the server answers its health check (it migrates first).
    pub async fn wait_healthy(&self) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(response) = client.get(format!("{}/healthz", self.base)).send().await
                && response.status() == 200
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "server {} did not become healthy",
                self.base
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Kills the process with SIGKILL, as a power cut or the OOM killer would: no graceful
    /// shutdown, whatever it was doing.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL keydrop serve");
        self.child.wait().expect("reap keydrop serve");
    }

    /// Sends SIGTERM, as a service manager stopping the server does.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM {}", self.child.id());
    }

    /// Waits up to `limit` for the process to end; answers its exit status.
    pub async fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "server {} did not stop within {limit:?}",
                self.base
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
