//! Mail in its reader's language, against a real SMTP server: a sign-in link in the language
//! of the page it was asked from, invitations and reminders in the language each maintainer
//! last used (English when none), said in `Content-Language`; mail queued before languages
//! were stored still goes, in English.

use crate::common;

use chrono::Duration as Days;
use common::fixture::{self, CAMPAIGN, racer};
use common::smtp::{Delivered, SmtpServer, login_link_in};
use common::{Browser, Page, TestApp, TestDb, wait_for_mail};
use keydrop::i18n::Lang;

use crate::languages::assert_translated;

/// Checks that `mail` is written in `lang` throughout: its header, its HTML's `lang`, and no
/// message missing.
fn assert_in_language(mail: &Delivered, lang: &str) {
    assert_eq!(
        mail.header("Content-Language").as_deref(),
        Some(lang),
        "{}",
        mail.headers
    );
    assert!(
        mail.html.contains(&format!("<html lang=\"{lang}\">")),
        "{}",
        mail.html
    );
    for part in [&mail.subject, &mail.text, &mail.html] {
        assert!(!part.contains(keydrop::i18n::MISSING_OPEN), "{part}");
    }
}

/// A message's HTML part as a page in its language, for [`assert_translated`].
fn as_page(mail: &Delivered) -> Page {
    let mut headers = reqwest::header::HeaderMap::new();
    let lang = mail.header("Content-Language").expect("Content-Language");
    headers.insert("content-language", lang.parse().unwrap());
    Page {
        status: 200,
        url: format!("the mail {:?}", mail.subject),
        body: mail.html.clone(),
        headers,
    }
}

/// The language stored for `username`.
async fn language_of(app: &TestApp, username: &str) -> Option<String> {
    app.store
        .user_by_username(username)
        .await
        .unwrap()
        .unwrap()
        .language
}

backend_tests! {
    async fn each_maintainer_gets_mail_in_their_language(backend: Backend) {
        let smtp = SmtpServer::start().await;
        let app = TestApp::start_configured(backend, |c| {
            c.smtp_url = Some(smtp.url());
            c.mail.reminder_days = 3;
        })
        .await;
        let campaign = app.with_open_campaign(10).await; // opened yesterday, closes in 30 days
        let (now, today) = (app.clock.unix(), app.today());
        // Only alice, bob and racer001 of the eligible keep giveaway mail on.
        for i in 2..=fixture::RACERS {
            let user = app.store.user_by_username(&racer(i)).await.unwrap().unwrap();
            app.store.set_giveaway_mail(user.id, false, now, "test").await.unwrap();
        }

        // alice asks for a sign-in link on the French page: it comes in French, and French
        // is remembered as her language.
        let french = Browser::speaking(&app.base, "fr-CH, fr;q=0.9, en;q=0.5");
        let sent = french.submit("/login", "/login", &[("login", "alice")]).await;
        assert_eq!(sent.status, 200);
        let mail = smtp.wait_for_mail_to("alice@example.org", "keydrop").await;
        assert_in_language(&mail, "fr");
        assert_eq!(mail.subject, "Votre lien de connexion à keydrop");
        let minutes = app.state.config.login_link_ttl.as_secs() / 60;
        for expected in ["Bonjour alice,", "Ouvrez ce lien pour vous connecter", &format!("pendant {minutes} minutes")] {
            assert!(mail.text.contains(expected) && mail.html.contains(expected), "{expected:?} not in {mail:?}");
        }
        assert_eq!(language_of(&app, "alice").await.as_deref(), Some("fr"));
        // Its link works.
        let link = login_link_in(&mail.text).expect("a sign-in link");
        assert_eq!(french.follow_login_link(&link).await.status, 200);

        // erin asks on the Korean page: Korean, in base64, and its link is found and works.
        Browser::speaking(&app.base, "ko").submit("/login", "/login", &[("login", "erin")]).await;
        let mail = smtp.wait_for_mail_to("erin@example.org", "keydrop").await;
        assert_in_language(&mail, "ko");
        assert_eq!(mail.subject, "keydrop 로그인 링크");
        assert!(mail.text.starts_with("erin님, 안녕하세요."), "{}", mail.text);
        let link = login_link_in(&smtp.wait_for("To: erin@example.org").await).expect("a sign-in link");
        assert_eq!(app.browser().follow_login_link(&link).await.status, 200);

        // bob picks Japanese with the switcher once signed in; racer001 never chose.
        let bob = app.signed_in("bob").await;
        assert_eq!(language_of(&app, "bob").await, None);
        bob.get("/language/ja?next=%2Fgiveaway").await;
        assert_eq!(language_of(&app, "bob").await.as_deref(), Some("ja"));
        // A visitor who is not signed in changes nobody's language.
        app.browser().get("/language/de?next=%2F").await;
        assert_eq!(language_of(&app, "racer001").await, None);

        // The invitations: each in its reader's language, with dates and countries in it.
        let queued = keydrop::mail::queue::queue_invitations(&app.store, &app.state.config.mail, &campaign, today, now, "test")
            .await
            .unwrap();
        assert_eq!(queued.queued, 3);
        let (starts, ends) = (today - Days::days(1), today + Days::days(30));
        let mail = smtp.wait_for_mail_to("alice@example.org", CAMPAIGN).await;
        assert_in_language(&mail, "fr");
        assert_eq!(mail.subject, format!("{CAMPAIGN} : une clé de sécurité matérielle gratuite pour votre travail sur top-project"));
        for expected in [
            format!("les demandes ouvrent le {} et ferment à la fin du {}", Lang::Fr.date(starts), Lang::Fr.date(ends)),
            "Allemagne (DE)".to_string(),
            "top-project (Owner): classé n° 1 en téléchargements".to_string(),
        ] {
            assert!(mail.text.contains(&expected), "{expected:?} not in {}", mail.text);
        }
        let mail = smtp.wait_for_mail_to("bob@example.org", CAMPAIGN).await;
        assert_in_language(&mail, "ja");
        assert_eq!(mail.subject, format!("{CAMPAIGN}：second.project でのご活動に対し、ハードウェアセキュリティキーを無料でお贈りします"));
        let ja_ends = Lang::Ja.date(ends);
        assert!(ja_ends.ends_with('日'), "{ja_ends}");
        assert!(mail.text.contains("  - second.project (Maintainer): "), "{}", mail.text);
        for expected in ["bob 様", &ja_ends, "ドイツ (DE)", "発送先:"] {
            assert!(mail.text.contains(expected) && mail.html.contains(expected), "{expected:?} not in {mail:?}");
        }
        let japanese = mail;
        let mail = smtp.wait_for_mail_to("racer001@example.org", CAMPAIGN).await;
        assert_in_language(&mail, "en");
        // The same invitation in English and in Japanese: no English sentence left.
        let same = [CAMPAIGN, "second.project", "Maintainer", app.base.as_str(), "racer001", "bob"];
        assert_translated(&as_page(&mail), &as_page(&japanese), Lang::Ja, &same);
        assert_eq!(mail.subject, format!("{CAMPAIGN}: a free hardware security key for your work on second.project"));
        assert!(mail.text.contains(&format!("close at the end of {}", ends.format("%-d %B %Y"))), "{}", mail.text);
        wait_for_mail(&app.store, |c| c.sent == 5 && c.queued == 0).await;

        // Three days before the campaign closes, the reminders to claim, likewise.
        app.clock.advance(Days::days(27));
        let round = keydrop::mail::queue::queue_reminders(&app.store, &app.state.config.mail, app.today(), app.clock.unix())
            .await
            .unwrap();
        assert_eq!(round.to_claim, 3);
        app.state.outbox.wake();
        let mail = smtp.wait_for_mail_to("bob@example.org", "3日後に").await;
        assert_in_language(&mail, "ja");
        assert_eq!(mail.subject, format!("{CAMPAIGN} は3日後に締め切られます：セキュリティキーがまだ申請されていません"));
        assert!(mail.text.contains(&format!("申請は{ja_ends}（UTC）の終わり、3日後に締め切られます。")), "{}", mail.text);
        let japanese = mail;
        let french = smtp.wait_for_mail_to("alice@example.org", "dans 3 jours").await;
        assert_in_language(&french, "fr");
        let mail = smtp.wait_for_mail_to("racer001@example.org", "closes in 3 days").await;
        assert_in_language(&mail, "en");
        assert_eq!(mail.subject, format!("{CAMPAIGN} closes in 3 days: your security key is still unclaimed"));
        let same = [CAMPAIGN, app.base.as_str(), "racer001", "alice", "bob"];
        assert_translated(&as_page(&mail), &as_page(&japanese), Lang::Ja, &same);
        assert_translated(&as_page(&mail), &as_page(&french), Lang::Fr, &same);
    }

    async fn mail_queued_before_languages_were_stored_goes_in_english(backend: Backend) {
        let db = TestDb::create(backend).await;
        schema_before_languages_with_a_queued_sign_in(&db).await;
        let smtp = SmtpServer::start().await;
        // The service migrates the rest at start, and its senders find the message.
        let app = TestApp::start_on(db, |c| c.smtp_url = Some(smtp.url())).await;
        let mail = smtp.wait_for_mail_to("old@example.org", "sign-in").await;
        assert_in_language(&mail, "en");
        assert_eq!(mail.subject, "Your keydrop sign-in link");
        assert!(mail.text.starts_with("Hello old,"), "{}", mail.text);
        assert_eq!(language_of(&app, "old").await, None);
    }
}

/// Brings a fresh database up to the schema before languages (migration 0014), with an
/// account and a sign-in link queued for it the way keydrop queued one then.
async fn schema_before_languages_with_a_queued_sign_in(db: &TestDb) {
    on_schema_before!(db, 15, |conn| {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (username, username_key, email, email_key, date_joined, has_totp, has_webauthn, updated_at) \
             VALUES ('old', 'old', 'old@example.org', 'old@example.org', $1, FALSE, FALSE, 1) RETURNING id")
            .bind(chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap())
            .fetch_one(&mut conn).await.unwrap();
        sqlx::query(
            "INSERT INTO mail_outbox (kind, user_id, priority, created_at, due_at, give_up_at) \
                     VALUES ('sign-in', $1, 0, 1, 1, $2)",
        )
        .bind(id)
        .bind(i64::from(i32::MAX) * 2)
        .execute(&mut conn)
        .await
        .unwrap();
    })
}
