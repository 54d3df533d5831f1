//! What each message says, in its reader's language: the data of the sign-in link, the
//! invitation and the two reminders, rendered from `templates/mail/` into a subject, a
//! plain-text part and an HTML part. The words are messages of `locales/<lang>/mail.ftl`;
//! the templates ask for those with no argument through the reader's language (`m.lang`),
//! and call the methods below for those with arguments, so that numbers choose plural forms
//! and dates and country names are written in the reader's language.

use askama::Template;
use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;

use crate::domain::countries::Country;
use crate::domain::country_names;
use crate::i18n::{self, Lang};
use crate::store::MailKind;
use crate::web::views::ProjectView;

/// A sign-in link.
pub struct SignIn {
    pub lang: Lang,
    pub username: String,
    pub link: String,
    pub minutes_valid: u64,
}

/// An invitation to a campaign.
pub struct Invitation {
    pub lang: Lang,
    pub username: String,
    /// Empty when an admin made the reader eligible by hand.
    pub projects: Vec<ProjectView>,
    pub campaign: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Where the keys ship.
    pub countries: Vec<Country>,
    pub keys_per_code: i64,
    /// The service's address, written out for the reader to type.
    pub address: String,
}

/// A reminder: to claim before a campaign closes, or to redeem before a code expires.
pub struct Reminder {
    pub lang: Lang,
    pub username: String,
    pub campaign: String,
    /// The last day: of the campaign, or of the code.
    pub day: NaiveDate,
    pub days_left: i64,
    pub keys_per_code: i64,
    pub address: String,
    pub unsubscribe_url: String,
}

/// The greeting every message opens with.
fn hello(lang: Lang, username: &str) -> String {
    lang.t_args("mail-hello", &[("username", username.into())])
}

impl SignIn {
    /// "Hello alice,".
    pub fn hello(&self) -> String {
        hello(self.lang, &self.username)
    }

    /// How long and how often the link works.
    pub fn works_once(&self) -> String {
        self.lang
            .t_args("mail-sign-in-once", &[("minutes", self.minutes_valid.into())])
    }
}

impl Invitation {
    /// "Hello alice,".
    pub fn hello(&self) -> String {
        hello(self.lang, &self.username)
    }

    /// The subject: the campaign, and the projects it is for.
    pub fn subject(&self) -> String {
        self.lang.t_args(
            "mail-invitation-subject",
            &[
                ("campaign", self.campaign.as_str().into()),
                ("projects", self.projects_named().into()),
            ],
        )
    }

    /// The projects, as the subject names them.
    pub fn projects_named(&self) -> String {
        let lang = self.lang;
        match self.projects.as_slice() {
            [] => lang.t("mail-invitation-projects-none"),
            [one] => one.name.clone(),
            [one, two] => lang.t_args(
                "mail-invitation-projects-two",
                &[
                    ("first", one.name.as_str().into()),
                    ("second", two.name.as_str().into()),
                ],
            ),
            [one, rest @ ..] => lang.t_args(
                "mail-invitation-projects-more",
                &[("first", one.name.as_str().into()), ("others", rest.len().into())],
            ),
        }
    }

    /// Why the reader may claim, without projects: an admin's grant.
    pub fn granted(&self) -> String {
        self.lang.t_args(
            "mail-invitation-granted",
            &[("campaign", self.campaign.as_str().into())],
        )
    }

    /// The sentence that introduces the list of projects.
    pub fn critical(&self) -> String {
        self.lang.t_args(
            "mail-invitation-critical",
            &[("count", self.projects.len().into())],
        )
    }

    /// Why one project is critical, after its name and role.
    pub fn ranked(&self, project: &ProjectView) -> String {
        self.lang.t_args(
            "mail-invitation-ranked",
            &[
                ("rank", project.rank.into()),
                ("since", self.lang.date(project.since).into()),
            ],
        )
    }

    /// What the reader may claim, and where.
    pub fn may_claim(&self) -> String {
        self.lang.t_args(
            "mail-invitation-may-claim",
            &[
                ("keys", self.keys_per_code.into()),
                ("campaign", self.campaign.as_str().into()),
            ],
        )
    }

    /// When claims open and close.
    pub fn dates(&self) -> String {
        self.lang.t_args(
            "mail-invitation-dates",
            &[
                ("starts", self.lang.date(self.starts_on).into()),
                ("ends", self.lang.date(self.ends_on).into()),
            ],
        )
    }

    /// Where the keys ship, in the reader's language: "Germany (DE), United States (US)",
    /// "Allemagne (DE), États-Unis (US)".
    pub fn countries_named(&self) -> String {
        self.countries
            .iter()
            .map(|c| {
                let name =
                    country_names::name_in(c.code(), self.lang.code()).unwrap_or_else(|| c.common_name());
                format!("{name} ({})", c.code())
            })
            .collect::<Vec<_>>()
            .join(&self.lang.t("mail-list-separator"))
    }
}

impl Reminder {
    /// "Hello alice,".
    pub fn hello(&self) -> String {
        hello(self.lang, &self.username)
    }

    /// "today", "tomorrow", "in 3 days".
    fn when(&self) -> FluentValue<'static> {
        let days = self.days_left.max(0);
        self.lang.t_args("mail-when", &[("days", days.into())]).into()
    }

    /// The arguments the reminders' sentences share.
    fn args(&self) -> [(&'static str, FluentValue<'_>); 4] {
        [
            ("campaign", self.campaign.as_str().into()),
            ("day", self.lang.date(self.day).into()),
            ("when", self.when()),
            ("keys", self.keys_per_code.into()),
        ]
    }

    /// The subject of a reminder to claim.
    pub fn claim_subject(&self) -> String {
        self.lang.t_args("mail-claim-reminder-subject", &self.args())
    }

    /// What a reminder to claim is about.
    pub fn claim_body(&self) -> String {
        self.lang.t_args("mail-claim-reminder-body", &self.args())
    }

    /// The subject of a reminder to redeem.
    pub fn redeem_subject(&self) -> String {
        self.lang.t_args("mail-redeem-reminder-subject", &self.args())
    }

    /// What a reminder to redeem is about.
    pub fn redeem_body(&self) -> String {
        self.lang.t_args("mail-redeem-reminder-body", &self.args())
    }
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

/// A message's subject, text and HTML, and the language they are in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub lang: Lang,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Renders a text template whose first line is `Subject: ...`, then a blank line and the
/// body, and its HTML twin, both in `lang` (which is also the [`i18n::current`] language
/// meanwhile, for what the templates write through it).
fn render(lang: Lang, text: &impl Template, html: &impl Template) -> anyhow::Result<Rendered> {
    let (rendered, html) =
        i18n::speaking_sync(lang, || Ok::<_, askama::Error>((text.render()?, html.render()?)))?;
    let (first, body) = rendered.split_once('\n').unwrap_or((&rendered, ""));
    let subject = first
        .strip_prefix("Subject:")
        .ok_or_else(|| anyhow::anyhow!("a mail template must start with a Subject: line"))?
        .trim();
    Ok(Rendered {
        lang,
        subject: subject.to_string(),
        text: body.trim_start_matches('\n').to_string(),
        html,
    })
}

/// Renders a sign-in message.
pub fn render_sign_in(message: &SignIn) -> anyhow::Result<Rendered> {
    render(
        message.lang,
        &SignInText { m: message },
        &SignInHtml { m: message },
    )
}

/// Renders an invitation.
pub fn render_invitation(message: &Invitation) -> anyhow::Result<Rendered> {
    render(
        message.lang,
        &InvitationText { m: message },
        &InvitationHtml { m: message },
    )
}

/// Renders a reminder of `kind` (to claim, or to redeem).
pub fn render_reminder(kind: MailKind, message: &Reminder) -> anyhow::Result<Rendered> {
    if kind == MailKind::RedeemReminder {
        render(
            message.lang,
            &RedeemReminderText { m: message },
            &RedeemReminderHtml { m: message },
        )
    } else {
        render(
            message.lang,
            &ClaimReminderText { m: message },
            &ClaimReminderHtml { m: message },
        )
    }
}

#[cfg(test)]
mod tests;
