//! The requests that attack everything but a field's text: CSRF tokens, cookies and bearer
//! tokens, used links, methods, content types and body sizes, paths and query strings.

use super::cases::*;
use super::http::RawRequest;
use super::payloads::encode;
use super::world::{METRICS_TOKEN, Who, World};

fn case(name: impl Into<String>, request: RawRequest, expect: Expect) -> Case {
    Case {
        name: name.into(),
        request,
        expect,
        counted: false,
    }
}

/// Every state-changing urlencoded form: who sends it, where, and an honest body without its
/// token.
fn forms(world: &World) -> Vec<(Who, String, String)> {
    let (campaign, code) = (world.campaign.id, world.held_codes[39]);
    let today = world.app.today();
    let campaign_fields =
        format!("name=Forged&countries=DE&starts={today}&ends={today}&keys_per_code=2&fulfilment=vendor");
    vec![
        (Who::Anonymous, "/login".into(), "login=alice".into()),
        (Who::Anonymous, world.used_login_link.clone(), String::new()),
        (Who::Maintainer, "/logout".into(), String::new()),
        (Who::Maintainer, "/giveaway/claim".into(), "country=DE".into()),
        (Who::Maintainer, "/giveaway/redeemed".into(), String::new()),
        (Who::Maintainer, "/giveaway/release".into(), String::new()),
        (
            Who::Maintainer,
            "/giveaway/mail".into(),
            "giveaway_mail=off".into(),
        ),
        (Who::Maintainer, "/giveaway/checkout".into(), String::new()),
        (Who::Admin, "/admin/second-factor".into(), "code=123456".into()),
        (Who::Admin, "/admin/campaigns".into(), campaign_fields.clone()),
        (
            Who::Admin,
            format!("/admin/campaigns/{campaign}"),
            campaign_fields,
        ),
        (
            Who::Admin,
            format!("/admin/campaigns/{campaign}/close"),
            String::new(),
        ),
        (
            Who::Admin,
            format!("/admin/campaigns/{campaign}/open"),
            String::new(),
        ),
        (
            Who::Admin,
            format!("/admin/campaigns/{campaign}/offers"),
            "name=Forged&keys_per_code=1&countries=DE".into(),
        ),
        (
            Who::Admin,
            format!("/admin/campaigns/{campaign}/phases"),
            "from=2099-01-01&exclude_totp=yes".into(),
        ),
        (
            Who::Admin,
            format!("/admin/campaigns/{campaign}/hand-back"),
            "codes=restock".into(),
        ),
        (
            Who::Admin,
            "/admin/batches/confirm".into(),
            "upload=x&load=all".into(),
        ),
        (
            Who::Admin,
            "/admin/batches/generate".into(),
            format!(
                "campaign={}&count=5&expires=2099-01-01",
                encode(world.campaign.name.as_bytes())
            ),
        ),
        (
            Who::Admin,
            format!("/admin/codes/{code}/revoke"),
            "reason=forged".into(),
        ),
        (Who::Admin, format!("/admin/codes/{code}/redeemed"), String::new()),
        (
            Who::Admin,
            "/admin/security-keys/register-start".into(),
            "name=Forged".into(),
        ),
        (
            Who::Admin,
            "/admin/security-keys".into(),
            "credential=%7B%7D".into(),
        ),
        (Who::Admin, "/admin/security-keys/1/remove".into(), String::new()),
        (Who::Admin, "/admin/second-factor/key-start".into(), String::new()),
        (
            Who::Admin,
            "/admin/second-factor/key".into(),
            "credential=%7B%7D".into(),
        ),
        (
            Who::Admin,
            "/admin/maintainers/alice/grant".into(),
            "reason=forged".into(),
        ),
        (
            Who::Admin,
            "/admin/maintainers/racer100/withdraw".into(),
            "reason=forged".into(),
        ),
    ]
}

/// Forged, missing, empty and borrowed CSRF tokens on every form and upload.
pub fn csrf_cases(world: &World) -> Vec<Case> {
    let mut cases = Vec::new();
    for (who, path, fields) in forms(world) {
        let join = |token: &str| {
            let token = format!("csrf_token={token}");
            if fields.is_empty() {
                token
            } else {
                format!("{fields}&{token}")
            }
        };
        // A token for another caller: the admin's on a maintainer's form, and the reverse.
        let borrowed = match who {
            Who::Admin => world.csrf(Who::Maintainer).to_string(),
            _ => world.csrf(Who::Admin).to_string(),
        };
        let forged = world
            .csrf(who)
            .chars()
            .rev()
            .collect::<String>()
            .replace('c', "d");
        let variants = [
            ("missing token", fields.clone()),
            ("empty token", join("")),
            ("forged token", join(&forged)),
            ("another session's token", join(&borrowed)),
        ];
        for (label, body) in variants {
            let request = world.request(who, "POST", path.as_str()).form(body);
            cases.push(case(
                format!("{label} on {path}"),
                request,
                Expect::refused(403, CSRF),
            ));
        }
    }
    // Before sign-in: a cookie of the wrong shape is no token, even when the form repeats it.
    let short = RawRequest::new("POST", "/login")
        .header("Cookie", "kd_csrf=short")
        .form("login=alice&csrf_token=short");
    cases.push(case(
        "a short kd_csrf cookie repeated by the form",
        short,
        Expect::refused(403, CSRF),
    ));
    let none = RawRequest::new("POST", "/login").form(format!("login=alice&csrf_token={}", "c".repeat(64)));
    cases.push(case(
        "a sign-in form without its cookie",
        none,
        Expect::refused(403, CSRF),
    ));
    // Uploads check their token as the first field, before the file is written.
    for path in ["/admin/batches/preview", "/admin/codes/vendor-report"] {
        for (label, token) in [("missing", None), ("forged", Some("f".repeat(64)))] {
            let request = multipart(world, path, token.as_deref(), &[], b"CODE-1\n");
            cases.push(case(
                format!("{label} token on upload {path}"),
                request,
                Expect::refused(403, CSRF),
            ));
        }
    }
    cases
}

/// A multipart upload by the admin: `token` first (when given), then `fields`, then the file.
fn multipart(
    world: &World,
    path: &str,
    token: Option<&str>,
    fields: &[(&str, &[u8])],
    file: &[u8],
) -> RawRequest {
    let boundary = "corpusboundary7d1a";
    let mut body = Vec::new();
    let mut part = |name: &str, filename: Option<&str>, value: &[u8]| {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"").as_bytes(),
        );
        if let Some(filename) = filename {
            body.extend_from_slice(format!("; filename=\"{filename}\"").as_bytes());
        }
        body.extend_from_slice(b"\r\n\r\n");
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    };
    if let Some(token) = token {
        part("csrf_token", None, token.as_bytes());
    }
    for (name, value) in fields {
        part(name, None, value);
    }
    part("file", Some("codes.csv"), file);
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    world
        .request(Who::Admin, "POST", path)
        .header(
            "Content-Type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
}

/// Tampered and borrowed cookies, wrong bearer tokens, used and unknown links.
pub fn credential_cases(world: &World) -> Vec<Case> {
    let mut cases = Vec::new();
    let tampered = |cookie: &str| {
        let mut chars: Vec<char> = cookie.chars().collect();
        let last = chars.len() - 1;
        chars[last] = if chars[last] == 'a' { 'b' } else { 'a' };
        chars.into_iter().collect::<String>()
    };
    let cookies = [
        ("a tampered session cookie", tampered(&world.maintainer_cookie)),
        ("an empty session cookie", "kd_session=".to_string()),
        (
            "a session cookie of 4 KiB",
            format!("kd_session={}", "A".repeat(4096)),
        ),
        (
            "a session cookie with bytes that are not UTF-8",
            "kd_session=\u{fffd}\u{fffd}".to_string(),
        ),
        (
            "the session cookie under another name",
            world.maintainer_cookie.replace("kd_session=", "kd_sessions="),
        ),
    ];
    for (label, cookie) in cookies {
        let body = format!("country=DE&csrf_token={}", world.maintainer_csrf);
        let request = RawRequest::new("POST", "/giveaway/claim")
            .header("Cookie", cookie)
            .form(body);
        cases.push(case(
            format!("claim with {label}"),
            request,
            Expect::refused(403, SIGN_IN_FIRST),
        ));
    }
    let admin_form = format!("csrf_token={}", world.admin_csrf);
    let close = format!("/admin/campaigns/{}/close", world.campaign.id);
    let tampered_admin = RawRequest::new("POST", close.as_str())
        .header("Cookie", tampered(&world.admin_cookie))
        .form(admin_form.clone());
    cases.push(case(
        "close with a tampered admin cookie",
        tampered_admin,
        Expect::refused(403, SIGN_IN_FIRST),
    ));
    let maintainer_form = format!("csrf_token={}", world.maintainer_csrf);
    for path in [
        close.clone(),
        "/admin/batches/generate".into(),
        "/admin/maintainers/alice/grant".into(),
    ] {
        let request = world
            .request(Who::Maintainer, "POST", path.as_str())
            .form(maintainer_form.clone());
        cases.push(case(
            format!("a maintainer's {path}"),
            request,
            Expect::refused(403, ADMINS_ONLY),
        ));
    }
    for path in ["/admin", "/admin/codes?q=CODE", "/admin/exports/audit.csv"] {
        let request = world.request(Who::Maintainer, "GET", path);
        cases.push(case(
            format!("a maintainer's GET {path}"),
            request,
            Expect::refused(403, ADMINS_ONLY),
        ));
    }
    // The API takes a bearer token and nothing else.
    let stats = format!(
        "/api/v1/campaigns/{}/stats",
        encode(world.campaign.name.as_bytes())
    );
    let bearer =
        |value: &str| RawRequest::new("GET", stats.as_str()).header("Authorization", value.to_string());
    let api = [
        (
            "the admin's cookie",
            world.request(Who::Admin, "GET", stats.as_str()),
            "a bearer token is required",
        ),
        (
            "no credentials",
            RawRequest::new("GET", stats.as_str()),
            "a bearer token is required",
        ),
        (
            "a forged token",
            bearer(&format!("Bearer {}", "0".repeat(64))),
            "unknown or revoked token",
        ),
        ("an empty token", bearer("Bearer "), "a bearer token is required"),
        (
            "Basic credentials",
            bearer("Basic YWRtaW46YWRtaW4="),
            "a bearer token is required",
        ),
        (
            "a token with SQL",
            bearer("Bearer ' OR 1=1 --"),
            "unknown or revoked token",
        ),
        (
            "the token's hash",
            bearer(&format!("Bearer {}", keydrop::tokens::hash(&world.api_token))),
            "unknown or revoked token",
        ),
    ];
    for (label, request, phrase) in api {
        cases.push(case(
            format!("stats API with {label}"),
            request,
            Expect::refused(401, phrase),
        ));
    }
    // /metrics answers its bearer token only; every attempt is counted by its limiter.
    let scrape = |value: &str| RawRequest::new("GET", "/metrics").header("Authorization", value.to_string());
    let metrics = [
        ("no credentials", RawRequest::new("GET", "/metrics")),
        ("a wrong token", scrape("Bearer corpus-metrics-token-0123456788")),
        ("the admin's cookie", world.request(Who::Admin, "GET", "/metrics")),
        ("an API token", scrape(&format!("Bearer {}", world.api_token))),
        ("Basic credentials", scrape("Basic bWV0cmljczptZXRyaWNz")),
        (
            "the token's hash",
            scrape(&format!("Bearer {}", keydrop::tokens::hash(METRICS_TOKEN))),
        ),
    ];
    for (label, request) in metrics {
        cases.push(Case {
            counted: true,
            ..case(
                format!("metrics with {label}"),
                request,
                Expect::refused(401, "needs a valid bearer token"),
            )
        });
    }
    cases.push(case(
        "metrics POSTed with the right token",
        RawRequest::new("POST", "/metrics")
            .header("Authorization", format!("Bearer {METRICS_TOKEN}"))
            .form(""),
        Expect::refused(405, METHOD),
    ));
    // Links: used, unknown, and not a token at all.
    let used = world
        .request(Who::Anonymous, "POST", world.used_login_link.as_str())
        .form(format!("csrf_token={}", world.anon_csrf));
    cases.push(case(
        "a used sign-in link",
        used,
        Expect::refused(400, "has already been used"),
    ));
    for (label, token) in [
        ("an unknown sign-in link", "0".repeat(64)),
        ("a sign-in link with SQL", encode(b"' OR 1=1 --")),
        (
            "a sign-in link with look-alike Unicode",
            encode("Аlice".as_bytes()),
        ),
    ] {
        let request = world
            .request(Who::Anonymous, "POST", format!("/login/{token}"))
            .form(format!("csrf_token={}", world.anon_csrf));
        cases.push(case(
            label,
            request,
            Expect::refused(400, "That sign-in link is not valid"),
        ));
    }
    for method in ["GET", "POST"] {
        for (label, token) in [
            ("unknown", "0".repeat(64)),
            ("HTML", encode(b"<script>x</script>")),
        ] {
            let request = RawRequest::new(method, format!("/mail/unsubscribe/{token}"))
                .form("List-Unsubscribe=One-Click");
            cases.push(case(
                format!("{method} an {label} unsubscribe link"),
                request,
                Expect::refused(400, "That link is not valid"),
            ));
        }
    }
    cases
}

/// Wrong methods, wrong content types, malformed and oversized bodies.
pub fn shape_cases(world: &World) -> Vec<Case> {
    let mut cases = Vec::new();
    let api_batches = format!(
        "/api/v1/campaigns/{}/batches",
        encode(world.campaign.name.as_bytes())
    );
    let methods = [
        // (A GET on a form's address leads to its page: see rough_edges.)
        ("PATCH", "/logout".to_string()),
        ("PUT", "/giveaway/claim".into()),
        ("PUT", "/login".into()),
        ("DELETE", "/giveaway".into()),
        ("PATCH", format!("/admin/campaigns/{}", world.campaign.id)),
        ("PUT", "/admin/second-factor".into()),
        ("DELETE", "/admin/batches/confirm".into()),
        ("PUT", format!("/admin/codes/{}/revoke", world.held_codes[0])),
        ("GET", "/webhooks/stripe".into()),
        ("POST", "/healthz".into()),
        ("POST", "/static/style.css".into()),
        ("DELETE", "/mail/unsubscribe/abc".into()),
        ("POST", "/giveaway/checkout/done".into()),
        ("PUT", "/".into()),
        ("POST", "/admin/batches".into()),
        ("POST", "/admin/exports/codes.csv?campaign=1".into()),
        (
            "POST",
            format!("/admin/campaigns/{}/archives/1", world.campaign.id),
        ),
    ];
    for (method, path) in methods {
        let request = world.request(Who::Admin, method, path.as_str());
        cases.push(case(
            format!("{method} {path}"),
            request,
            Expect::refused(405, METHOD),
        ));
    }
    let api_method = world.request(Who::Api, "GET", api_batches.as_str());
    cases.push(case(
        "GET on the batch API",
        api_method,
        Expect::refused(405, "this address does not take that method"),
    ));

    let claim = |content_type: &str, body: &str| {
        world
            .request(Who::Maintainer, "POST", "/giveaway/claim")
            .header("Content-Type", content_type.to_string())
            .body(body.to_string())
    };
    let token = world.maintainer_csrf.clone();
    let shapes = [
        (
            "JSON",
            claim(
                "application/json",
                &format!("{{\"country\":\"DE\",\"csrf_token\":\"{token}\"}}"),
            ),
        ),
        (
            "text/plain",
            claim("text/plain", &format!("country=DE&csrf_token={token}")),
        ),
        (
            "multipart to a urlencoded form",
            claim(
                "multipart/form-data; boundary=x",
                &format!(
                    "--x\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{token}\r\n--x--\r\n"
                ),
            ),
        ),
        (
            "no content type",
            world
                .request(Who::Maintainer, "POST", "/giveaway/claim")
                .body(format!("country=DE&csrf_token={token}")),
        ),
        (
            "a field given twice",
            claim(
                "application/x-www-form-urlencoded",
                &format!("country=DE&country=US&csrf_token={token}"),
            ),
        ),
    ];
    for (label, request) in shapes {
        cases.push(case(
            format!("claim as {label}"),
            request,
            Expect::refused(400, BAD_REQUEST),
        ));
    }
    for (label, content_type, body) in [
        (
            "a urlencoded body",
            "application/x-www-form-urlencoded",
            b"csrf_token=x".to_vec(),
        ),
        ("no boundary", "multipart/form-data", b"--x\r\n".to_vec()),
        (
            "a broken multipart body",
            "multipart/form-data; boundary=x",
            b"--x\r\nnot a part header\r\n\r\n".to_vec(),
        ),
    ] {
        let request = world
            .request(Who::Admin, "POST", "/admin/batches/preview")
            .header("Content-Type", content_type)
            .body(body);
        cases.push(case(
            format!("batch preview with {label}"),
            request,
            Expect::refused(400, BAD_REQUEST),
        ));
    }
    // Sizes: a body over the form limit, a Content-Length that lies about it, a webhook over
    // its limit.
    let huge = format!("country=DE&csrf_token={token}&x={}", "z".repeat(70 * 1024));
    let big = world
        .request(Who::Maintainer, "POST", "/giveaway/claim")
        .form(huge);
    cases.push(case("a 70 KiB claim", big, Expect::refused(413, TOO_LARGE)));
    let lying = world
        .request(Who::Maintainer, "POST", "/giveaway/claim")
        .header("Content-Length", "10000000000")
        .form(format!("country=DE&csrf_token={token}"));
    cases.push(case(
        "a Content-Length of 10 GB",
        lying,
        Expect::refused(413, TOO_LARGE),
    ));
    let webhook = RawRequest::new("POST", "/webhooks/stripe").body(vec![b'{'; 1100 * 1024]);
    cases.push(case(
        "a 1.1 MiB webhook",
        webhook,
        Expect::refused(413, TOO_LARGE),
    ));
    let unsigned = RawRequest::new("POST", "/webhooks/stripe").body("{\"id\":\"evt_forged\"}");
    cases.push(case(
        "a webhook without Stripe set up",
        unsigned,
        Expect::refused(404, NOT_FOUND),
    ));
    // Uploads whose fields are not what they should be.
    let fields: [(&str, &[u8]); 2] = [("campaign", b"Titan 2026"), ("expires", b"2099-01-01")];
    let upload = |extra: (&str, &[u8]), file: &[u8]| {
        let mut all = fields.to_vec();
        all.retain(|(n, _)| *n != extra.0);
        all.push(extra);
        multipart(
            world,
            "/admin/batches/preview",
            Some(&world.admin_csrf),
            &all,
            file,
        )
    };
    let uploads = [
        (
            "a NUL in the campaign",
            upload(("campaign", b"Titan\0 2026"), b"CODE-A\n"),
            400,
            NOT_TEXT,
        ),
        (
            "invalid UTF-8 in the label",
            upload(("label", b"\xff\xfe"), b"CODE-A\n"),
            400,
            NOT_TEXT,
        ),
        (
            "a 2,001-character label",
            upload(("label", "l".repeat(2001).as_bytes()), b"CODE-A\n"),
            422,
            TOO_LONG,
        ),
        (
            "an expiry in fullwidth digits",
            upload(("expires", "２０９９-０１-０１".as_bytes()), b"CODE-A\n"),
            422,
            "Give the expiry date as a date",
        ),
        (
            "an unknown campaign with HTML",
            upload(("campaign", b"<b>x</b>"), b"CODE-A\n"),
            422,
            "There is no campaign named",
        ),
        (
            "an empty file",
            upload(("label", b"empty"), b""),
            422,
            "Choose a file to upload",
        ),
    ];
    for (label, request, status, phrase) in uploads {
        let mut expect = Expect::refused(status, phrase);
        expect.not_echoed = Some("<b>x</b>".into());
        cases.push(case(format!("batch preview with {label}"), request, expect));
    }
    let report = |file: &[u8]| {
        multipart(
            world,
            "/admin/codes/vendor-report",
            Some(&world.admin_csrf),
            &[],
            file,
        )
    };
    let reports = [
        (
            "bytes that are not UTF-8",
            report(b"code,date\n\xff\xfe,2026-01-01\n"),
        ),
        ("SQL as a code", report(b"code,date\n' OR 1=1 --,2026-01-01\n")),
        ("a NUL in a date", report(b"code,date\nCODE-00001,2026-01-01\0\n")),
    ];
    for (label, request) in reports {
        cases.push(case(
            format!("vendor report with {label}"),
            request,
            Expect {
                phrase: None,
                ..Expect::refused(422, "")
            },
        ));
    }
    // The API's body and query.
    let api = |query: &str, body: &[u8]| {
        world
            .request(Who::Api, "POST", format!("{api_batches}?{query}"))
            .body(body.to_vec())
    };
    let api_cases = [
        ("no expiry", api("", b"CODE-X1\n"), 400, "expires"),
        (
            "an expiry with a NUL",
            api("expires=2099-01-01%00", b"CODE-X1\n"),
            400,
            NOT_TEXT,
        ),
        (
            "an expiry in fullwidth digits",
            api(
                &format!("expires={}", encode("２０９９-０１-０１".as_bytes())),
                b"CODE-X1\n",
            ),
            400,
            "expires must be a date",
        ),
        (
            "skip_bad=maybe",
            api("expires=2099-01-01&skip_bad=maybe", b"CODE-X1\n"),
            400,
            "skip_bad must be true or false",
        ),
        (
            "unknown countries",
            api("expires=2099-01-01&countries=XX,%3Cb%3E", b"CODE-X1\n"),
            400,
            "XX",
        ),
        (
            "a label with invalid UTF-8",
            api("expires=2099-01-01&label=%FF%FE", b"CODE-X1\n"),
            400,
            NOT_TEXT,
        ),
        (
            "a file of bytes that are not UTF-8",
            api("expires=2099-01-01", b"\xff\xfe\xfd\n\x00\x01\n"),
            422,
            "",
        ),
        (
            "a file of SQL and HTML",
            api("expires=2099-01-01", b"' OR 1=1 --\n<script>x</script>\n"),
            422,
            "",
        ),
    ];
    for (label, request, status, phrase) in api_cases {
        let expect = if phrase.is_empty() {
            Expect {
                phrase: None,
                ..Expect::refused(status, "")
            }
        } else {
            Expect::refused(status, phrase)
        };
        let mut this = case(format!("batch API with {label}"), request, expect);
        this.counted = true;
        cases.push(this);
    }
    cases
}

/// Path tricks, parameters that are not what the route takes, and query strings.
pub fn address_cases(world: &World) -> Vec<Case> {
    let mut cases = Vec::new();
    let paths: [(&[u8], u16, &str); 22] = [
        (b"/admin/../giveaway", 404, NOT_FOUND),
        (b"/%2e%2e/admin", 404, NOT_FOUND),
        (b"//admin", 404, NOT_FOUND),
        (b"/static/../Cargo.toml", 404, NOT_FOUND),
        (b"/static/%2e%2e%2fCargo.toml", 404, NOT_FOUND),
        (b"/admin/codes/abc", 400, BAD_REQUEST),
        (b"/admin/codes/-1", 404, NOT_FOUND),
        (b"/admin/codes/99999999999999999999", 400, BAD_REQUEST),
        (b"/admin/codes/1%00", 400, NOT_TEXT),
        (b"/admin/codes/%EF%BC%91", 400, BAD_REQUEST),
        (b"/admin/campaigns/1%20OR%201=1", 400, BAD_REQUEST),
        (b"/admin/campaigns/1/archives/x", 400, BAD_REQUEST),
        (b"/admin/maintainers/%00", 400, NOT_TEXT),
        (b"/admin/maintainers/alice%0D%0ASet-Cookie:%20x", 404, NOT_FOUND),
        (b"/admin/maintainers/%D0%90lice", 404, NOT_FOUND),
        (b"/admin/maintainers/%FF%FE", 400, NOT_TEXT),
        (b"/admin/maintainers/..%2F..%2Fetc%2Fpasswd", 404, NOT_FOUND),
        (b"/admin/maintainers/%27%20OR%201=1%20--", 404, NOT_FOUND),
        (b"/admin/maintainers/%3Cscript%3Ex%3C%2Fscript%3E", 404, NOT_FOUND),
        (b"/giveaway%00", 400, NOT_TEXT),
        (b"/login/%00", 400, NOT_TEXT),
        (b"/mail/unsubscribe/%FF", 400, NOT_TEXT),
    ];
    for (path, status, phrase) in paths {
        let request = world.request(Who::Admin, "GET", path);
        let mut expect = Expect::refused(status, phrase);
        expect.not_echoed = Some("<script>".into());
        cases.push(case(
            format!("GET {}", String::from_utf8_lossy(path)),
            request,
            expect,
        ));
    }
    let long = format!("/giveaway?{}", "q".repeat(9 * 1024));
    cases.push(case(
        "a 9 KiB address",
        world.request(Who::Maintainer, "GET", long),
        Expect::refused(414, URI_TOO_LONG),
    ));
    let api_paths: [(&str, u16, &str); 4] = [
        ("/api/v1/campaigns/%00/stats", 400, NOT_TEXT),
        ("/api/v1/campaigns/..%2F..%2Fadmin/stats", 404, "no such campaign"),
        ("/api/v1/campaigns/%3Cscript%3E/stats", 404, "no such campaign"),
        ("/api/v1/nowhere", 404, "not found"),
    ];
    for (path, status, phrase) in api_paths {
        let mut this = case(
            format!("API GET {path}"),
            world.request(Who::Api, "GET", path),
            Expect::refused(status, phrase),
        );
        this.counted = true;
        cases.push(this);
    }
    let queries = [
        ("/admin/exports/codes.csv?campaign=abc", 400, BAD_REQUEST),
        ("/admin/exports/claims.csv?campaign=1%00", 400, NOT_TEXT),
        (
            "/admin/exports/audit.csv?campaign=%27%20OR%201=1",
            400,
            BAD_REQUEST,
        ),
        (
            "/admin/exports/codes.csv?campaign=99999999999999999999",
            400,
            BAD_REQUEST,
        ),
        ("/admin/codes?q=%00", 400, NOT_TEXT),
        ("/admin/maintainers?q=%FF%FE", 400, NOT_TEXT),
        ("/admin/codes?q=%1B%5B2J", 400, NOT_TEXT),
        ("/login?next=%00", 400, NOT_TEXT),
        ("/?signed-out=%FF", 400, NOT_TEXT),
    ];
    for (path, status, phrase) in queries {
        cases.push(case(
            format!("GET {path}"),
            world.request(Who::Admin, "GET", path),
            Expect::refused(status, phrase),
        ));
    }
    // Searches for odd text answer 200 and show it escaped; nothing is written.
    for search in ["/admin/codes", "/admin/maintainers"] {
        for text in ["<script>alert(1)</script>", "' OR 1=1 --", "Аlicе", "\u{202E}cba"] {
            let path = format!("{search}?q={}", encode(text.as_bytes()));
            let mut expect = Expect::taken(200, &[]).shown_on(path.clone(), text);
            expect.not_echoed = Some("<script>".into());
            cases.push(case(
                format!("search {search} for {text:?}"),
                world.request(Who::Admin, "GET", path.as_str()),
                expect,
            ));
        }
    }
    cases
}
