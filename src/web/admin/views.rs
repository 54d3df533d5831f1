//! The admin pages' data: one struct per template in templates/admin/.

use askama::Template;

use crate::batches::BatchOptionError;
use crate::domain::batch_file::LineProblem;
use crate::domain::code_format::CodeProblem;
use crate::domain::eligibility::Ineligible;
use crate::giveaway::Standing;

use super::UploadProblem;
use crate::store::{
    BatchStats, Campaign, CampaignPeople, CampaignProblem, CampaignStatus, CountryStats, DailyActivity,
    TwoFactorAdoption,
};
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
    pub campaigns: Vec<CampaignPanel>,
    /// The outbox: messages queued, sent, failed and cancelled.
    pub mail: crate::store::MailCounts,
    /// The newest messages given up on.
    pub failed_mail: Vec<FailedMailLine>,
    /// Locks of this admin's area they have not been told of yet.
    pub lockouts: Vec<LockoutNotice>,
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
}

/// A time as the admin pages show it (UTC).
pub fn when(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// A code in the admin pages.
pub struct CodeView {
    pub row: crate::store::CodeRow,
    pub assigned: Option<String>,
    pub redeemed: Option<String>,
    pub revoked: Option<String>,
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
    fn from(row: crate::store::AuditRow) -> Self {
        HistoryLine {
            when: when(row.at),
            actor: row.actor,
            action: row.action,
            detail: row.detail,
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
    /// Lines of codes read from the report.
    pub lines: usize,
    pub report: crate::store::RedemptionReport,
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
}

impl MaintainerPage {
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
}

impl BatchesPage {
    pub fn max_upload_mib(&self) -> usize {
        super::MAX_UPLOAD_BYTES / (1024 * 1024)
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
}

/// The campaign form's fields as typed, so that a refused form comes back unchanged.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CampaignFields {
    pub name: String,
    pub countries: String,
    pub starts: String,
    pub ends: String,
    pub store_url: String,
    pub keys_per_code: String,
    pub account_cutoff: String,
    /// A checkbox: present when ticked.
    pub allow_key_holders: Option<String>,
    pub ended_message: String,
    /// `vendor` or `stripe`.
    pub fulfilment: String,
    pub product_name: String,
    pub unit_amount: String,
    pub currency: String,
}

impl CampaignFields {
    /// A new campaign's defaults: PyPI's 2022 countries, two keys a code, opening today.
    pub fn for_new(today: chrono::NaiveDate) -> CampaignFields {
        CampaignFields {
            countries: crate::domain::countries::DEFAULT_CAMPAIGN_COUNTRIES.join(","),
            starts: today.to_string(),
            keys_per_code: "2".into(),
            fulfilment: crate::store::FULFILMENT_VENDOR.into(),
            ..CampaignFields::default()
        }
    }

    /// A stored campaign's settings, to edit.
    pub fn from_campaign(campaign: &Campaign) -> CampaignFields {
        CampaignFields {
            name: campaign.name.clone(),
            countries: campaign.countries.clone(),
            starts: campaign.starts_on.to_string(),
            ends: campaign.ends_on.to_string(),
            store_url: campaign.store_url.clone().unwrap_or_default(),
            keys_per_code: campaign.keys_per_code.to_string(),
            account_cutoff: campaign.account_cutoff.map(|d| d.to_string()).unwrap_or_default(),
            allow_key_holders: campaign.allow_key_holders.then(|| "on".to_string()),
            ended_message: campaign.ended_message.clone().unwrap_or_default(),
            fulfilment: campaign.fulfilment.clone(),
            product_name: campaign.product_name.clone().unwrap_or_default(),
            unit_amount: campaign.unit_amount.map(|a| a.to_string()).unwrap_or_default(),
            currency: campaign.currency.clone().unwrap_or_default(),
        }
    }

    pub fn allows_key_holders(&self) -> bool {
        self.allow_key_holders.is_some()
    }
}

/// What is wrong with a campaign form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    StartsNotADate,
    EndsNotADate,
    CutoffNotADate,
    KeysNotANumber,
    Countries(crate::domain::countries::CountryError),
    Settings(crate::store::CampaignProblem),
}

/// A campaign in the list.
pub struct CampaignLine {
    pub campaign: Campaign,
    pub status: crate::store::CampaignStatus,
}

#[derive(Template)]
#[template(path = "admin/campaigns.html")]
pub struct CampaignsPage {
    pub chrome: Chrome,
    pub campaigns: Vec<CampaignLine>,
    /// The new-campaign form.
    pub form: CampaignFields,
    pub problems: Vec<FieldProblem>,
}

#[derive(Template)]
#[template(path = "admin/campaign.html")]
pub struct CampaignPage {
    pub chrome: Chrome,
    pub campaign: Campaign,
    pub status: crate::store::CampaignStatus,
    pub form: CampaignFields,
    pub problems: Vec<FieldProblem>,
    /// The settings were just saved.
    pub saved: bool,
    pub archives: Vec<crate::store::ArchiveRow>,
    /// Publication of its codes to Stripe (a Stripe campaign, with Stripe set up).
    pub publication: Option<crate::store::PublicationCounts>,
}

impl CampaignPage {
    pub fn archived_on(&self, archive: &crate::store::ArchiveRow) -> String {
        when(archive.archived_at)
    }

    pub fn purged_on(&self) -> String {
        self.campaign.purged_at.map(when).unwrap_or_default()
    }
}
