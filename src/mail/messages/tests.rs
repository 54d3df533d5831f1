use super::*;
use crate::domain::countries;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn project(name: &str, rank: i64) -> ProjectView {
    ProjectView {
        name: name.into(),
        role: "Owner".into(),
        rank,
        since: day("2026-03-01"),
    }
}

fn invitation(lang: Lang, projects: Vec<ProjectView>) -> Invitation {
    Invitation {
        lang,
        username: "alice".into(),
        projects,
        campaign: "Titan 2026".into(),
        starts_on: day("2026-12-01"),
        ends_on: day("2026-12-31"),
        countries: countries::parse_list("DE,US").unwrap(),
        keys_per_code: 2,
        address: "https://keys.example.org".into(),
    }
}

fn reminder(lang: Lang, days_left: i64) -> Reminder {
    Reminder {
        lang,
        username: "bob".into(),
        campaign: "Titan 2026".into(),
        day: day("2026-12-31"),
        days_left,
        keys_per_code: 2,
        address: "https://keys.example.org".into(),
        unsubscribe_url: "https://keys.example.org/mail/unsubscribe/x".into(),
    }
}

fn sign_in(lang: Lang) -> SignIn {
    SignIn {
        lang,
        username: "a".into(),
        link: "http://x/login/abc".into(),
        minutes_valid: 15,
    }
}

#[test]
fn an_invitation_names_the_projects_and_holds_no_link() {
    let mail = render_invitation(&invitation(
        Lang::En,
        vec![project("top-project", 3), project("b<i>", 40)],
    ))
    .unwrap();
    assert_eq!(
        mail.subject,
        "Titan 2026: a free hardware security key for your work on top-project and b<i>"
    );
    for part in [&mail.text, &mail.html] {
        assert!(part.contains("Hello alice,"), "{part}");
        assert!(
            part.contains("1 December 2026") && part.contains("31 December 2026"),
            "{part}"
        );
        assert!(part.contains("Germany (DE), United States (US)"), "{part}");
        assert!(part.contains("https://keys.example.org"), "{part}");
    }
    assert!(
        mail.text.contains(
            "  - top-project (Owner): ranked 3 by downloads over the six months before 1 March 2026"
        ),
        "{}",
        mail.text
    );
    assert!(mail.text.contains("  - b<i> (Owner): ranked 40"), "{}", mail.text);
    assert!(
        mail.text.contains("(a code for 2 keys) in Titan 2026."),
        "{}",
        mail.text
    );
    // The HTML part escapes what the registry named, and links nowhere.
    assert!(
        mail.html.contains("<strong>b&#60;i&#62;</strong>")
            || mail.html.contains("<strong>b&lt;i&gt;</strong>"),
        "{}",
        mail.html
    );
    assert!(
        !mail.html.contains("<a ") && !mail.html.contains("href"),
        "{}",
        mail.html
    );
    assert_eq!(
        mail.text.matches("http").count(),
        1,
        "only the address written out: {}",
        mail.text
    );
}

#[test]
fn subjects_name_what_the_message_is_about() {
    assert_eq!(invitation(Lang::En, vec![]).projects_named(), "critical projects");
    let three = invitation(Lang::En, vec![project("a", 1), project("b", 2), project("c", 3)]);
    assert_eq!(three.projects_named(), "a and 2 other projects");
    let granted = render_invitation(&invitation(Lang::En, vec![])).unwrap();
    assert!(granted.text.contains("has made you eligible"), "{}", granted.text);
    let claim = render_reminder(MailKind::ClaimReminder, &reminder(Lang::En, 3)).unwrap();
    assert_eq!(
        claim.subject,
        "Titan 2026 closes in 3 days: your security key is still unclaimed"
    );
    assert!(claim.text.contains("https://keys.example.org/mail/unsubscribe/x"));
    assert!(
        claim
            .html
            .contains("href=\"https://keys.example.org/mail/unsubscribe/x\"")
    );
    let redeem = render_reminder(MailKind::RedeemReminder, &reminder(Lang::En, 1)).unwrap();
    assert_eq!(redeem.subject, "Your Titan 2026 code expires tomorrow");
    assert!(
        redeem
            .text
            .contains("expires at the end of 31 December 2026 (UTC), tomorrow."),
        "{}",
        redeem.text
    );
    let today = render_reminder(MailKind::RedeemReminder, &reminder(Lang::En, 0)).unwrap();
    assert_eq!(today.subject, "Your Titan 2026 code expires today");
}

#[test]
fn the_sign_in_message_holds_its_link_in_both_parts() {
    let mail = render_sign_in(&sign_in(Lang::En)).unwrap();
    assert_eq!(mail.subject, "Your keydrop sign-in link");
    assert!(mail.text.starts_with("Hello a,") && mail.text.contains("http://x/login/abc"));
    assert!(
        mail.text.contains("It works once, for 15 minutes."),
        "{}",
        mail.text
    );
    assert!(
        mail.html.contains("<a href=\"http://x/login/abc\">"),
        "{}",
        mail.html
    );
    assert!(mail.html.contains("<html lang=\"en\">"), "{}", mail.html);
}

/// What a reader reads in a rendered message: its subject, each line of its text part and
/// each run of text between the tags of its HTML part, white space collapsed.
fn readable(mail: &Rendered) -> Vec<String> {
    let html_runs = mail
        .html
        .split('<')
        .filter_map(|piece| piece.split_once('>').map(|(_, text)| text));
    std::iter::once(mail.subject.as_str())
        .chain(mail.text.lines())
        .chain(html_runs)
        .map(|run| run.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|run| !run.is_empty())
        .collect()
}

/// Every message, in every state that shows different words, rendered in `lang`.
fn every_message(lang: Lang) -> Vec<Rendered> {
    let projects = |n: usize| (1..=n).map(|i| project(&format!("p{i}"), i as i64)).collect();
    let mut all = vec![render_sign_in(&sign_in(lang)).unwrap()];
    for n in 0..=3 {
        all.push(render_invitation(&invitation(lang, projects(n))).unwrap());
    }
    for kind in [MailKind::ClaimReminder, MailKind::RedeemReminder] {
        for days_left in [0, 1, 3] {
            all.push(render_reminder(kind, &reminder(lang, days_left)).unwrap());
        }
    }
    all
}

/// Fails when a run of English text (two words or more, after removing what is the same in
/// every language) is left in a message in another language, or a message is missing.
#[test]
fn every_message_is_written_in_each_language_with_no_english_left() {
    // Names, addresses and role names, the same in every language.
    let data = [
        "Titan 2026",
        "https://keys.example.org/mail/unsubscribe/x",
        "https://keys.example.org",
        "http://x/login/abc",
        "keydrop",
        "(Owner)",
        "Owner",
        "Maintainer",
    ];
    let strip = |run: &str| {
        let mut run = run.to_string();
        for value in data {
            run = run.replace(value, " ");
        }
        run
    };
    let english = every_message(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (english, theirs) in english.iter().zip(every_message(lang)) {
            assert_eq!(theirs.lang, lang);
            for part in [&theirs.subject, &theirs.text, &theirs.html] {
                assert!(!part.contains(i18n::MISSING_OPEN), "{}: {part}", lang.code());
            }
            assert!(
                theirs.html.contains(&format!("<html lang=\"{}\">", lang.code())),
                "{}",
                theirs.html
            );
            let their_runs: Vec<String> = readable(&theirs).iter().map(|r| strip(r)).collect();
            for run in readable(english).iter().map(|r| strip(r)) {
                let words = run
                    .split_whitespace()
                    .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                    .count();
                assert!(
                    words < 2 || !their_runs.iter().any(|their| their.contains(run.trim())),
                    "{} still says, in English: {run:?}\n{}",
                    lang.code(),
                    theirs.text
                );
            }
        }
    }
}

#[test]
fn dates_numbers_and_countries_are_written_in_the_readers_language() {
    let french = render_invitation(&invitation(Lang::Fr, vec![project("p", 3)])).unwrap();
    assert!(french.text.starts_with("Bonjour alice,"), "{}", french.text);
    assert!(
        french.text.contains("1er décembre 2026") && french.text.contains("31 décembre 2026"),
        "{}",
        french.text
    );
    assert!(
        french.text.contains("Allemagne (DE), États-Unis (US)"),
        "{}",
        french.text
    );
    let japanese = render_reminder(MailKind::RedeemReminder, &reminder(Lang::Ja, 3)).unwrap();
    assert!(japanese.text.contains("2026年12月31日"), "{}", japanese.text);
    assert!(japanese.subject.contains("3日後"), "{}", japanese.subject);
    let german = render_sign_in(&SignIn {
        minutes_valid: 1,
        ..sign_in(Lang::De)
    })
    .unwrap();
    assert!(german.text.contains("eine Minute"), "{}", german.text);
}
