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

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Lang;
use crate::store::{Campaign, LeasedMail, MailKind, Store, User};
use crate::web::urls;
use crate::web::views::ProjectView;
use crate::{signin, tokens};

use super::messages::{
    Invitation, Reminder, Rendered, SignIn, render_invitation, render_reminder, render_sign_in,
};

/// A message ready for the relay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub to: String,
    /// The language it is written in, for its `Content-Language`.
    pub lang: Lang,
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
                lang: rendered.lang,
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
            lang: user.lang(),
            username: user.username.clone(),
            link: link.clone(),
            minutes_valid: self.config.login_link_ttl.as_secs() / 60,
        };
        let rendered = render_sign_in(&message)?;
        Ok(Composition::Ready {
            message: Composed {
                to: user.email.clone(),
                lang: rendered.lang,
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
            lang: user.lang(),
            username: user.username.clone(),
            projects: projects.into_iter().map(ProjectView::from).collect(),
            campaign: campaign.name.clone(),
            starts_on: campaign.starts_on,
            ends_on: campaign.ends_on,
            countries: campaign.country_list(),
            keys_per_code: campaign.keys_per_code,
            address: self.address(),
        })
    }

    fn reminder(&self, user: &User, campaign: &Campaign, day: NaiveDate, token: &str) -> Reminder {
        Reminder {
            lang: user.lang(),
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
