//! Reading the registry's export: projects, users and roles as CSV files with headers.
//!
//! Every file is read to the end and every problem is reported with its file and line, so that
//! an operator can fix a file in one go. The import loads nothing unless all three are good.

use std::collections::HashMap;
use std::io::Read;

use chrono::NaiveDate;

use super::code_format::CodeProblem;
use super::pep503;
use crate::i18n::Lang;

/// One problem in one line of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file: &'static str,
    pub line: u64,
    /// The problem in English, for the command line and the API.
    pub message: String,
    /// What the problem is, for saying it in a page's language ([`FileProblem::words`]).
    pub kind: ProblemKind,
}

/// What a [`FileProblem`] is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The header line cannot be read.
    UnreadableHeader,
    /// A column is missing: its name, and every name the header must have.
    MissingColumn { name: String, names: String },
    /// A record cannot be read as CSV.
    UnreadableRecord,
    /// A line of a vendor's redemption report: its code's problem, and its date as written
    /// when that is no date.
    ReportLine {
        code: Option<CodeProblem>,
        date: Option<String>,
    },
    /// A problem of the registry's files, which only the command line reads.
    Registry,
}

impl FileProblem {
    /// The problem in `lang`, for a page (without its line, which the page shows).
    pub fn words(&self, lang: Lang) -> String {
        match &self.kind {
            ProblemKind::UnreadableHeader => lang.t("admin-upload-unreadable-header"),
            ProblemKind::MissingColumn { name, names } => lang.t_args(
                "admin-upload-missing-column",
                &[("name", name.as_str().into()), ("names", names.as_str().into())],
            ),
            ProblemKind::UnreadableRecord => lang.t("admin-upload-unreadable-record"),
            ProblemKind::ReportLine { code, date } => {
                let mut parts = Vec::new();
                if let Some(problem) = code {
                    parts.push(lang.t_args(
                        "admin-upload-report-code",
                        &[("problem", problem.words(lang).into())],
                    ));
                }
                if let Some(date) = date {
                    parts.push(lang.t_args("admin-upload-report-date", &[("date", date.as_str().into())]));
                }
                parts.join(&lang.t("admin-upload-problem-separator"))
            }
            // Never on a page: the registry's files are read by the command line only.
            ProblemKind::Registry => self.message.clone(),
        }
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.message)
    }
}

/// Files refused whole: nothing of them is imported. Shows every problem, one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub Vec<FileProblem>);

impl std::error::Error for Refused {}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "nothing was imported: {} problems", self.0.len())?;
        self.0.iter().try_for_each(|problem| write!(f, "\n  {problem}"))
    }
}

/// A project and its downloads over the ranking window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRow {
    /// PEP 503 normalised name, the key.
    pub name: String,
    /// The name as the registry spells it.
    pub display_name: String,
    pub downloads: u64,
}

/// A registry account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    pub username: String,
    pub email: String,
    pub date_joined: NaiveDate,
    pub has_totp: bool,
    pub has_webauthn: bool,
}

/// Owner or Maintainer: both may claim a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Owner,
    Maintainer,
}

impl Role {
    /// The name used in files and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Maintainer => "Maintainer",
        }
    }
}

/// A role of a user on a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRow {
    /// PEP 503 normalised project name.
    pub project: String,
    pub username: String,
    pub role: Role,
}

/// The three files, checked and cross-referenced.
#[derive(Debug, Default)]
pub struct RegistryExport {
    pub projects: Vec<ProjectRow>,
    pub users: Vec<UserRow>,
    pub roles: Vec<RoleRow>,
}

/// A CSV file being read: header lookup and problem collection.
pub(crate) struct Sheet<'p> {
    file: &'static str,
    columns: Vec<usize>,
    problems: &'p mut Vec<FileProblem>,
}

impl<'p> Sheet<'p> {
    /// Reads the header and finds the named columns (any order, any case); `None`, with the
    /// problem recorded, when one is missing.
    pub(crate) fn open<R: Read>(
        file: &'static str,
        reader: R,
        names: &[&str],
        problems: &'p mut Vec<FileProblem>,
    ) -> Option<(Self, csv::Reader<R>)> {
        let mut csv = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(reader);
        let header = match csv.headers() {
            Ok(header) => header.clone(),
            Err(err) => {
                problems.push(FileProblem {
                    file,
                    line: 1,
                    message: format!("unreadable header: {err}"),
                    kind: ProblemKind::UnreadableHeader,
                });
                return None;
            }
        };
        let mut columns = Vec::new();
        for name in names {
            match header
                .iter()
                .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
            {
                Some(index) => columns.push(index),
                None => {
                    problems.push(FileProblem {
                        file,
                        line: 1,
                        message: format!(
                            "missing column {name:?} (the header must name {})",
                            names.join(", ")
                        ),
                        kind: ProblemKind::MissingColumn {
                            name: name.to_string(),
                            names: names.join(", "),
                        },
                    });
                    return None;
                }
            }
        }
        Some((
            Sheet {
                file,
                columns,
                problems,
            },
            csv,
        ))
    }

    /// Records a problem of the registry's files (said in English only).
    pub(crate) fn problem(&mut self, line: u64, message: impl Into<String>) {
        self.problem_of(line, ProblemKind::Registry, message);
    }

    /// Records a problem of a kind a page can say in its language.
    pub(crate) fn problem_of(&mut self, line: u64, kind: ProblemKind, message: impl Into<String>) {
        self.problems.push(FileProblem {
            file: self.file,
            line,
            message: message.into(),
            kind,
        });
    }

    /// Calls `row` with the line number and the named fields of every record.
    pub(crate) fn each_record<R: Read>(
        &mut self,
        csv: &mut csv::Reader<R>,
        mut row: impl FnMut(&mut Self, u64, Vec<&str>),
    ) {
        let mut record = csv::StringRecord::new();
        loop {
            match csv.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    let fields: Vec<&str> = self
                        .columns
                        .iter()
                        .map(|&i| record.get(i).unwrap_or(""))
                        .collect();
                    row(self, line, fields);
                }
                Err(err) => {
                    let line = err.position().map_or(0, |p| p.line());
                    let fatal = matches!(err.kind(), csv::ErrorKind::Io(_));
                    self.problem_of(
                        line,
                        ProblemKind::UnreadableRecord,
                        format!("unreadable record: {err}"),
                    );
                    if fatal {
                        break;
                    }
                }
            }
        }
    }
}

/// True for a name PyPI accepts: letters, digits, '.', '_' and '-', starting and ending with a
/// letter or digit.
fn is_valid_project_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    !bytes.is_empty()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        && bytes[0].is_ascii_alphanumeric()
        && bytes[bytes.len() - 1].is_ascii_alphanumeric()
}

fn is_valid_username(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 50
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A plausible address: one '@', something on both sides, a dot in the domain, no spaces.
fn is_plausible_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.chars().any(|c| c.is_whitespace() || c.is_control())
                && !domain.contains('@')
        }
        None => false,
    }
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "t" | "y" => Some(true),
        "false" | "0" | "no" | "f" | "n" => Some(false),
        _ => None,
    }
}

/// Accepts `YYYY-MM-DD`, or a timestamp that starts with one (as registries export them).
pub(crate) fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 10 || matches!(value.as_bytes()[10], b'T' | b' '))
}

/// Reads and cross-checks the three files. Either the whole export, or every problem found.
pub fn read(
    projects: impl Read,
    users: impl Read,
    roles: impl Read,
) -> Result<RegistryExport, Vec<FileProblem>> {
    let mut problems = Vec::new();
    let mut export = RegistryExport::default();

    let mut project_lines: HashMap<String, u64> = HashMap::new();
    if let Some((mut sheet, mut csv)) =
        Sheet::open("projects.csv", projects, &["name", "downloads"], &mut problems)
    {
        sheet.each_record(&mut csv, |sheet, line, fields| {
            let (name, downloads) = (fields[0], fields[1]);
            if !is_valid_project_name(name) {
                return sheet.problem(line, format!("invalid project name {name:?}"));
            }
            let key = pep503::normalize(name);
            if let Some(first) = project_lines.get(&key) {
                return sheet.problem(
                    line,
                    format!("project {name:?} is already on line {first} (same normalised name {key:?})"),
                );
            }
            // Known from here on, even if its downloads are bad, so that roles.csv is not
            // reported for it as well.
            project_lines.insert(key.clone(), line);
            let Ok(downloads) = downloads.replace('_', "").parse::<u64>() else {
                return sheet.problem(
                    line,
                    format!("downloads must be a whole number, not {downloads:?}"),
                );
            };
            export.projects.push(ProjectRow {
                name: key,
                display_name: name.to_string(),
                downloads,
            });
        });
    }

    let mut user_lines: HashMap<String, u64> = HashMap::new();
    let user_columns = ["username", "email", "date_joined", "has_totp", "has_webauthn"];
    if let Some((mut sheet, mut csv)) = Sheet::open("users.csv", users, &user_columns, &mut problems) {
        sheet.each_record(&mut csv, |sheet, line, fields| {
            let [username, email, joined, totp, webauthn] = fields[..] else {
                unreachable!()
            };
            let mut bad = Vec::new();
            if !is_valid_username(username) {
                bad.push(format!("invalid username {username:?}"));
            }
            if !is_plausible_email(email) {
                bad.push(format!("invalid email address {email:?}"));
            }
            let date_joined = parse_date(joined);
            if date_joined.is_none() {
                bad.push(format!(
                    "date_joined must be a date like 2019-04-30, not {joined:?}"
                ));
            }
            let (has_totp, has_webauthn) = (parse_bool(totp), parse_bool(webauthn));
            if has_totp.is_none() {
                bad.push(format!("has_totp must be true or false, not {totp:?}"));
            }
            if has_webauthn.is_none() {
                bad.push(format!("has_webauthn must be true or false, not {webauthn:?}"));
            }
            let key = username.to_lowercase();
            match user_lines.get(&key) {
                Some(first) => bad.push(format!("username {username:?} is already on line {first}")),
                // Known from here on, even if the rest of its line is bad, so that roles.csv
                // is not reported for it as well.
                None => {
                    user_lines.insert(key, line);
                }
            }
            if !bad.is_empty() {
                return sheet.problem(line, bad.join("; "));
            }
            export.users.push(UserRow {
                username: username.to_string(),
                email: email.to_string(),
                date_joined: date_joined.expect("checked"),
                has_totp: has_totp.expect("checked"),
                has_webauthn: has_webauthn.expect("checked"),
            });
        });
    }

    let mut role_lines: HashMap<(String, String), u64> = HashMap::new();
    if let Some((mut sheet, mut csv)) = Sheet::open(
        "roles.csv",
        roles,
        &["project", "username", "role"],
        &mut problems,
    ) {
        sheet.each_record(&mut csv, |sheet, line, fields| {
            let [project, username, role] = fields[..] else {
                unreachable!()
            };
            let mut bad = Vec::new();
            let project_key = pep503::normalize(project);
            if !project_lines.contains_key(&project_key) {
                bad.push(format!("unknown project {project:?} (not in projects.csv)"));
            }
            let user_key = username.to_lowercase();
            if !user_lines.contains_key(&user_key) {
                bad.push(format!("unknown user {username:?} (not in users.csv)"));
            }
            let role = match role.to_ascii_lowercase().as_str() {
                "owner" => Some(Role::Owner),
                "maintainer" => Some(Role::Maintainer),
                _ => {
                    bad.push(format!("role must be Owner or Maintainer, not {role:?}"));
                    None
                }
            };
            let pair = (project_key.clone(), user_key.clone());
            if let Some(first) = role_lines.get(&pair) {
                bad.push(format!(
                    "{username:?} already has a role on {project:?} on line {first}"
                ));
            }
            if !bad.is_empty() {
                return sheet.problem(line, bad.join("; "));
            }
            role_lines.insert(pair, line);
            export.roles.push(RoleRow {
                project: project_key,
                username: user_key,
                role: role.expect("checked"),
            });
        });
    }

    if problems.is_empty() {
        Ok(export)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROJECTS: &str = "name,downloads\nRequests,900\nzope.interface,500\n";
    const USERS: &str = "username,email,date_joined,has_totp,has_webauthn\nAlice,alice@example.org,2015-02-03,true,false\nbob,bob@example.org,2024-01-01T10:00:00Z,0,1\n";
    const ROLES: &str = "project,username,role\nrequests,alice,Owner\nZope_Interface,Bob,maintainer\n";

    #[test]
    fn reads_a_good_export() {
        let export = read(PROJECTS.as_bytes(), USERS.as_bytes(), ROLES.as_bytes()).unwrap();
        assert_eq!(
            export.projects[1],
            ProjectRow {
                name: "zope-interface".into(),
                display_name: "zope.interface".into(),
                downloads: 500
            }
        );
        assert_eq!(
            export.users[1].date_joined,
            "2024-01-01".parse::<NaiveDate>().unwrap()
        );
        assert!(export.users[1].has_webauthn && !export.users[1].has_totp);
        assert_eq!(
            export.roles[1],
            RoleRow {
                project: "zope-interface".into(),
                username: "bob".into(),
                role: Role::Maintainer
            }
        );
    }

    #[test]
    fn reports_every_problem_by_file_and_line() {
        let projects = "name,downloads\nrequests,900\nRequests,5\n-bad-,1\nok,many\n";
        let users =
            "email,username,date_joined,has_totp,has_webauthn\nnot-an-email,al ice,2015-13-01,maybe,false\n";
        let roles = "project,username,role\nrequests,nobody,Owner\nghost,alice,Admin\n";
        let problems = read(projects.as_bytes(), users.as_bytes(), roles.as_bytes()).unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 6, "{text:#?}");
        assert!(
            text[0].starts_with("projects.csv line 3: project \"Requests\" is already on line 2"),
            "{}",
            text[0]
        );
        assert!(text[1].starts_with("projects.csv line 4: invalid project name"));
        assert!(text[2].starts_with("projects.csv line 5: downloads must be a whole number"));
        // One line with several problems names them all.
        assert!(
            text[3].starts_with("users.csv line 2: invalid username"),
            "{}",
            text[3]
        );
        assert!(
            text[3].contains("invalid email")
                && text[3].contains("date_joined")
                && text[3].contains("has_totp")
        );
        assert!(text[4].starts_with("roles.csv line 2: unknown user \"nobody\""));
        assert!(text[5].contains("unknown project \"ghost\"") && text[5].contains("Owner or Maintainer"));
    }

    #[test]
    fn a_missing_column_is_reported_on_line_1() {
        let problems = read(
            "name\nx\n".as_bytes(),
            USERS.as_bytes(),
            "project,username,role\n".as_bytes(),
        )
        .unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.contains("missing column \"downloads\""));
    }

    #[test]
    fn dates_and_booleans_have_several_spellings() {
        assert_eq!(parse_date("2020-01-02 03:04:05"), "2020-01-02".parse().ok());
        assert_eq!(parse_date("2020-01-02x"), None);
        assert_eq!(parse_date("02/01/2020"), None);
        assert_eq!(parse_bool("TRUE"), Some(true));
        assert_eq!(parse_bool("no"), Some(false));
        assert_eq!(parse_bool(""), None);
    }
}
