//! The `keydrop` command: see `keydrop --help`.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    keydrop::cli::main().await
}
