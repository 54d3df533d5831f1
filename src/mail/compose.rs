//! Each message as its reader gets it: a plain-text and an HTML part rendered from
//! `templates/mail/`, made when the message is sent from what the store says then.
//!
//! Rendering at send time keeps secrets out of the outbox: a sign-in link is made for the
//! attempt that sends it, and so is the token of an unsubscribe link (stored hashed). It also
//! means a message that no longer applies is not sent: an invitation or a reminder to claim
//! for someone who holds a code by now, a reminder to redeem a code already used, anything
//! to someone who turned giveaway mail off.
//!
//! What the messages say, so that none reads like phishing (PyPI's giveaway mail was taken
//! for it): the invitation names the reader's critical projects, their rank and the window
//! that made them critical, the campaign's dates and countries; it asks for nothing and holds
//! no link, but writes the service's address out for the reader to type. Only the sign-in
//! link, which the reader just asked for, is a link to click.

use askama::Template;
use chrono::NaiveDate;

use crate::clock::Clock;
use crate::config::Config;
use crate::store::{Campaign, LeasedMail, MailKind, Store, User};
use crate::web::urls;
use crate::web::views::ProjectView;
use crate::{signin, tokens};

/// A message ready for the relay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// `<...@host>`, the same for every attempt.
    pub message_id: String,
    /// Where the List-Unsubscribe header points (not on sign-in links).
    pub unsubscribe_url: Option<String>,
    /// The link a sign-in message holds, for the log when no relay is set.
    pub link: Option<String>,
}

/// What composing a leased message came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Composition {
    /// Ready to send; the hash is of the unsubscribe token it carries, to be stored once sent.
    Ready {
        message: Composed,
        unsubscribe_hash: Option<String>,
    },
    /// Not to be sent, and why (kept as the row's reason).
    Cancelled(String),
}

/// A sign-in link.
pub struct SignIn {
    pub username: String,
    pub link: String,
    pub minutes_valid: u64,
}

/// An invitation to a campaign.
pub struct Invitation {
    pub username: String,
    /// Empty when an admin made the reader eligible by hand.
    pub projects: Vec<ProjectView>,
    pub campaign: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// "Germany (DE)", ...
    pub countries: Vec<String>,
    pub keys_per_code: i64,
    /// The service's address, written out for the reader to type.
    pub address: String,
}

impl Invitation {
    /// The projects, as the subject names them.
    pub fn projects_named(&self) -> String {
        match self.projects.as_slice() {
            [] => "critical projects".to_string(),
            [one] => one.name.clone(),
            [one, two] => format!("{} and {}", one.name, two.name),
            [one, rest @ ..] => format!("{} and {} other projects", one.name, rest.len()),
        }
    }
}

/// A reminder: to claim before a campaign closes, or to redeem before a code expires.
pub struct Reminder {
    pub username: String,
    pub campaign: String,
    /// The last day: of the campaign, or of the code.
    pub day: NaiveDate,
    pub days_left: i64,
    pub keys_per_code: i64,
    pub address: String,
    pub unsubscribe_url: String,
}

/// Declares a message's two templates over its data `$data`: `$text` (whose first line is
/// `Subject: ...`) and `$html`.
macro_rules! mail_templates {
    ($data:ty, $text:ident = $text_path:tt, $html:ident = $html_path:tt) => {
        #[derive(Template)]
        #[template(path = $text_path)]
        struct $text<'a> {
            m: &'a $data,
        }

        #[derive(Template)]
        #[template(path = $html_path)]
        struct $html<'a> {
            m: &'a $data,
        }
    };
}

mail_templates!(
    SignIn,
    SignInText = "mail/sign_in.txt",
    SignInHtml = "mail/sign_in.html"
);
mail_templates!(
    Invitation,
    InvitationText = "mail/invitation.txt",
    InvitationHtml = "mail/invitation.html"
);
mail_templates!(
    Reminder,
    ClaimReminderText = "mail/claim_reminder.txt",
    ClaimReminderHtml = "mail/claim_reminder.html"
);
mail_templates!(
    Reminder,
    RedeemReminderText = "mail/redeem_reminder.txt",
    RedeemReminderHtml = "mail/redeem_reminder.html"
);

/// A message's subject, text and HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Renders a text template whose first line is `Subject: ...`, then a blank line and the
/// body, and its HTML twin.
fn render(text: &impl Template, html: &impl Template) -> anyhow::Result<Rendered> {
    let rendered = text.render()?;
    let (first, body) = rendered.split_once('\n').unwrap_or((&rendered, ""));
    let subject = first
        .strip_prefix("Subject:")
        .ok_or_else(|| anyhow::anyhow!("a mail template must start with a Subject: line"))?
        .trim();
    Ok(Rendered {
        subject: subject.to_string(),
        text: body.trim_start_matches('\n').to_string(),
        html: html.render()?,
    })
}

/// Renders a sign-in message.
pub fn render_sign_in(message: &SignIn) -> anyhow::Result<Rendered> {
    render(&SignInText { m: message }, &SignInHtml { m: message })
}

/// Renders an invitation.
pub fn render_invitation(message: &Invitation) -> anyhow::Result<Rendered> {
    render(&InvitationText { m: message }, &InvitationHtml { m: message })
}

/// Renders a reminder of `kind` (to claim, or to redeem).
pub fn render_reminder(kind: MailKind, message: &Reminder) -> anyhow::Result<Rendered> {
    if kind == MailKind::RedeemReminder {
        render(
            &RedeemReminderText { m: message },
            &RedeemReminderHtml { m: message },
        )
    } else {
        render(
            &ClaimReminderText { m: message },
            &ClaimReminderHtml { m: message },
        )
    }
}

/// Everything the composer reads and writes through.
pub struct Context<'a> {
    pub store: &'a Store,
    pub config: &'a Config,
    pub clock: &'a Clock,
}

impl Context<'_> {
    /// The service's address as the messages write it out.
    fn address(&self) -> String {
        self.config.base_url.as_str().trim_end_matches('/').to_string()
    }

    /// The campaign a giveaway message is about, if it is still one to write about: not
    /// purged; for an invitation or a reminder to claim, still taking claims too (a code
    /// may be used after the campaign's end, so a reminder to redeem outlives it).
    async fn live_campaign(
        &self,
        kind: MailKind,
        mail: &LeasedMail,
    ) -> anyhow::Result<Result<Campaign, String>> {
        let campaign = match mail.campaign_id {
            Some(id) => self.store.campaign_by_id(id).await?,
            None => None,
        };
        let claims_over = |c: &Campaign| c.claims_closed || c.ends_on < self.clock.today();
        Ok(match campaign {
            Some(c) if c.purged_at.is_some() => Err(format!("{} was purged", c.name)),
            Some(c) if kind != MailKind::RedeemReminder && claims_over(&c) => {
                Err(format!("{} takes no more claims", c.name))
            }
            Some(c) => Ok(c),
            None => Err("the campaign is gone".into()),
        })
    }

    /// Composes a leased message, or says why it is no longer to be sent.
    pub async fn compose(&self, mail: &LeasedMail) -> anyhow::Result<Composition> {
        let kind =
            MailKind::parse(&mail.kind).ok_or_else(|| anyhow::anyhow!("unknown kind {:?}", mail.kind))?;
        let user = self
            .store
            .user_by_id(mail.user_id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("user {} vanished", mail.user_id))?;
        if kind == MailKind::SignIn {
            return self.sign_in(&user, mail).await;
        }
        if self.store.giveaway_mail_off(user.id).await? {
            return Ok(Composition::Cancelled(
                "the reader turned giveaway mail off".into(),
            ));
        }
        let campaign = match self.live_campaign(kind, mail).await? {
            Ok(campaign) => campaign,
            Err(reason) => return Ok(Composition::Cancelled(reason)),
        };
        let held = self.store.held_code(campaign.id, user.id).await?;
        let today = self.clock.today();
        let (rendered, token) = match kind {
            MailKind::RedeemReminder => {
                let Some(code) = held.filter(|h| h.state == "assigned") else {
                    return Ok(Composition::Cancelled(
                        "the code is no longer waiting to be used".into(),
                    ));
                };
                let token = tokens::new_token();
                let reminder = self.reminder(&user, &campaign, code.expires_on, &token);
                (render_reminder(kind, &reminder)?, Some(token))
            }
            _ if held.is_some() => return Ok(Composition::Cancelled("the reader holds a code now".into())),
            _ if !self.store.is_eligible_for(&campaign, user.id, today).await? => {
                return Ok(Composition::Cancelled("the reader is no longer eligible".into()));
            }
            MailKind::ClaimReminder => {
                if self.store.codes_left(campaign.id, today).await? == 0 {
                    return Ok(Composition::Cancelled("no code is left".into()));
                }
                let token = tokens::new_token();
                let reminder = self.reminder(&user, &campaign, campaign.ends_on, &token);
                (render_reminder(kind, &reminder)?, Some(token))
            }
            _ => (
                self.invitation(&user, &campaign).await?,
                Some(tokens::new_token()),
            ),
        };
        let unsubscribe_url = token
            .as_deref()
            .map(|t| self.config.absolute(&urls::mail_unsubscribe(t)));
        Ok(Composition::Ready {
            message: Composed {
                to: user.email,
                subject: rendered.subject,
                text: rendered.text,
                html: rendered.html,
                message_id: mail.message_id.clone(),
                unsubscribe_url,
                link: None,
            },
            unsubscribe_hash: token.as_deref().map(tokens::hash),
        })
    }

    /// A sign-in message, with a link made now.
    async fn sign_in(&self, user: &User, mail: &LeasedMail) -> anyhow::Result<Composition> {
        let link = signin::issue_login_link(self.store, self.config, self.clock.unix(), user.id).await?;
        let message = SignIn {
            username: user.username.clone(),
            link: link.clone(),
            minutes_valid: self.config.login_link_ttl.as_secs() / 60,
        };
        let rendered = render_sign_in(&message)?;
        Ok(Composition::Ready {
            message: Composed {
                to: user.email.clone(),
                subject: rendered.subject,
                text: rendered.text,
                html: rendered.html,
                message_id: mail.message_id.clone(),
                unsubscribe_url: None,
                link: Some(link),
            },
            unsubscribe_hash: None,
        })
    }

    async fn invitation(&self, user: &User, campaign: &Campaign) -> anyhow::Result<Rendered> {
        let projects = self.store.critical_projects_of(user.id).await?;
        render_invitation(&Invitation {
            username: user.username.clone(),
            projects: projects.into_iter().map(ProjectView::from).collect(),
            campaign: campaign.name.clone(),
            starts_on: campaign.starts_on,
            ends_on: campaign.ends_on,
            countries: campaign
                .country_list()
                .iter()
                .map(|c| format!("{} ({})", c.common_name(), c.code()))
                .collect(),
            keys_per_code: campaign.keys_per_code,
            address: self.address(),
        })
    }

    fn reminder(&self, user: &User, campaign: &Campaign, day: NaiveDate, token: &str) -> Reminder {
        Reminder {
            username: user.username.clone(),
            campaign: campaign.name.clone(),
            day,
            days_left: (day - self.clock.today()).num_days(),
            keys_per_code: campaign.keys_per_code,
            address: self.address(),
            unsubscribe_url: self.config.absolute(&urls::mail_unsubscribe(token)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn invitation(projects: Vec<ProjectView>) -> Invitation {
        Invitation {
            username: "alice".into(),
            projects,
            campaign: "Titan 2026".into(),
            starts_on: day("2026-12-01"),
            ends_on: day("2026-12-31"),
            countries: vec!["Germany (DE)".into(), "United States (US)".into()],
            keys_per_code: 2,
            address: "https://keys.example.org".into(),
        }
    }

    #[test]
    fn an_invitation_names_the_projects_and_holds_no_link() {
        let mail =
            render_invitation(&invitation(vec![project("top-project", 3), project("b<i>", 40)])).unwrap();
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
                "  - top-project (Owner): ranked 3 by downloads over the six\n    months before 1 March 2026"
            ),
            "{}",
            mail.text
        );
        assert!(mail.text.contains("  - b<i> (Owner): ranked 40"), "{}", mail.text);
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
        assert_eq!(invitation(vec![]).projects_named(), "critical projects");
        let three = invitation(vec![project("a", 1), project("b", 2), project("c", 3)]);
        assert_eq!(three.projects_named(), "a and 2 other projects");
        let granted = render_invitation(&invitation(vec![])).unwrap();
        assert!(granted.text.contains("has made you eligible"), "{}", granted.text);
        let reminder = |days_left| Reminder {
            username: "bob".into(),
            campaign: "Titan 2026".into(),
            day: day("2026-12-31"),
            days_left,
            keys_per_code: 2,
            address: "https://keys.example.org".into(),
            unsubscribe_url: "https://keys.example.org/mail/unsubscribe/x".into(),
        };
        let claim = render_reminder(MailKind::ClaimReminder, &reminder(3)).unwrap();
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
        let redeem = render_reminder(MailKind::RedeemReminder, &reminder(1)).unwrap();
        assert_eq!(redeem.subject, "Your Titan 2026 code expires tomorrow");
        assert!(
            redeem
                .text
                .contains("expires at the end of 31 December 2026 (UTC), tomorrow."),
            "{}",
            redeem.text
        );
    }

    #[test]
    fn the_sign_in_message_holds_its_link_in_both_parts() {
        let mail = render_sign_in(&SignIn {
            username: "a".into(),
            link: "http://x/login/abc".into(),
            minutes_valid: 15,
        })
        .unwrap();
        assert_eq!(mail.subject, "Your keydrop sign-in link");
        assert!(mail.text.starts_with("Hello a,") && mail.text.contains("http://x/login/abc"));
        assert!(
            mail.html.contains("<a href=\"http://x/login/abc\">"),
            "{}",
            mail.html
        );
    }
}
