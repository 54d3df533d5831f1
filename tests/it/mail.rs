//! Mail through the outbox, against a real SMTP server (aiosmtpd) behind a relay a test can
//! take down, silence, or make refuse: every message arrives exactly once whatever the relay
//! did meanwhile, a silent relay costs a bounded wait and no open connection, a SIGTERM
//! mid-send loses nothing, `keydrop notify` invites each maintainer once, and reminders go
//! once, on their day.

use crate::common;

use std::time::{Duration, Instant};

use chrono::Duration as Days;
use common::fixture::{self, CAMPAIGN, racer};
use common::process::ServeProcess;
use common::smtp::{FlakyRelay, RelayMode, SmtpServer, count_to, header, login_link_in};
use common::{Backend, Browser, TestApp, TestDb, wait_for_mail};
use keydrop::config::Config;
use keydrop::mail::sender::SENDERS;
use keydrop::store::Store;

/// Mail to `smtp_url`, with one-second timeouts so that a silent relay is found out fast.
fn quick_mail(config: &mut Config, smtp_url: String) {
    config.smtp_url = Some(smtp_url);
    config.mail.connect_timeout = Duration::from_secs(1);
    config.mail.command_timeout = Duration::from_secs(1);
}

/// The audit log's actions, newest first.
async fn audit_actions(store: &Store) -> Vec<String> {
    store
        .recent_audit(500)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

/// Waits (bounded) until `check` holds.
async fn eventually(what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !check() {
        assert!(Instant::now() < deadline, "never happened: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// `keydrop ARGS` on the app's database: (exit success, stdout, stderr).
fn keydrop(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    let output = app.keydrop_command(args).output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The message addressed to `address` among `messages`.
fn message_to<'a>(messages: &'a [String], address: &str) -> &'a str {
    let header = format!("To: {address}");
    messages
        .iter()
        .find(|m| m.lines().any(|l| l == header))
        .unwrap_or_else(|| panic!("no message to {address}"))
}

backend_tests! {
    async fn a_sign_in_link_waits_in_the_outbox_while_the_relay_is_down(backend: Backend) {
        let relay = FlakyRelay::start(RelayMode::Down).await;
        let app = TestApp::start_configured(backend, |c| quick_mail(c, relay.url())).await;
        app.with_open_campaign(1).await;
        let page = app.browser().submit("/login", "/login", &[("login", "alice")]).await;
        assert_eq!(page.status, 200);

        // The relay is down: the message waits with the reason; the audit log says the link was
        // asked for, not that it was sent.
        let counts = wait_for_mail(&app.store, |c| c.retrying == 1).await;
        assert_eq!((counts.queued, counts.sent, counts.failed), (1, 0, 0));
        assert!(counts.last_error.as_deref().is_some_and(|e| e.starts_with("connecting")), "{counts:?}");
        let actions = audit_actions(&app.store).await;
        assert!(actions.iter().any(|a| a == "login.link-requested"), "{actions:?}");
        assert!(!actions.iter().any(|a| a == "login.link-sent"), "{actions:?}");

        // The relay comes back; the retry is due after its backoff (the clock skips the wait).
        relay.set(RelayMode::Working);
        app.clock.advance(Days::seconds(60));
        let mail = relay.server.wait_for("To: alice@example.org").await;
        wait_for_mail(&app.store, |c| c.sent == 1 && c.queued == 0).await;
        assert_eq!(relay.server.messages().len(), 1, "exactly once");
        assert!(audit_actions(&app.store).await.iter().any(|a| a == "login.link-sent"));

        // Both parts, a Message-ID, marked automatic; no List-Unsubscribe on a sign-in link.
        let id = header(&mail, "Message-ID").expect("a Message-ID");
        assert!(id.starts_with('<') && id.ends_with('>') && id.contains("@127.0.0.1"), "{id}");
        assert!(mail.contains("multipart/alternative") && mail.contains("text/plain") && mail.contains("text/html"), "{mail}");
        assert_eq!(header(&mail, "Auto-Submitted").as_deref(), Some("auto-generated"));
        assert!(header(&mail, "List-Unsubscribe").is_none(), "{mail}");
        // The link was made when the message went, and works.
        let link = login_link_in(&mail).expect("a sign-in link");
        assert!(app.browser().follow_login_link(&link).await.shows("Signed in as alice"));
    }

    async fn a_relay_that_never_answers_holds_no_connection_and_loses_no_mail(backend: Backend) {
        let relay = FlakyRelay::start(RelayMode::Silent).await;
        let app = TestApp::start_configured(backend, |c| quick_mail(c, relay.url())).await;
        app.with_open_campaign(1).await;
        let browser = app.browser();
        const ASKED: usize = 40;
        for i in 1..=ASKED {
            let started = Instant::now();
            let page = browser.submit("/login", "/login", &[("login", &racer(i))]).await;
            assert_eq!(page.status, 200);
            // Nobody waits for the relay.
            assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
        }

        // Each attempt gives up on the silent relay within its timeouts, and is retried later.
        let counts = wait_for_mail(&app.store, |c| c.retrying >= SENDERS as i64).await;
        assert!(counts.last_error.as_deref().is_some_and(|e| e.contains("did not answer within")), "{counts:?}");
        assert_eq!(counts.queued, ASKED as i64);
        // However much mail waits, one replica holds at most one connection per sender.
        eprintln!(
            "{ASKED} messages queued for a silent relay: {} connections at most at once, {} in all",
            relay.silent_most(),
            relay.connections()
        );
        assert!(relay.silent_most() <= SENDERS, "{} silent connections at once", relay.silent_most());

        // The relay behaves again: every message arrives, once. (The clock skips the backoffs
        // while the senders are stopped: a jump under a send would outrun its lease.)
        relay.set(RelayMode::Working);
        let mut app = app;
        app.senders.take().unwrap().stop().await;
        app.clock.advance(Days::hours(1));
        app.senders = Some(keydrop::server::spawn_mail_senders(&app.state));
        let messages = relay.server.wait_for_count(ASKED).await;
        wait_for_mail(&app.store, |c| c.sent == ASKED as i64 && c.queued == 0).await;
        for i in 1..=ASKED {
            assert_eq!(count_to(&messages, &format!("{}@example.org", racer(i))), 1, "{}", racer(i));
        }
        assert_eq!(relay.server.messages().len(), ASKED);
        // The connections to the silent relay were all closed.
        eventually("the silent connections are closed", || relay.silent_now() == 0).await;
        assert!(relay.silent_most() <= SENDERS);
    }

    async fn a_sigterm_mid_send_leaves_the_message_for_the_next_start(backend: Backend) {
        let relay = FlakyRelay::start(RelayMode::Silent).await;
        let db = TestDb::create(backend).await;
        let store = Store::connect(db.url()).await.unwrap();
        fixture::registry(&store, keydrop::clock::Clock::default().unix()).await;
        let smtp_url = relay.url();
        // A long command timeout: the send is certainly under way when the signal comes.
        let env = [("KEYDROP_SMTP_URL", smtp_url.as_str()), ("KEYDROP_SMTP_COMMAND_TIMEOUT", "120")];
        let mut server = ServeProcess::start(db.url(), &env);
        server.wait_healthy().await;
        let page = Browser::new(&server.base).submit("/login", "/login", &[("login", "alice")]).await;
        assert_eq!(page.status, 200);
        eventually("the server is sending", || relay.silent_now() == 1).await;

        let stopping = Instant::now();
        server.terminate();
        let status = server.wait_exit(Duration::from_secs(30)).await;
        assert!(status.success(), "{status:?}");
        // The send under way had its grace, then was cut short.
        assert!(stopping.elapsed() < Duration::from_secs(10), "{:?}", stopping.elapsed());
        eventually("the stopped server's connection is closed", || relay.silent_now() == 0).await;
        // The message is back in the queue, due at once: neither sent nor failed.
        let counts = store.mail_counts().await.unwrap();
        assert_eq!((counts.queued, counts.retrying, counts.sent, counts.failed), (1, 0, 0, 0), "{counts:?}");

        relay.set(RelayMode::Working);
        let server = ServeProcess::start(db.url(), &env);
        server.wait_healthy().await;
        let mail = relay.server.wait_for("To: alice@example.org").await;
        wait_for_mail(&store, |c| c.sent == 1 && c.queued == 0).await;
        assert_eq!(relay.server.messages().len(), 1, "exactly once");
        let link = login_link_in(&mail).expect("a sign-in link");
        assert!(Browser::new(&server.base).follow_login_link(&link).await.shows("Signed in as alice"));
        store.close().await;
    }

    async fn notify_invites_each_eligible_maintainer_once(backend: Backend) {
        let smtp = SmtpServer::start().await;
        let mut app = TestApp::start_with(backend, Some(smtp.url())).await;
        app.with_open_campaign(10).await;
        // alice holds a code already: she is not invited.
        assert!(app.signed_in("alice").await.claim("DE").await.promo_code().is_some());
        // The senders pause, so that what happens between queueing and sending shows.
        app.senders.take().unwrap().stop().await;

        let eligible = fixture::RACERS + 1; // bob and the racers; not carol, dave or erin
        let (ok, first, err) = keydrop(&app, &["notify", "--campaign", CAMPAIGN]);
        assert!(ok, "{err}");
        assert!(first.contains(&format!("{eligible} invitations queued; 0 maintainers were invited before")), "{first}");
        // Run again (or after an interruption): nobody is queued twice.
        let (ok, second, _) = keydrop(&app, &["notify", "--campaign", CAMPAIGN]);
        assert!(ok && second.contains(&format!("0 invitations queued; {eligible} maintainers were invited before")), "{second}");
        // bob claims before his invitation goes: it is not sent.
        assert!(app.signed_in("bob").await.claim("DE").await.promo_code().is_some());

        app.senders = Some(keydrop::server::spawn_mail_senders(&app.state));
        let counts = wait_for_mail(&app.store, |c| c.queued == 0).await;
        assert_eq!((counts.sent, counts.cancelled, counts.failed), (eligible as i64 - 1, 1, 0));
        let messages = smtp.wait_for_count(eligible - 1).await;
        assert_eq!(messages.len(), eligible - 1);
        for i in 1..=fixture::RACERS {
            assert_eq!(count_to(&messages, &format!("{}@example.org", racer(i))), 1, "{}", racer(i));
        }
        for nobody in ["alice", "bob", "carol", "dave", "erin"] {
            assert_eq!(count_to(&messages, &format!("{nobody}@example.org")), 0, "{nobody}");
        }

        // One invitation, read as its reader reads it: what, why, when, where; no link.
        let mail = message_to(&messages, "racer001@example.org");
        assert_eq!(
            header(mail, "Subject").as_deref(),
            Some("Titan 2026: a free hardware security key for your work on second.project")
        );
        let today = app.today();
        let (starts, ends) = (today - Days::days(1), today + Days::days(30));
        for expected in [
            format!("second.project (Maintainer): ranked 2 by downloads over the six months before {}", today.format("%-d %B %Y")),
            format!("claims open on {} and close at the end of {}", starts.format("%-d %B %Y"), ends.format("%-d %B %Y")),
            "Germany (DE)".to_string(),
            "United States (US)".to_string(),
            format!("\n    {}\n", app.base),
            "This message asks you for nothing".to_string(),
        ] {
            assert!(mail.contains(&expected), "{expected:?} not in {mail}");
        }
        assert!(mail.contains("text/html") && !mail.contains("href"), "no link to click: {mail}");
        assert!(header(mail, "Message-ID").is_some());
        assert_eq!(header(mail, "List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
        let unsubscribe = header(mail, "List-Unsubscribe").expect("List-Unsubscribe");
        let unsubscribe = unsubscribe.trim_start_matches('<').trim_end_matches('>');
        assert!(unsubscribe.starts_with(&format!("{}/mail/unsubscribe/", app.base)), "{unsubscribe}");
        // The mail program's one-click POST (multipart, as RFC 8058 asks) turns racer001's
        // giveaway mail off.
        let one_click = reqwest::multipart::Form::new().text("List-Unsubscribe", "One-Click");
        let answer = reqwest::Client::new().post(unsubscribe).multipart(one_click).send().await.unwrap();
        assert_eq!(answer.status(), 200);
        let racer001 = app.store.user_by_username("racer001").await.unwrap().unwrap();
        assert!(app.store.giveaway_mail_off(racer001.id).await.unwrap());

        // Refusals name the problem and queue nothing.
        let (ok, _, err) = keydrop(&app, &["notify", "--campaign", "Nope"]);
        assert!(!ok && err.contains("no campaign named \"Nope\""), "{err}");
        assert!(keydrop(&app, &["campaign", "close", CAMPAIGN]).0);
        let (ok, _, err) = keydrop(&app, &["notify", "--campaign", CAMPAIGN]);
        assert!(!ok && err.contains("is closed to claims: open it first"), "{err}");
        let (ok, _, err) = {
            let output = app
                .keydrop_command(&["notify", "--campaign", CAMPAIGN])
                .env("KEYDROP_REMINDER_DAYS", "soon")
                .output()
                .unwrap();
            (output.status.success(), (), String::from_utf8_lossy(&output.stderr).into_owned())
        };
        assert!(!ok && err.contains("KEYDROP_REMINDER_DAYS \"soon\" is not a whole number from 0 to 90"), "{err}");
    }

    async fn reminders_go_once_on_their_day(backend: Backend) {
        let smtp = SmtpServer::start().await;
        let app = TestApp::start_configured(backend, |c| {
            c.smtp_url = Some(smtp.url());
            c.mail.reminders_every = Some(Duration::from_millis(100));
            c.mail.reminder_days = 3;
        })
        .await;
        let campaign = app.with_open_campaign(10).await; // closes in 30 days
        let now = app.clock.unix();
        // alice claims a code of a batch that expires in 10 days (the soonest goes first).
        fixture::batch(&app.store, &campaign, &fixture::codes("SOON", 2), app.today() + Days::days(10), "", now).await;
        let code = app.signed_in("alice").await.claim("DE").await.promo_code().unwrap();
        assert!(code.starts_with("SOON"), "{code}");
        // Of the racers, racer001 keeps giveaway mail on; racer002 turns it off on their page.
        let racer002 = app.signed_in("racer002").await;
        let page = racer002.submit("/giveaway", "/giveaway/mail", &[("giveaway_mail", "off")]).await;
        assert!(page.shows("Invitations and reminders are off") && page.shows("Turn invitations and reminders on"), "{}", page.text());
        for i in 3..=fixture::RACERS {
            let user = app.store.user_by_username(&racer(i)).await.unwrap().unwrap();
            app.store.set_giveaway_mail(user.id, false, now, "test").await.unwrap();
        }
        let settings = app.state.config.mail.clone();
        let round = |app: &TestApp| {
            let (store, today, now) = (app.store.clone(), app.today(), app.clock.unix());
            let settings = settings.clone();
            async move { keydrop::mail::queue::queue_reminders(&store, &settings, today, now).await.unwrap() }
        };
        let nothing = keydrop::mail::queue::ReminderRound::default();

        // Too early for any reminder: the code expires in 4 days, the campaign closes in 27.
        app.clock.advance(Days::days(6));
        assert_eq!(round(&app).await, nothing);
        assert_eq!(app.store.mail_counts().await.unwrap(), Default::default());

        // Three days before the code expires, the background round reminds alice to redeem.
        app.clock.advance(Days::days(1));
        let mail = smtp.wait_for("To: alice@example.org").await;
        assert_eq!(header(&mail, "Subject").as_deref(), Some("Your Titan 2026 code expires in 3 days"));
        assert!(header(&mail, "List-Unsubscribe").is_some());
        wait_for_mail(&app.store, |c| c.sent == 1 && c.queued == 0).await;
        // Once: not again that day, nor the next.
        assert_eq!(round(&app).await, nothing);
        app.clock.advance(Days::days(1));
        assert_eq!(round(&app).await, nothing);

        // Four days before the campaign closes: no reminder to claim yet.
        app.clock.advance(Days::days(18));
        assert_eq!(round(&app).await, nothing);
        assert_eq!(app.store.mail_counts().await.unwrap().sent, 1);
        // Three days before: bob and racer001, who have not claimed, are reminded.
        app.clock.advance(Days::days(1));
        smtp.wait_for_count(3).await;
        let counts = wait_for_mail(&app.store, |c| c.sent == 3 && c.queued == 0).await;
        assert_eq!(counts.cancelled, 0);
        assert_eq!(round(&app).await, nothing);
        app.clock.advance(Days::days(1));
        assert_eq!(round(&app).await, nothing);
        let messages = smtp.messages();
        assert_eq!(messages.len(), 3, "{messages:?}");
        for (who, times) in [("alice", 1), ("bob", 1), ("racer001", 1), ("racer002", 0), ("racer003", 0), ("carol", 0), ("dave", 0), ("erin", 0)] {
            assert_eq!(count_to(&messages, &format!("{who}@example.org")), times, "{who}");
        }
        let mail = message_to(&messages, "bob@example.org");
        assert_eq!(
            header(mail, "Subject").as_deref(),
            Some("Titan 2026 closes in 3 days: your security key is still unclaimed")
        );

        // The link in bob's reminder: opening it asks; the button turns his reminders off.
        let link = mail
            .lines()
            .find(|l| l.starts_with(&format!("{}/mail/unsubscribe/", app.base)))
            .expect("an unsubscribe link in the text")
            .trim()
            .to_string();
        let browser = app.browser();
        let asked = browser.get(&link).await;
        assert_eq!(asked.status, 200);
        assert!(asked.shows("Stop invitations and reminders about security-key giveaways for the account bob"), "{}", asked.text());
        let done = browser.post_raw(&link, &[("List-Unsubscribe", "One-Click")]).await;
        assert!(done.shows("the account bob gets no more invitations or reminders"), "{}", done.text());
        let bob = app.signed_in("bob").await.get("/giveaway").await;
        assert!(bob.shows("You turned off invitations and reminders."), "{}", bob.text());
        let unknown = browser.get(&format!("{}/mail/unsubscribe/{}", app.base, "ab".repeat(32))).await;
        assert_eq!(unknown.status, 400);
        assert!(unknown.shows("That link is not valid."));
        let unknown = browser.post_raw(&format!("{}/mail/unsubscribe/{}", app.base, "cd".repeat(32)), &[]).await;
        assert_eq!(unknown.status, 400);

        // racer001 claims on the last days; the code outlives the campaign, and so does its
        // reminder to redeem.
        let code = app.signed_in("racer001").await.claim("DE").await.promo_code().unwrap();
        assert!(code.starts_with("CODE"), "{code}"); // expires 60 days after the start
        app.clock.advance(Days::days(29)); // the campaign ended 27 days ago; the code expires in 3
        let messages = smtp.wait_for_count(4).await;
        wait_for_mail(&app.store, |c| c.sent == 4 && c.queued == 0).await;
        assert_eq!(messages.len(), 4);
        assert_eq!(count_to(&messages, "racer001@example.org"), 2);
        let subjects: Vec<String> = messages.iter().filter_map(|m| header(m, "Subject")).collect();
        assert_eq!(subjects.iter().filter(|s| *s == "Your Titan 2026 code expires in 3 days").count(), 2, "{subjects:?}");
    }

    async fn a_message_given_up_on_is_shown_to_admins_and_sent_when_retried(backend: Backend) {
        let relay = FlakyRelay::start(RelayMode::Down).await;
        let app = TestApp::start_configured(backend, |c| {
            quick_mail(c, relay.url());
            c.mail.give_up_after = Duration::from_secs(60);
        })
        .await;
        app.with_open_campaign(1).await;
        assert_eq!(app.browser().submit("/login", "/login", &[("login", "bob")]).await.status, 200);
        wait_for_mail(&app.store, |c| c.retrying == 1).await;
        // Past its time, the next failure is final.
        app.clock.advance(Days::seconds(120));
        let counts = wait_for_mail(&app.store, |c| c.failed == 1).await;
        assert_eq!((counts.queued, counts.sent), (0, 0));
        assert!(audit_actions(&app.store).await.iter().any(|a| a == "mail.failed"));

        // Admins see it on the dashboard, and `keydrop mail status` prints it.
        let (admin, _) = common::admin_browser(&app, "erin").await;
        let dashboard = admin.get("/admin").await;
        assert!(dashboard.shows("Failed 1"), "{}", dashboard.text());
        assert!(dashboard.shows("sign-in bob"), "{}", dashboard.text());
        assert!(dashboard.shows("gave up after 2 attempts; the last: connecting"), "{}", dashboard.text());
        let (ok, status, err) = keydrop(&app, &["mail", "status"]);
        assert!(ok, "{err}");
        assert!(status.starts_with("queued 0 (retrying 0), sent 0, failed 1, cancelled 0\n"), "{status}");
        assert!(status.contains("sign-in to bob, 2 attempts: gave up after 2 attempts"), "{status}");

        // The relay works again; `keydrop mail retry` queues the message and it arrives.
        relay.set(RelayMode::Working);
        let (ok, retried, _) = keydrop(&app, &["mail", "retry"]);
        assert!(ok && retried.contains("1 failed messages queued again"), "{retried}");
        relay.server.wait_for("To: bob@example.org").await;
        wait_for_mail(&app.store, |c| c.sent == 1 && c.failed == 0 && c.queued == 0).await;

        // A relay that refuses the address for good (550): failed at the first attempt.
        relay.set(RelayMode::Refusing);
        assert_eq!(app.browser().submit("/login", "/login", &[("login", "alice")]).await.status, 200);
        wait_for_mail(&app.store, |c| c.failed == 1).await;
        let failed = app.store.failed_mail(5).await.unwrap();
        assert_eq!((failed[0].username.as_str(), failed[0].attempts), ("alice", 1));
        assert!(failed[0].last_error.as_deref().is_some_and(|e| e.contains("550")), "{failed:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_send_each_message_once() {
    if common::db::postgres_url().is_none() {
        eprintln!("SKIPPED on PostgreSQL: KEYDROP_TEST_POSTGRES_URL is not set");
        return;
    }
    let smtp = SmtpServer::start().await;
    let db = TestDb::create(Backend::Postgres).await;
    let smtp_url = smtp.url();
    let env = [("KEYDROP_SMTP_URL", smtp_url.as_str())];
    let replicas = [
        ServeProcess::start(db.url(), &env),
        ServeProcess::start(db.url(), &env),
    ];
    for replica in &replicas {
        replica.wait_healthy().await;
    }
    let store = Store::connect(db.url()).await.unwrap();
    let clock = keydrop::clock::Clock::default();
    fixture::registry(&store, clock.unix()).await;
    let campaign = fixture::campaign(&store, &fixture::open_campaign(clock.today()), clock.unix()).await;

    // Invitations for everybody eligible, and sign-in links asked for on both replicas.
    let settings = keydrop::config::MailSettings::default();
    let invitations = keydrop::mail::queue::queue_invitations(
        &store,
        &settings,
        &campaign,
        clock.today(),
        clock.unix(),
        "test",
    )
    .await
    .unwrap();
    let invited = fixture::RACERS + 2; // alice, bob and the racers
    assert_eq!(invitations.queued, invited as u64);
    const SIGN_INS: usize = 20;
    for i in 1..=SIGN_INS {
        let replica = &replicas[i % 2];
        let page = Browser::new(&replica.base)
            .submit("/login", "/login", &[("login", &racer(i))])
            .await;
        assert_eq!(page.status, 200);
    }

    let total = invited + SIGN_INS;
    let started = Instant::now();
    let messages = smtp.wait_for_count(total).await;
    eprintln!(
        "{total} messages arrived through 2 replicas in {:?}",
        started.elapsed()
    );
    wait_for_mail(&store, |c| c.sent == total as i64 && c.queued == 0).await;
    assert_eq!(smtp.messages().len(), total, "each message once");
    for i in 1..=fixture::RACERS {
        let expected = if i <= SIGN_INS { 2 } else { 1 };
        assert_eq!(
            count_to(&messages, &format!("{}@example.org", racer(i))),
            expected,
            "{}",
            racer(i)
        );
    }
    let ids: std::collections::HashSet<String> =
        messages.iter().filter_map(|m| header(m, "Message-ID")).collect();
    assert_eq!(ids.len(), total, "a Message-ID each");
    store.close().await;
}
