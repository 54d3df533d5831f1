//! A small registry and campaign that every test can start from.
//!
//! Critical projects (cohort size 2): `top-project` and `second.project`.
//! - alice: Owner of top-project, account from 2015, no security key: eligible.
//! - bob: Maintainer of second.project: eligible.
//! - carol: Owner of a tail project only: no critical role.
//! - dave: Owner of top-project, account created after the cutoff: too new.
//! - erin: Maintainer of top-project who already has a security key.
//! - racer001..racer200: Maintainers of second.project, for the concurrency tests.

use chrono::{Duration, NaiveDate};
use keydrop::domain::cohort::CohortRule;
use keydrop::domain::countries;
use keydrop::domain::registry_files;
use keydrop::store::{Campaign, NewBatch, NewCampaign, Store};

use super::TestApp;

pub const CAMPAIGN: &str = "Titan 2026";
pub const RACERS: usize = 200;
pub const ACCOUNT_CUTOFF: &str = "2026-01-01";

pub fn racer(i: usize) -> String {
    format!("racer{i:03}")
}

/// The registry files as CSV text.
pub fn registry_csv() -> (String, String, String) {
    let mut projects = String::from("name,downloads\ntop-project,1000000\nsecond.project,900000\n");
    for i in 1..=198 {
        projects.push_str(&format!("tail-{i:03},{}\n", 1000 - i));
    }
    let mut users = String::from("username,email,date_joined,has_totp,has_webauthn\n");
    let mut roles = String::from("project,username,role\n");
    for (name, joined, webauthn, project, role) in [
        ("alice", "2015-03-01", false, "top-project", "Owner"),
        ("bob", "2019-07-12", false, "second.project", "Maintainer"),
        ("carol", "2016-01-01", false, "tail-001", "Owner"),
        ("dave", "2026-10-01", false, "top-project", "Owner"),
        ("erin", "2012-05-05", true, "top-project", "Maintainer"),
    ] {
        users.push_str(&format!("{name},{name}@example.org,{joined},true,{webauthn}\n"));
        roles.push_str(&format!("{project},{name},{role}\n"));
    }
    for i in 1..=RACERS {
        let name = racer(i);
        users.push_str(&format!("{name},{name}@example.org,2020-01-01,false,false\n"));
        roles.push_str(&format!("second.project,{name},Maintainer\n"));
    }
    (projects, users, roles)
}

/// Imports the fixture registry.
pub async fn registry(store: &Store, now: i64) {
    let (projects, users, roles) = registry_csv();
    let export = registry_files::read(projects.as_bytes(), users.as_bytes(), roles.as_bytes()).unwrap();
    store
        .import_registry(&export, CohortRule::Size(2), now, "test")
        .await
        .unwrap();
}

/// Campaign settings open today, shipping to the default countries.
pub fn open_campaign(today: NaiveDate) -> NewCampaign {
    NewCampaign {
        store_url: Some("https://store.example.com/titan".to_string()),
        account_cutoff: Some(ACCOUNT_CUTOFF.parse().unwrap()),
        ..super::settings::campaign_settings(CAMPAIGN, today - Duration::days(1), today + Duration::days(30))
    }
}

pub async fn campaign(store: &Store, new: &NewCampaign, now: i64) -> Campaign {
    store
        .create_campaign(new, now, "test")
        .await
        .unwrap()
        .expect("campaign name free")
}

/// `n` distinct codes starting with `prefix`.
pub fn codes(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix}-{i:05}")).collect()
}

/// The id of the campaign's first offer (the one made from its settings).
pub async fn first_offer(store: &Store, campaign: &Campaign) -> i64 {
    store.offers_of(campaign.id).await.unwrap()[0].id
}

/// Loads codes as a batch of the campaign's first offer; `countries` "" for all of the
/// offer's. Answers the batch id.
pub async fn batch(
    store: &Store,
    campaign: &Campaign,
    codes: &[String],
    expires_on: NaiveDate,
    countries: &str,
    now: i64,
) -> i64 {
    let offer_id = first_offer(store, campaign).await;
    batch_of_offer(store, campaign, offer_id, codes, expires_on, countries, now).await
}

/// Loads codes as a batch of an offer; `countries` "" for all of the offer's. Answers the
/// batch id.
pub async fn batch_of_offer(
    store: &Store,
    campaign: &Campaign,
    offer_id: i64,
    codes: &[String],
    expires_on: NaiveDate,
    countries: &str,
    now: i64,
) -> i64 {
    let new = NewBatch {
        campaign_id: campaign.id,
        offer_id,
        label: None,
        source: "imported",
        expires_on,
        countries: if countries.is_empty() {
            Vec::new()
        } else {
            countries::parse_list(countries).unwrap()
        },
        created_by: "test".to_string(),
    };
    let file = std::io::Cursor::new(codes.join("\n"));
    let load = keydrop::batches::load(store, &new, file, false, now)
        .await
        .unwrap();
    load.batch_id.expect("batch loaded")
}

impl TestApp {
    /// A Stripe campaign open today (product "Titan Security Key", $30.00 a key) with
    /// `codes` codes.
    pub async fn with_open_stripe_campaign(&self, codes: usize) -> Campaign {
        let settings = NewCampaign {
            fulfilment: keydrop::store::FULFILMENT_STRIPE.to_string(),
            product_name: Some("Titan Security Key".into()),
            unit_amount: Some(3000),
            currency: Some("usd".into()),
            ..open_campaign(self.today())
        };
        self.with_campaign(&settings, codes).await
    }

    /// The fixture registry, an open campaign, and `codes` codes (prefix `CODE`) that
    /// expire in 60 days and serve every country.
    pub async fn with_open_campaign(&self, codes: usize) -> Campaign {
        self.with_campaign(&open_campaign(self.today()), codes).await
    }

    /// The fixture registry, a campaign with these settings, and `codes` codes.
    async fn with_campaign(&self, settings: &NewCampaign, codes: usize) -> Campaign {
        let now = self.clock.unix();
        registry(&self.store, now).await;
        let campaign = campaign(&self.store, settings, now).await;
        if codes > 0 {
            batch(
                &self.store,
                &campaign,
                &self::codes("CODE", codes),
                self.today() + Duration::days(60),
                "",
                now,
            )
            .await;
        }
        campaign
    }
}

/// Codes held in the campaign, as (code, holder) pairs.
pub async fn holdings(store: &Store, campaign: &Campaign) -> Vec<(String, i64)> {
    let mut held = Vec::new();
    for i in 0..=RACERS {
        let name = if i == 0 { "bob".to_string() } else { racer(i) };
        let user = store.user_by_username(&name).await.unwrap().unwrap();
        if let Some(code) = store.held_code(campaign.id, user.id).await.unwrap() {
            held.push((code.code, user.id));
        }
    }
    held
}

/// On the PostgreSQL database at `url`: the `nth` `UPDATE` of a code (counted from 1) ends its
/// own connection from inside the statement, as a failover or a proxy's restart would; every
/// other `UPDATE` goes through. Answers a connection of its own, on which the sequence
/// `claim_drops` tells how many `UPDATE`s were tried.
pub async fn drop_connection_on_code_update(url: &str, nth: i64) -> sqlx::PgConnection {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    for statement in [
        "CREATE SEQUENCE claim_drops",
        "CREATE TABLE claim_drop_at (n BIGINT NOT NULL)",
        "CREATE FUNCTION drop_claim_once() RETURNS trigger AS $$ BEGIN \
           IF nextval('claim_drops') = (SELECT n FROM claim_drop_at) THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; \
           RETURN NEW; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER drop_claim_once BEFORE UPDATE ON codes FOR EACH ROW EXECUTE FUNCTION drop_claim_once()",
    ] {
        sqlx::query(statement).execute(&mut conn).await.unwrap();
    }
    sqlx::query("INSERT INTO claim_drop_at (n) VALUES ($1)")
        .bind(nth)
        .execute(&mut conn)
        .await
        .unwrap();
    conn
}
