//! The admin pages' data: one struct per template in templates/admin/.

use askama::Template;

use crate::batches::BatchOptionError;
use crate::domain::batch_file::LineProblem;
use crate::domain::eligibility::Ineligible;
use crate::giveaway::Standing;

use super::{UploadProblem, history};
use crate::store::{BatchStats, Campaign, CampaignPeople, CountryStats, DailyActivity, TwoFactorAdoption};
use crate::web::views::Chrome;

/// 403 for users who are not admins.
#[derive(Template)]
#[template(path = "admin/forbidden.html")]
pub struct ForbiddenPage {
    pub chrome: Chrome,
}

/// What enrolment shows, once: the QR code, and the secret for typing in by hand.
pub struct Enrolment {
    /// An SVG made by [`crate::totp::qr_svg`]: markup of ours, safe to embed.
    pub qr_svg: String,
    pub secret: String,
    pub uri: String,
}

/// 403 for admins without the second factor: enrolment or the code form.
#[derive(Template)]
#[template(path = "admin/second_factor.html")]
pub struct SecondFactorPage {
    pub chrome: Chrome,
    pub enrolment: Option<Enrolment>,
    pub next: String,
    pub wrong_code: bool,
    /// The last security key answer was refused.
    pub wrong_key: bool,
    /// The account has security keys (and the service can use them): the key button shows.
    pub has_keys: bool,
    /// A TOTP or recovery code opens the admin area (not when a key is required and the
    /// account has one).
    pub code_accepted: bool,
}

/// The admin's security keys page.
#[derive(Template)]
#[template(path = "admin/security_keys.html")]
pub struct SecurityKeysPage {
    pub chrome: Chrome,
    pub keys: Vec<KeyLine>,
    /// The service can use keys (its base URL has a domain name).
    pub available: bool,
    /// KEYDROP_ADMIN_REQUIRE_SECURITY_KEY is on.
    pub required: bool,
    pub totp_on: bool,
    pub notice: Option<KeyNotice>,
}

/// What the keys page tells after a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyNotice {
    Added(String),
    Removed(String),
    NotAdded,
    AlreadyRegistered,
    LastFactor,
}

/// One key as listed.
pub struct KeyLine {
    pub id: i64,
    pub name: String,
    pub added: String,
    pub last_used: Option<String>,
}

impl From<&crate::store::SecurityKey> for KeyLine {
    fn from(key: &crate::store::SecurityKey) -> KeyLine {
        KeyLine {
            id: key.id,
            name: key.name.clone(),
            added: when(key.created_at),
            last_used: key.last_used_at.map(when),
        }
    }
}

/// After enrolment: the recovery codes, shown this once.
#[derive(Template)]
#[template(path = "admin/recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub chrome: Chrome,
    pub codes: Vec<String>,
    /// Where to go on from here.
    pub next: String,
}

/// A batch's line on the dashboard.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BatchLine {
    #[serde(flatten)]
    pub stats: BatchStats,
    pub days_to_expiry: i64,
}

/// Codes left for one country.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CountryLeft {
    pub country: String,
    #[serde(skip)]
    pub name: &'static str,
    pub codes_left: i64,
}

/// A campaign's figures: the dashboard shows them, the API answers them as JSON.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CampaignFigures {
    #[serde(skip)]
    pub campaign: Campaign,
    pub name: String,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
    pub open: bool,
    pub people: CampaignPeople,
    pub codes: BatchStats,
    pub batches: Vec<BatchLine>,
    pub codes_left_by_country: Vec<CountryLeft>,
    pub claims_by_country: Vec<CountryStats>,
    pub daily: Vec<DailyActivity>,
    pub two_factor: TwoFactorAdoption,
    /// Stock, claims and redemptions per offer.
    pub offers: Vec<crate::store::OfferStats>,
    /// Each phase (the campaign's own rules first) with the maintainers its rules admit.
    pub phases: Vec<crate::store::PhaseEligible>,
    /// Codes handed back by their holders.
    pub handed_back: crate::store::HandBackCounts,
    /// Security keys among the maintainers who received a code: at their claim and now.
    pub keys_in_use: crate::store::KeysInUse,
}

/// One campaign on the dashboard.
pub struct CampaignPanel {
    pub figures: CampaignFigures,
    pub chart: crate::web::chart::DailyChart,
}

/// A message the senders gave up on, as the dashboard lists it.
pub struct FailedMailLine {
    pub mail: crate::store::FailedMail,
    /// When it was given up on, `YYYY-MM-DD HH:MM` UTC.
    pub failed_at: String,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardPage {
    pub chrome: Chrome,
    pub adoption: TwoFactorAdoption,
    /// The registry imports' snapshots over time.
    pub outcome: crate::web::chart::outcome::OutcomeChart,
    pub campaigns: Vec<CampaignPanel>,
    /// The outbox: messages queued, sent, failed and cancelled.
    pub mail: crate::store::MailCounts,
    /// The newest messages given up on.
    pub failed_mail: Vec<FailedMailLine>,
    /// Locks of this admin's area they have not been told of yet.
    pub lockouts: Vec<LockoutNotice>,
    /// The live ownership check's figures, when KEYDROP_REGISTRY_URL is set.
    pub registry: Option<RegistryFigures>,
}

/// How the live ownership check has fared since this server started.
pub struct RegistryFigures {
    pub lookups: u64,
    pub cache_hits: u64,
    pub fallbacks: u64,
    pub refusals: u64,
}

impl From<&crate::registry_live::LiveCounters> for RegistryFigures {
    fn from(counters: &crate::registry_live::LiveCounters) -> RegistryFigures {
        use std::sync::atomic::Ordering::Relaxed;
        RegistryFigures {
            lookups: counters.lookups.load(Relaxed),
            cache_hits: counters.cache_hits.load(Relaxed),
            fallbacks: counters.fallbacks.load(Relaxed),
            refusals: counters.refusals.load(Relaxed),
        }
    }
}

/// A lock of the admin's area after too many wrong codes, as the dashboard tells of it.
pub struct LockoutNotice {
    pub locked_at: String,
    pub locked_until: String,
}

impl DashboardPage {
    /// A share of the critical maintainers, in whole percent.
    pub fn percent(&self, part: &i64) -> i64 {
        if self.adoption.maintainers == 0 {
            0
        } else {
            (part * 100 + self.adoption.maintainers / 2) / self.adoption.maintainers
        }
    }

    /// A country's name in the page's language (the English name where the table has none).
    pub fn country_name(&self, left: &CountryLeft) -> &'static str {
        crate::domain::country_names::name_in(&left.country, crate::i18n::current().code())
            .unwrap_or(left.name)
    }
}

/// A time as the admin pages show it (UTC), in the page's language, its day written as every
/// page writes days: "24 March 2027 14:05 UTC", "24 mars 2027 14:05 UTC".
pub fn when(unix: i64) -> String {
    when_in(crate::i18n::current(), unix)
}

/// A time as [`when`] writes it, in `lang`: for records kept in one language (the audit log).
pub fn when_in(lang: crate::i18n::Lang, unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| format!("{} UTC", lang.date_time(t.naive_utc())))
        .unwrap_or_default()
}

/// A country code as stored (`DE`) named in the page's language, with the country's own
/// names beside it; a code that is not a country is shown as it is.
fn country_label(code: &str) -> String {
    crate::domain::countries::Country::parse(code)
        .map(|country| country.label_in(crate::i18n::current().code()))
        .unwrap_or_else(|_| code.to_string())
}

/// A code in the admin pages.
pub struct CodeView {
    pub row: crate::store::CodeRow,
    pub assigned: Option<String>,
    pub redeemed: Option<String>,
    pub revoked: Option<String>,
}

impl CodeView {
    /// The country its holder declared, named in the page's language.
    pub fn country(&self) -> Option<String> {
        self.row.country.as_deref().map(country_label)
    }
}

impl From<&crate::store::CodeRow> for CodeView {
    fn from(row: &crate::store::CodeRow) -> Self {
        CodeView {
            assigned: row.assigned_at.map(when),
            redeemed: row.redeemed_at.map(when),
            revoked: row.revoked_at.map(when),
            row: row.clone(),
        }
    }
}

/// One audit entry in a history.
pub struct HistoryLine {
    pub when: String,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

impl From<crate::store::AuditRow> for HistoryLine {
    /// The entry in the page's language: its actor and the details the service wrote itself
    /// are put in words; what a person wrote (a reason) and unknown entries stay as recorded.
    fn from(row: crate::store::AuditRow) -> Self {
        let lang = crate::i18n::current();
        HistoryLine {
            when: when(row.at),
            actor: history::actor(lang, &row.actor),
            detail: history::detail(lang, &row.action, &row.detail),
            action: row.action,
        }
    }
}

/// Why a vendor's redemption report was not read.
#[derive(Debug, Clone)]
pub enum ReportProblem {
    Upload(super::UploadProblem),
    /// Every line that could not be read; nothing was marked.
    BadLines(Vec<crate::domain::registry_files::FileProblem>),
}

#[derive(Template)]
#[template(path = "admin/codes.html")]
pub struct CodesPage {
    pub chrome: Chrome,
    pub query: String,
    pub results: Vec<CodeView>,
    pub report_problem: Option<ReportProblem>,
}

impl CodesPage {
    pub fn max_report_mib(&self) -> usize {
        super::MAX_REPORT_BYTES / (1024 * 1024)
    }
}

/// What a vendor's redemption report changed.
#[derive(Template)]
#[template(path = "admin/vendor_report.html")]
pub struct VendorReportPage {
    pub chrome: Chrome,
    /// What it did; its summary counts every line read.
    pub report: crate::store::RedemptionReport,
}

impl VendorReportPage {
    /// Every count of the report in one sentence, in the page's language; as on the command
    /// line ([`crate::store::RedemptionReport::summary`]), the counts add up to the lines read
    /// and agree with the lists below.
    pub fn summary(&self) -> String {
        let report = &self.report;
        let count = |n: u64| (n as f64).into();
        crate::i18n::current().t_args(
            "admin-vendor-summary",
            &[
                ("lines", count(report.lines())),
                ("redeemed", count(report.newly_redeemed())),
                ("held", count(report.marked_held)),
                ("never", count(report.never_assigned.len() as u64)),
                ("confirmed", count(report.confirmed)),
                ("unknown", count(report.unknown.len() as u64)),
                ("revoked", count(report.revoked.len() as u64)),
            ],
        )
    }
}

#[derive(Template)]
#[template(path = "admin/code.html")]
pub struct CodePage {
    pub chrome: Chrome,
    pub code: CodeView,
    pub history: Vec<HistoryLine>,
    /// Its Stripe promotion code, where Stripe is set up.
    pub promotion: Option<PromotionView>,
}

/// A code's publication to Stripe, as the admin pages show it.
pub struct PromotionView {
    pub promotion: crate::store::Promotion,
    pub next_attempt: String,
    pub updated: String,
}

impl From<crate::store::Promotion> for PromotionView {
    fn from(promotion: crate::store::Promotion) -> Self {
        PromotionView {
            next_attempt: when(promotion.next_attempt_at),
            updated: when(promotion.updated_at),
            promotion,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/maintainers.html")]
pub struct MaintainersPage {
    pub chrome: Chrome,
    pub query: String,
    pub results: Vec<crate::store::User>,
}

/// A maintainer's standing in one campaign, as they see it.
pub struct MaintainerStanding {
    pub campaign: Campaign,
    pub standing: crate::giveaway::Standing,
    /// Not eligible yet, but the phase of this day would admit them.
    pub admitted_from: Option<chrono::NaiveDate>,
}

#[derive(Template)]
#[template(path = "admin/maintainer.html")]
pub struct MaintainerPage {
    pub chrome: Chrome,
    pub user: crate::store::User,
    pub projects: Vec<crate::web::views::ProjectView>,
    pub standings: Vec<MaintainerStanding>,
    pub grant: Option<crate::store::Grant>,
    /// The grant form was sent without a reason.
    pub missing_reason: bool,
    /// The codes they handed back.
    pub releases: Vec<crate::store::ReleaseRow>,
}

impl MaintainerPage {
    /// When a code was handed back, for the page.
    pub fn released_on(&self, release: &crate::store::ReleaseRow) -> String {
        when(release.released_at)
    }

    pub fn granted_on(&self) -> String {
        self.grant
            .as_ref()
            .map(|g| when(g.granted_at))
            .unwrap_or_default()
    }
}

/// Why the batches page is shown again.
#[derive(Debug, Clone)]
pub enum FormProblem {
    NoFile,
    FileTooLarge,
    BadExpiry,
    BadCount,
    BadPrefix,
    Options(crate::batches::BatchOptionError),
    AlreadyConfirmed,
    BadLinesRemain(i64),
    NothingToLoad,
}

#[derive(Template)]
#[template(path = "admin/batches.html")]
pub struct BatchesPage {
    pub chrome: Chrome,
    pub campaigns: Vec<Campaign>,
    pub problem: Option<FormProblem>,
    pub today: chrono::NaiveDate,
    /// The upload form's fields: as typed when it was refused, else the defaults.
    pub upload_form: BatchFields,
    /// The generation form's fields, likewise.
    pub generate_form: BatchFields,
}

/// What the batch forms hold: as typed, when a form is refused (nothing typed is lost).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchFields {
    pub campaign: String,
    pub expires: String,
    pub countries: String,
    pub label: String,
    /// Generation only: how many codes, and their prefix.
    pub count: String,
    pub prefix: String,
}

impl BatchFields {
    /// Empty fields with the campaign open today chosen (else the latest to start, which
    /// the list shows first).
    pub fn with_default_campaign(campaigns: &[Campaign], today: chrono::NaiveDate) -> BatchFields {
        BatchFields {
            campaign: default_campaign(campaigns, today).unwrap_or_default(),
            ..BatchFields::default()
        }
    }

    /// The fields of a form as sent (by name); missing ones are empty.
    pub fn from_sent(field: impl Fn(&str) -> Option<String>) -> BatchFields {
        let get = |name| field(name).unwrap_or_default();
        BatchFields {
            campaign: get("campaign"),
            expires: get("expires"),
            countries: get("countries"),
            label: get("label"),
            count: get("count"),
            prefix: get("prefix"),
        }
    }
}

/// The campaign a form about codes picks first: one open today, else the first listed.
pub fn default_campaign(campaigns: &[Campaign], today: chrono::NaiveDate) -> Option<String> {
    campaigns
        .iter()
        .find(|c| c.is_open_on(today))
        .or(campaigns.first())
        .map(|c| c.name.clone())
}

impl BatchesPage {
    pub fn max_upload_mib(&self) -> usize {
        super::MAX_UPLOAD_BYTES / (1024 * 1024)
    }

    /// The batch names an offer its campaign lacks, in the page's language.
    pub fn unknown_offer(&self, campaign: &str, offer: &str, offers: &str) -> String {
        crate::i18n::current().t_args(
            "admin-batch-problem-unknown-offer",
            &[
                ("campaign", campaign.into()),
                ("offer", offer.into()),
                ("offers", offers.into()),
            ],
        )
    }
}

#[derive(Template)]
#[template(path = "admin/preview.html")]
pub struct PreviewPage {
    pub chrome: Chrome,
    pub campaign: Campaign,
    pub upload: crate::store::Upload,
    pub bad_lines: Vec<crate::domain::batch_file::BadLine>,
    /// The confirm form's reference to the upload.
    pub token: String,
}

#[derive(Template)]
#[template(path = "admin/loaded.html")]
pub struct LoadedPage {
    pub chrome: Chrome,
    pub batch_id: i64,
    pub loaded: i64,
    /// keydrop made the codes: the page offers them as CSV for the vendor.
    pub generated: bool,
}
