//! The corpus's cases, generated from tables: every text field of every form with every
//! hostile value ([`form_fields`]), and the requests that attack the rest — tokens, cookies,
//! links, methods, content types, sizes, paths and query strings ([`requests`]).

use chrono::Duration;

use super::http::RawRequest;
use super::payloads::{self, Class, Payload, encode};
use super::world::{Who, World};

/// The service's messages the cases look for.
pub const CSRF: &str = "This form has expired";
pub const BAD_REQUEST: &str = "That request could not be read";
pub const NOT_FOUND: &str = "Page not found";
pub const METHOD: &str = "That is not how this page is used";
pub const TOO_LARGE: &str = "That is more than this page takes";
pub const TOO_LONG: &str = "A field is too long";
pub const NOT_TEXT: &str = "characters that are not text";
pub const URI_TOO_LONG: &str = "That address is too long";
pub const SIGN_IN_FIRST: &str = "Sign in first";
pub const ADMINS_ONLY: &str = "Admins only";

/// One request and what its answer must be.
pub struct Case {
    pub name: String,
    pub request: RawRequest,
    pub expect: Expect,
    /// The request is counted by a rate limiter: it may add a counter row.
    pub counted: bool,
}

/// What an answer must be.
#[derive(Debug, Clone)]
pub struct Expect {
    pub status: u16,
    /// What its message must say (the page's text, or the JSON `error`).
    pub phrase: Option<String>,
    /// The rows it writes, per table; every other table keeps its count.
    pub rows: Vec<(&'static str, i64)>,
    /// An admin page that must then show this text, escaped (`None` for the page the answer
    /// redirected to: [`Expect::shown_after_redirect`]).
    pub shown_at: Option<(Option<String>, String)>,
    /// Text the answer itself must not hold unescaped.
    pub not_echoed: Option<String>,
}

impl Expect {
    /// Refused: `status`, a message holding `phrase`, nothing written.
    pub fn refused(status: u16, phrase: &str) -> Expect {
        Expect {
            status,
            phrase: Some(phrase.to_string()),
            rows: Vec::new(),
            shown_at: None,
            not_echoed: None,
        }
    }

    /// Taken: `status`, and exactly `rows` written.
    pub fn taken(status: u16, rows: &[(&'static str, i64)]) -> Expect {
        Expect {
            status,
            phrase: None,
            rows: rows.to_vec(),
            shown_at: None,
            not_echoed: None,
        }
    }

    pub fn writing(mut self, rows: &[(&'static str, i64)]) -> Expect {
        self.rows = rows.to_vec();
        self
    }

    /// The text must then be shown, escaped, on admin page `page`.
    pub fn shown_on(mut self, page: String, text: &str) -> Expect {
        self.shown_at = Some((Some(page), text.to_string()));
        self
    }

    /// The text must then be shown, escaped, on the page the answer redirected to.
    pub fn shown_after_redirect(mut self, text: &str) -> Expect {
        self.shown_at = Some((None, text.to_string()));
        self
    }
}

/// How a field takes the text payloads (the others are refused the same way everywhere).
type OnText<'a> = Box<dyn Fn(&Payload, &str) -> Option<Expect> + 'a>;

/// A form's fields, by name.
type Fields = Vec<(&'static str, String)>;
/// A field the corpus tries, and how it takes text.
type Tried<'a> = (&'static str, OnText<'a>);

/// Refused with `status` and `phrase`, whatever the text.
fn refuse_text<'a>(status: u16, phrase: &'static str) -> OnText<'a> {
    Box::new(move |_, _| Some(Expect::refused(status, phrase)))
}

/// One urlencoded form: who sends it where, its honest fields, and which of them the corpus
/// tries, with how each takes text.
struct Form<'a> {
    label: &'static str,
    who: Who,
    path: Box<dyn Fn(usize) -> String + 'a>,
    fields: Vec<(&'static str, String)>,
    tried: Vec<(&'static str, OnText<'a>)>,
    counted: bool,
}

impl World {
    /// A request by `who`, with their credentials.
    pub fn request(&self, who: Who, method: &str, target: impl Into<Vec<u8>>) -> RawRequest {
        let request = RawRequest::new(method, target);
        match self.credentials(who) {
            Some((name, value)) => request.header(name, value),
            None => request,
        }
    }
}

/// A field value that stands for a value of the case's own (a new campaign's name).
const UNIQUE: &str = "(unique)";

/// `fields` as a urlencoded body, `name`'s value replaced by the already encoded `value`,
/// [`UNIQUE`] by `unique`.
fn body(fields: &[(&str, String)], name: &str, value: &str, csrf: &str, unique: &str) -> String {
    let mut pairs: Vec<String> = fields
        .iter()
        .filter(|(n, _)| *n != name)
        .map(|(n, v)| {
            let v = if v == UNIQUE { unique } else { v.as_str() };
            format!("{n}={}", encode(v.as_bytes()))
        })
        .collect();
    pairs.push(format!("{name}={value}"));
    pairs.push(format!("csrf_token={csrf}"));
    pairs.join("&")
}

/// The cases of one form: each tried field with each payload.
fn form_cases(world: &World, form: &Form, serial: &mut usize, cases: &mut Vec<Case>) {
    for (field, on_text) in &form.tried {
        for payload in payloads::all(&format!("corpus {serial}")) {
            *serial += 1;
            let unique = format!("corpus {serial}");
            let payload = match payload.class {
                Class::Text => payloads::all(&unique)
                    .into_iter()
                    .find(|p| p.name == payload.name)
                    .expect("the same payload"),
                _ => payload,
            };
            let expect = match payload.class {
                Class::Huge => Expect::refused(413, TOO_LARGE),
                Class::TooLong => Expect::refused(422, TOO_LONG),
                Class::NotText => Expect::refused(400, NOT_TEXT),
                Class::Text => match on_text(&payload, &unique) {
                    Some(expect) => expect,
                    None => continue,
                },
            };
            let expect = Expect {
                not_echoed: payload.text.clone().filter(|t| t.contains('<')),
                ..expect
            };
            let path = (form.path)(*serial);
            let request = world.request(form.who, "POST", path.as_str()).form(body(
                &form.fields,
                field,
                &payload.encoded,
                world.csrf(form.who),
                &unique,
            ));
            cases.push(Case {
                name: format!("{} {path} field {field} = {}", form.label, payload.name),
                request,
                expect,
                counted: form.counted,
            });
        }
    }
}

/// The campaign form's fields, honest, and how each takes text: `taken` for the free-text
/// fields (None: not tried with text, as an edit would change what later cases see).
fn campaign_form<'a>(
    world: &World,
    taken: impl Fn(&Payload) -> Option<Expect> + Clone + 'a,
) -> (Fields, Vec<Tried<'a>>) {
    let today = world.app.today();
    let fields = vec![
        ("name", UNIQUE.to_string()),
        ("countries", "DE,US".to_string()),
        ("starts", today.to_string()),
        ("ends", (today + Duration::days(30)).to_string()),
        ("store_url", "https://store.example.com/keys".to_string()),
        ("keys_per_code", "2".to_string()),
        ("account_cutoff", String::new()),
        ("ended_message", String::new()),
        ("fulfilment", "vendor".to_string()),
        ("product_name", String::new()),
        ("unit_amount", String::new()),
        ("currency", String::new()),
    ];
    let name_taken = taken.clone();
    let tried: Vec<(&'static str, OnText<'a>)> = vec![
        (
            "name",
            Box::new(move |payload: &Payload, _: &str| {
                let text = payload.text.as_deref().unwrap_or_default();
                if text.contains('/') {
                    Some(Expect::refused(422, "The name may not contain “/”"))
                } else {
                    name_taken(payload)
                }
            }),
        ),
        ("countries", refuse_text(422, "Countries:")),
        ("starts", refuse_text(422, "Give the first day as a date")),
        ("ends", refuse_text(422, "Give the last day as a date")),
        (
            "store_url",
            refuse_text(422, "The store link must be a web address"),
        ),
        (
            "keys_per_code",
            refuse_text(422, "Give the keys per code as a whole number"),
        ),
        (
            "account_cutoff",
            refuse_text(422, "Give the account cut-off as a date"),
        ),
        ("ended_message", {
            let taken = taken.clone();
            Box::new(move |payload: &Payload, _: &str| taken(payload))
        }),
        ("fulfilment", refuse_text(422, "Choose where codes are redeemed")),
        (
            "product_name",
            Box::new(move |payload: &Payload, _: &str| taken(payload)),
        ),
        (
            "unit_amount",
            refuse_text(422, "Give the price as a whole number"),
        ),
        ("currency", refuse_text(422, "three-letter ISO 4217 code")),
    ];
    (fields, tried)
}

/// Every text field of every urlencoded form, with every hostile value.
pub fn form_fields(world: &World) -> Vec<Case> {
    let today = world.app.today();
    let campaign = world.campaign.name.clone();
    let mut forms = vec![
        Form {
            label: "sign-in",
            who: Who::Anonymous,
            path: Box::new(|_| "/login".into()),
            fields: vec![],
            // The same answer whether or not an account matched: nothing is mailed.
            tried: vec![("login", Box::new(|_, _| Some(Expect::taken(200, &[]))))],
            counted: true,
        },
        Form {
            label: "claim",
            who: Who::Maintainer,
            path: Box::new(|_| "/giveaway/claim".into()),
            fields: vec![("country", "DE".into()), ("campaign", campaign.clone())],
            tried: vec![
                ("country", refuse_text(422, "We do not know a country called")),
                ("campaign", refuse_text(404, NOT_FOUND)),
            ],
            counted: true,
        },
        Form {
            label: "ordered",
            who: Who::Maintainer,
            path: Box::new(|_| "/giveaway/redeemed".into()),
            fields: vec![],
            tried: vec![("campaign", refuse_text(404, NOT_FOUND))],
            counted: false,
        },
        Form {
            label: "mail switch",
            who: Who::Maintainer,
            path: Box::new(|_| "/giveaway/mail".into()),
            fields: vec![],
            tried: vec![("giveaway_mail", refuse_text(400, BAD_REQUEST))],
            counted: false,
        },
        Form {
            label: "checkout",
            who: Who::Maintainer,
            path: Box::new(|_| "/giveaway/checkout".into()),
            fields: vec![],
            tried: vec![("campaign", refuse_text(404, NOT_FOUND))],
            counted: false,
        },
        Form {
            label: "second factor",
            who: Who::Admin,
            path: Box::new(|_| "/admin/second-factor".into()),
            fields: vec![("code", "00000".into()), ("next", "/admin".into())],
            tried: vec![
                ("code", Box::new(|_, _| wrong_code())),
                ("next", Box::new(|_, _| wrong_code())),
            ],
            counted: true,
        },
        Form {
            label: "confirm upload",
            who: Who::Admin,
            path: Box::new(|_| "/admin/batches/confirm".into()),
            fields: vec![("upload", "0".repeat(64)), ("load", "all".into())],
            tried: vec![
                ("upload", refuse_text(404, NOT_FOUND)),
                ("load", refuse_text(404, NOT_FOUND)),
            ],
            counted: false,
        },
        Form {
            label: "generate",
            who: Who::Admin,
            path: Box::new(|_| "/admin/batches/generate".into()),
            fields: vec![
                ("campaign", campaign.clone()),
                ("count", "1".into()),
                ("prefix", String::new()),
                ("expires", (today + Duration::days(60)).to_string()),
                ("countries", String::new()),
                ("label", String::new()),
            ],
            tried: vec![
                ("campaign", refuse_text(422, "There is no campaign named")),
                ("count", refuse_text(422, "Give a number of codes")),
                ("prefix", refuse_text(422, "A prefix has at most 12 characters")),
                ("expires", refuse_text(422, "Give the expiry date as a date")),
                ("countries", refuse_text(422, "Countries:")),
                (
                    "label",
                    Box::new(|payload: &Payload, _: &str| {
                        let text = payload.text.clone().unwrap_or_default();
                        Some(
                            Expect::taken(
                                200,
                                &[
                                    ("batches", 1),
                                    ("batch_stock", 1),
                                    ("codes", 1),
                                    ("batch_uploads", 1),
                                    ("audit_log", 1),
                                ],
                            )
                            .shown_on("/admin".into(), text.trim()),
                        )
                    }),
                ),
            ],
            counted: false,
        },
    ];
    let (fields, tried) = campaign_form(world, |payload: &Payload| {
        let text = payload.text.clone().unwrap_or_default();
        Some(
            Expect::taken(303, &[("campaigns", 1), ("offers", 1), ("audit_log", 1)])
                .shown_after_redirect(text.trim()),
        )
    });
    forms.push(Form {
        label: "new campaign",
        who: Who::Admin,
        path: Box::new(|_| "/admin/campaigns".into()),
        fields,
        tried,
        counted: false,
    });
    let edited = world.edited.id;
    let (fields, tried) = campaign_form(world, |_: &Payload| None);
    let fields = fields
        .into_iter()
        .map(|(n, v)| {
            if n == "name" {
                (n, world.edited.name.clone())
            } else {
                (n, v)
            }
        })
        .collect();
    forms.push(Form {
        label: "campaign edit",
        who: Who::Admin,
        path: Box::new(move |_| format!("/admin/campaigns/{edited}")),
        fields,
        tried,
        counted: false,
    });

    let mut cases = Vec::new();
    let mut serial = 0;
    for form in forms {
        form_cases(world, &form, &mut serial, &mut cases);
    }
    cases.extend(reason_cases(world));
    cases
}

/// A wrong second-factor code: 403 with the code form again, audited.
fn wrong_code() -> Option<Expect> {
    Some(Expect::refused(403, "That code is not right").writing(&[("audit_log", 1)]))
}

/// The free-text reasons (revoke, grant, withdraw): each case on a code or maintainer of
/// its own, so that each writes what the first would.
fn reason_cases(world: &World) -> Vec<Case> {
    let mut cases = Vec::new();
    let racer = crate::common::fixture::racer;
    for (i, payload) in payloads::all("corpus reason").into_iter().enumerate() {
        let text = payload.text.clone().unwrap_or_default();
        let refused = match payload.class {
            Class::Huge => Some(Expect::refused(413, TOO_LARGE)),
            Class::TooLong => Some(Expect::refused(422, TOO_LONG)),
            Class::NotText => Some(Expect::refused(400, NOT_TEXT)),
            Class::Text => None,
        };
        let code = world.held_codes[i];
        let granted = racer(world.granted_racers.start + i);
        let grantable = racer(world.grantable_racers.start + i);
        let targets = [
            (
                format!("/admin/codes/{code}/revoke"),
                Expect::taken(303, &[("audit_log", 1)]).shown_on(format!("/admin/codes/{code}"), text.trim()),
            ),
            (
                format!("/admin/maintainers/{grantable}/grant"),
                Expect::taken(303, &[("grants", 1), ("audit_log", 1)])
                    .shown_on(format!("/admin/maintainers/{grantable}"), text.trim()),
            ),
            (
                format!("/admin/maintainers/{granted}/withdraw"),
                Expect::taken(303, &[("audit_log", 1)]),
            ),
        ];
        for (path, taken) in targets {
            let expect = refused.clone().unwrap_or(taken);
            let expect = Expect {
                not_echoed: payload.text.clone().filter(|t| t.contains('<')),
                ..expect
            };
            // Past the confirmation step (revoking asks once more), as its second form sends.
            let body = format!(
                "reason={}&confirm=yes&csrf_token={}",
                payload.encoded, world.admin_csrf
            );
            cases.push(Case {
                name: format!("reason {path} = {}", payload.name),
                request: world.request(Who::Admin, "POST", path.as_str()).form(body),
                expect,
                counted: false,
            });
        }
    }
    cases
}

/// The requests that attack everything but the fields' text.
pub fn requests(world: &World) -> Vec<Case> {
    let mut cases = Vec::new();
    cases.extend(super::requests::csrf_cases(world));
    cases.extend(super::requests::credential_cases(world));
    cases.extend(super::requests::shape_cases(world));
    cases.extend(super::requests::address_cases(world));
    cases
}
