//! Projects, users and roles from the registry, and the critical set; each import also
//! keeps a dated snapshot of the outcome (see `store/outcome.rs`).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::audit::insert_audit;
use super::read_cache::Change;
use super::{AuditEntry, Store, begin_write, on_pool};
use crate::domain::cohort::{self, CohortRule};
use crate::domain::registry_files::RegistryExport;
use crate::i18n::Lang;

/// A registry account.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub date_joined: NaiveDate,
    pub has_totp: bool,
    pub has_webauthn: bool,
    /// The language they read keydrop in (a [`Lang`] code), NULL until they chose one.
    pub language: Option<String>,
}

impl User {
    /// The language mail to them is written in: the one they last used, English when none.
    pub fn lang(&self) -> Lang {
        self.language
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or_default()
    }
}

/// A critical project a user has a role on, and why it is critical.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CriticalProject {
    pub display_name: String,
    pub role: String,
    /// Its download rank when it became critical.
    pub critical_rank: i64,
    /// When it became critical (Unix seconds).
    pub critical_since: i64,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub projects: u64,
    pub cohort_size: u64,
    /// Projects critical for the first time in this import.
    pub newly_critical: u64,
    /// All projects ever found critical, this import included.
    pub critical_total: u64,
    pub users_added: u64,
    pub users: u64,
    pub roles: u64,
}

/// The columns of [`User`], for `concat!` into statements.
macro_rules! user_columns {
    () => {
        "id, username, email, date_joined, has_totp, has_webauthn, language"
    };
}

/// Sets user `$2`'s language to `$1`, matching no row when it is that already.
pub(super) const SET_LANGUAGE: &str =
    "UPDATE users SET language = $1 WHERE id = $2 AND (language IS NULL OR language <> $1)";

impl Store {
    /// Loads a registry export in one transaction: projects are ranked and the critical set
    /// marked (a project once critical stays critical, keeping the date and rank of the
    /// import that first found it so); users are added or updated; roles are replaced by the
    /// file's, which is the registry's current state. Running it twice changes nothing more.
    pub async fn import_registry(
        &self,
        export: &RegistryExport,
        rule: CohortRule,
        now: i64,
        actor: &str,
    ) -> sqlx::Result<ImportSummary> {
        let _forget = self.forget_after(Change::Everything);
        let downloads: Vec<(&str, u64)> = export
            .projects
            .iter()
            .map(|p| (p.name.as_str(), p.downloads))
            .collect();
        let ranked = cohort::rank(&downloads, rule);
        let display_names: HashMap<&str, &str> = export
            .projects
            .iter()
            .map(|p| (p.name.as_str(), p.display_name.as_str()))
            .collect();
        let mut summary = ImportSummary {
            projects: ranked.len() as u64,
            cohort_size: rule.size(ranked.len() as u64),
            users: export.users.len() as u64,
            roles: export.roles.len() as u64,
            ..ImportSummary::default()
        };
        on_pool!(self, pool => {
            let mut tx = begin_write(pool).await?;
            let critical_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM projects WHERE critical_since IS NOT NULL")
                .fetch_one(&mut *tx).await?;
            for project in &ranked {
                let (since, rank) = if project.critical { (Some(now), Some(project.rank as i64)) } else { (None, None) };
                sqlx::query(
                    "INSERT INTO projects (name, display_name, downloads, download_rank, critical_since, critical_rank, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) \
                     ON CONFLICT (name) DO UPDATE SET display_name = excluded.display_name, \
                         downloads = excluded.downloads, download_rank = excluded.download_rank, \
                         critical_since = COALESCE(projects.critical_since, excluded.critical_since), \
                         critical_rank = COALESCE(projects.critical_rank, excluded.critical_rank), \
                         updated_at = excluded.updated_at")
                    .bind(project.name)
                    .bind(display_names[project.name])
                    .bind(project.downloads as i64)
                    .bind(project.rank as i64)
                    .bind(since)
                    .bind(rank)
                    .bind(now)
                    .execute(&mut *tx).await?;
            }
            let critical_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM projects WHERE critical_since IS NOT NULL")
                .fetch_one(&mut *tx).await?;
            summary.critical_total = critical_after as u64;
            summary.newly_critical = (critical_after - critical_before) as u64;

            let users_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&mut *tx).await?;
            for user in &export.users {
                sqlx::query(
                    "INSERT INTO users (username, username_key, email, email_key, date_joined, has_totp, has_webauthn, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                     ON CONFLICT (username_key) DO UPDATE SET username = excluded.username, \
                         email = excluded.email, email_key = excluded.email_key, \
                         date_joined = excluded.date_joined, has_totp = excluded.has_totp, \
                         has_webauthn = excluded.has_webauthn, updated_at = excluded.updated_at")
                    .bind(&user.username)
                    .bind(user.username.to_lowercase())
                    .bind(&user.email)
                    .bind(user.email.to_lowercase())
                    .bind(user.date_joined)
                    .bind(user.has_totp)
                    .bind(user.has_webauthn)
                    .bind(now)
                    .execute(&mut *tx).await?;
            }
            let users_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&mut *tx).await?;
            summary.users_added = (users_after - users_before) as u64;

            let project_ids: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>("SELECT name, id FROM projects")
                .fetch_all(&mut *tx).await?.into_iter().collect();
            let user_ids: HashMap<String, i64> = sqlx::query_as::<_, (String, i64)>("SELECT username_key, id FROM users")
                .fetch_all(&mut *tx).await?.into_iter().collect();
            sqlx::query("DELETE FROM roles").execute(&mut *tx).await?;
            for role in &export.roles {
                sqlx::query("INSERT INTO roles (project_id, user_id, role) VALUES ($1, $2, $3)")
                    .bind(project_ids[&role.project])
                    .bind(user_ids[&role.username])
                    .bind(role.role.as_str())
                    .execute(&mut *tx).await?;
            }
            // The outcome as this import leaves it, dated, in the same transaction.
            sqlx::query(super::outcome::INSERT_SNAPSHOT).bind(now).execute(&mut *tx).await?;
            let detail = format!(
                "{} projects ({} newly critical, {} critical in all), {} users ({} new), {} roles",
                summary.projects, summary.newly_critical, summary.critical_total, summary.users, summary.users_added, summary.roles
            );
            let entry = AuditEntry { actor: actor.to_string(), action: "registry.import", detail, ..AuditEntry::default() };
            insert_audit!(&mut *tx, now, &entry)?;
            tx.commit().await?;
        });
        Ok(summary)
    }

    /// The user with this username (any case).
    pub async fn user_by_username(&self, username: &str) -> sqlx::Result<Option<User>> {
        on_pool!(self, pool => sqlx::query_as::<_, User>(
            concat!("SELECT ", user_columns!(), " FROM users WHERE username_key = $1"))
            .bind(username.trim().to_lowercase())
            .fetch_optional(pool).await)
    }

    /// The user with this id.
    pub async fn user_by_id(&self, id: i64) -> sqlx::Result<Option<User>> {
        on_pool!(self, pool => sqlx::query_as::<_, User>(concat!("SELECT ", user_columns!(), " FROM users WHERE id = $1"))
            .bind(id)
            .fetch_optional(pool).await)
    }

    /// Remembers the language `user_id` reads keydrop in; writes only when it changed.
    pub async fn set_user_language(&self, user_id: i64, lang: Lang) -> sqlx::Result<()> {
        let _forget = self.forget_after(Change::User(user_id));
        on_pool!(self, pool => sqlx::query(SET_LANGUAGE).bind(lang.code()).bind(user_id).execute(pool).await.map(drop))
    }

    /// The users a sign-in form entry names: the account with that username, or else every
    /// account with that email address (any case).
    pub async fn users_for_login(&self, login: &str) -> sqlx::Result<Vec<User>> {
        let key = login.trim().to_lowercase();
        if let Some(user) = self.user_by_username(&key).await? {
            return Ok(vec![user]);
        }
        on_pool!(self, pool => sqlx::query_as::<_, User>(
            concat!("SELECT ", user_columns!(), " FROM users WHERE email_key = $1 ORDER BY id"))
            .bind(&key)
            .fetch_all(pool).await)
    }

    /// The critical projects the user has a role on, most downloaded first.
    pub async fn critical_projects_of(&self, user_id: i64) -> sqlx::Result<Vec<CriticalProject>> {
        on_pool!(self, pool => sqlx::query_as::<_, CriticalProject>(
            "SELECT p.display_name, r.role, p.critical_rank, p.critical_since \
             FROM roles r JOIN projects p ON p.id = r.project_id \
             WHERE r.user_id = $1 AND p.critical_since IS NOT NULL \
             ORDER BY p.critical_rank, p.name")
            .bind(user_id)
            .fetch_all(pool).await)
    }

    /// The first users, by username, who are (`critical` true) or are not maintainers of a
    /// critical project, joined on or before `joined_by`, with or without a security key: the
    /// demo's sample accounts.
    pub async fn sample_users(
        &self,
        critical: bool,
        has_webauthn: bool,
        joined_by: NaiveDate,
        limit: i64,
    ) -> sqlx::Result<Vec<User>> {
        on_pool!(self, pool => sqlx::query_as::<_, User>(concat!(
            "SELECT ", user_columns!(), " FROM users u \
             WHERE u.has_webauthn = $1 AND u.date_joined <= $2 AND EXISTS (SELECT 1 FROM roles r WHERE r.user_id = u.id) \
               AND $3 = EXISTS (SELECT 1 FROM roles r JOIN projects p ON p.id = r.project_id \
                               WHERE r.user_id = u.id AND p.critical_since IS NOT NULL) \
             ORDER BY u.username_key LIMIT $4"))
            .bind(has_webauthn)
            .bind(joined_by)
            .bind(critical)
            .bind(limit)
            .fetch_all(pool).await)
    }
}

impl Store {
    /// Users whose username starts with `query`, or whose email address is `query` (any case).
    pub async fn search_users(&self, query: &str, limit: i64) -> sqlx::Result<Vec<User>> {
        let key = query.trim().to_lowercase();
        let prefix = format!("{}%", key.replace(['%', '_'], ""));
        on_pool!(self, pool => sqlx::query_as::<_, User>(concat!(
            "SELECT ", user_columns!(), " FROM users WHERE username_key LIKE $1 OR email_key = $2 ORDER BY username_key LIMIT $3"))
            .bind(&prefix).bind(&key).bind(limit)
            .fetch_all(pool).await)
    }
}
