//! A real browser for the end-to-end tests: headless Chromium driven over WebDriver
//! (chromedriver, through fantoccini), with Chrome's DevTools protocol for what WebDriver
//! cannot do (a phone-sized viewport, the dark colour scheme, clipboard permission).
//!
//! Each test starts one chromedriver on a free port and one browser, and reuses its page for
//! every step. Every step can be photographed (`target/e2e-screenshots/TEST/NN-step.png`) and
//! checked with axe-core (`tests/axe/axe.min.js`) at 1,280 and 390 px wide, in the light and
//! the dark colour scheme, without reloading the page: the emulation applies at once.
//!
//! Without `chromium` or `chromedriver` on the PATH, [`Chromium::start`] says loudly that the
//! test was SKIPPED and answers `None` (`.ci/run` installs both, so CI always runs them).

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// axe-core, injected into pages to check them.
const AXE_SOURCE: &str = include_str!("../../axe/axe.min.js");

/// The WCAG 2.1 levels A and AA: the rules axe runs.
const AXE_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// Widths every checked page is seen at: a desktop and a phone (CSS pixels).
pub const DESKTOP: u32 = 1280;
pub const PHONE: u32 = 390;

/// The colour schemes every checked page is seen in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    fn name(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
        }
    }
}

/// The first file called `name` on the PATH.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Chromium's binary: Debian's `chromium`, or another name some systems use.
fn chromium_binary() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find_map(on_path)
}

/// Where a test's screenshots go: `target/e2e-screenshots/TEST/`, emptied first.
fn screenshot_dir(test: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("e2e-screenshots").join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the screenshot folder");
    dir
}

/// A Chrome DevTools protocol command, sent through chromedriver's own endpoint for them.
#[derive(Debug)]
struct Cdp {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// One axe finding: a rule broken on a page, seen at one width and scheme.
#[derive(Debug, Clone)]
pub struct Violation {
    pub page: String,
    pub variant: String,
    pub rule: String,
    pub help: String,
    pub nodes: Vec<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} ({}): {} — {}",
            self.page, self.variant, self.rule, self.help
        )?;
        for node in &self.nodes {
            writeln!(f, "    {node}")?;
        }
        Ok(())
    }
}

/// A headless Chromium and the chromedriver it runs under; both end when this is dropped.
pub struct Chromium {
    pub client: Client,
    driver: Child,
    base: String,
    shots: PathBuf,
    step: usize,
    /// Whether [`Chromium::check`] runs axe (once per page, whatever the backend, is enough).
    pub audit: bool,
    violations: Vec<Violation>,
    width: u32,
    scheme: Scheme,
}

impl Drop for Chromium {
    fn drop(&mut self) {
        // chromedriver leads a process group of its own (see `start_driver`), which Chromium
        // joins: ending the group ends both. Killing chromedriver alone would leave Chromium
        // running, orphaned, after every test.
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Chromium {
    /// A browser for `test` on the service at `base`; `None`, said loudly, when Chromium or
    /// chromedriver is not installed.
    pub async fn start(base: &str, test: &str) -> Option<Chromium> {
        let (Some(driver_binary), Some(browser_binary)) = (on_path("chromedriver"), chromium_binary()) else {
            eprintln!("================================================================");
            eprintln!("SKIPPED browser test {test}: chromium or chromedriver is not installed");
            eprintln!("(apt-get install chromium chromium-driver; .ci/run installs them)");
            eprintln!("================================================================");
            return None;
        };
        let (driver, port) = start_driver(&driver_binary).await;
        let capabilities = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": browser_binary,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-extensions", "--lang=en-GB",
                    format!("--window-size={DESKTOP},900"),
                ],
            },
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a Chromium session");
        let mut browser = Chromium {
            client,
            driver,
            base: base.to_string(),
            shots: screenshot_dir(test),
            step: 0,
            audit: true,
            violations: Vec::new(),
            width: DESKTOP,
            scheme: Scheme::Light,
        };
        browser.emulate(DESKTOP, Scheme::Light).await;
        Some(browser)
    }

    /// The text of the element `css` once it reads `expected`, or what it reads after 5 s.
    /// For what a page's script changes a moment after an action (the copy button's label
    /// follows the clipboard's promise): a wait on a condition, not a fixed sleep.
    pub async fn text_becomes(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let text = self.find(css).await.text().await.unwrap();
            if text == expected || Instant::now() > deadline {
                return text;
            }
            tokio::task::yield_now().await;
        }
    }

    /// Sends a DevTools protocol command; answers its result.
    pub async fn cdp(&self, command: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp { command, params })
            .await
            .unwrap_or_else(|err| panic!("{command}: {err}"))
    }

    /// Shows pages `width` CSS pixels wide (a phone's viewport below 600), in `scheme`.
    pub async fn emulate(&mut self, width: u32, scheme: Scheme) {
        let phone = width < 600;
        let height = if phone { 844 } else { 900 };
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": phone }),
        )
        .await;
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme.name() }] }),
        )
        .await;
        (self.width, self.scheme) = (width, scheme);
    }

    /// The width pages are shown at now.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Lets the page write to (and the test read) the clipboard, as a person's click would.
    pub async fn allow_clipboard(&self) {
        self.cdp(
            "Browser.grantPermissions",
            json!({ "origin": self.base, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{}", self.base, path)
        }
    }

    /// Opens `path` (or a whole URL).
    pub async fn open(&self, path: &str) {
        self.client.goto(&self.url(path)).await.expect("the page opens");
    }

    /// The path (and query) of the page shown.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// The visible text of the page.
    pub async fn text(&self) -> String {
        self.find("body").await.text().await.unwrap()
    }

    /// The element `css` selects (waiting up to 5 s for it).
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        let found = self
            .client
            .wait()
            .at_most(Duration::from_secs(5))
            .for_element(Locator::Css(css))
            .await;
        match found {
            Ok(element) => element,
            Err(err) => panic!("no element {css} on {}: {err}", self.path().await),
        }
    }

    /// Whether `css` selects anything now.
    pub async fn has(&self, css: &str) -> bool {
        !self.client.find_all(Locator::Css(css)).await.unwrap().is_empty()
    }

    /// Types `text` into the field `css` selects, replacing what it held.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Sets a field's value as a picker would (date inputs take typed keys in the browser's
    /// locale's order, which a test should not depend on).
    pub async fn set_value(&self, css: &str, value: &str) {
        let field = self.find(css).await;
        self.client
            .execute(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                vec![serde_json::to_value(&field).unwrap(), json!(value)],
            )
            .await
            .unwrap();
    }

    /// Presses a button that acts within the page (no new page follows).
    pub async fn press(&self, css: &str) {
        self.find(css).await.click().await.unwrap();
    }

    /// Clicks what `css` selects, and waits for the page it leads to when it leads to one.
    pub async fn click(&self, css: &str) {
        let before = self
            .client
            .execute("return performance.timeOrigin", vec![])
            .await
            .ok();
        self.find(css).await.click().await.unwrap();
        self.wait_until_loaded(before).await;
    }

    /// Waits until a new document (other than the one whose time origin was `before`) has
    /// loaded, or briefly if the click did not navigate.
    async fn wait_until_loaded(&self, before: Option<Value>) {
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            let now = self
                .client
                .execute(
                    "return document.readyState === 'complete' ? performance.timeOrigin : null",
                    vec![],
                )
                .await
                .ok();
            if now.as_ref().is_some_and(|t| !t.is_null()) && now != before {
                return;
            }
            if Instant::now() > deadline {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The id of the element that has the keyboard focus ("" for none, or the body).
    pub async fn focused_id(&self) -> String {
        let id = self
            .client
            .execute(
                "return document.activeElement ? document.activeElement.id : ''",
                vec![],
            )
            .await
            .unwrap();
        id.as_str().unwrap_or_default().to_string()
    }

    /// The distance from the top of the page to the top of what `css` selects (CSS pixels).
    pub async fn top_of(&self, css: &str) -> f64 {
        let element = self.find(css).await;
        let top = self
            .client
            .execute(
                "return arguments[0].getBoundingClientRect().top + window.scrollY",
                vec![serde_json::to_value(&element).unwrap()],
            )
            .await
            .unwrap();
        top.as_f64().unwrap()
    }

    /// Runs `script` (a function body) in the page and answers what it returns.
    pub async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Saves what the page looks like now as the next numbered screenshot, named `step`.
    pub async fn screenshot(&mut self, step: &str) {
        self.step += 1;
        let png = self.client.screenshot().await.expect("a screenshot");
        let file = self.shots.join(format!("{:02}-{step}.png", self.step));
        std::fs::write(&file, png).expect("the screenshot is written");
    }

    /// A step of the journey: the page is photographed and, when auditing, checked with axe
    /// at both widths in both colour schemes (each variant photographed too). The page is left
    /// as it was shown before (width and scheme).
    pub async fn check(&mut self, step: &str) {
        if !self.audit {
            self.screenshot(step).await;
            return;
        }
        let (width, scheme) = (self.width, self.scheme);
        self.eval(&format!("{AXE_SOURCE}\n;return true;")).await;
        for w in [DESKTOP, PHONE] {
            for s in [Scheme::Light, Scheme::Dark] {
                self.emulate(w, s).await;
                let variant = format!("{w}px-{}", s.name());
                self.screenshot(&format!("{step}-{variant}")).await;
                let found = self.axe().await;
                self.violations
                    .extend(found.into_iter().map(|(rule, help, nodes)| Violation {
                        page: step.to_string(),
                        variant: variant.clone(),
                        rule,
                        help,
                        nodes,
                    }));
            }
        }
        self.emulate(width, scheme).await;
    }

    /// axe's WCAG 2.1 A and AA violations on the page as it is shown now.
    async fn axe(&self) -> Vec<(String, String, Vec<String>)> {
        let script = format!(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {{ runOnly: {{ type: 'tag', values: {tags} }}, resultTypes: ['violations'] }})
               .then(r => done(r.violations.map(v => [v.id, v.help,
                   v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '))])))
               .catch(e => done([['axe-error', String(e), []]]));",
            tags = json!(AXE_TAGS)
        );
        let found = self.client.execute_async(&script, vec![]).await.expect("axe ran");
        serde_json::from_value(found).expect("axe's findings")
    }

    /// Fails with every violation axe found on the pages checked so far.
    pub fn assert_accessible(&self) {
        if self.violations.is_empty() {
            return;
        }
        let report: String = self.violations.iter().map(ToString::to_string).collect();
        panic!(
            "axe found {} WCAG 2.1 AA violations (screenshots in {}):\n{report}",
            self.violations.len(),
            self.shots.display()
        );
    }
}

/// Starts chromedriver on a free port of 127.0.0.1 and waits until it is ready.
async fn start_driver(binary: &Path) -> (Child, u16) {
    for _ in 0..3 {
        // A port free a moment ago: another process may take it first, hence the retries.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut driver = Command::new(binary)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let deadline = Instant::now() + Duration::from_secs(15);
        let status = format!("http://127.0.0.1:{port}/status");
        while Instant::now() < deadline {
            if let Ok(answer) = reqwest::get(&status).await
                && let Ok(body) = answer.json::<Value>().await
                && body["value"]["ready"] == json!(true)
            {
                return (driver, port);
            }
            if driver.try_wait().ok().flatten().is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let _ = driver.kill();
        let _ = driver.wait();
    }
    panic!("chromedriver did not start");
}
