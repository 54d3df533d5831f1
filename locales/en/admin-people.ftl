# The admin area's codes, maintainers, sign-in and security key pages, its navigation and its
# confirmation steps (templates/admin/, src/web/admin/).

## Navigation (every admin page)
admin-nav-label = Admin
admin-nav-dashboard = Dashboard
admin-nav-campaigns = Campaigns
admin-nav-batches = Batches
admin-nav-codes = Codes
admin-nav-maintainers = Maintainers
admin-nav-security-keys = Your security keys

## Codes: the search and the vendor's redemption report
admin-codes-title = Codes · admin
admin-codes-heading = Codes
admin-codes-search-label = Code (or its start), username or email address
admin-codes-search = Search
# $query: what the admin searched for.
admin-codes-none-match = No code matches “{ $query }”.
admin-codes-found = Codes found
admin-codes-matching = Codes matching “{ $query }”
admin-code-column-code = Code
admin-code-column-campaign = Campaign
admin-code-column-state = State
admin-code-column-holder = Holder
admin-code-column-country = Country
admin-code-column-expires = Expires
admin-codes-report-heading = Vendor's redemption report
# "code" and "date" are the names of the file's columns: keep them as they are.
admin-codes-report-explained = CSV with a “code” column and a “date” column (the day each code was used). Codes in it are marked redeemed; nothing is marked unless every line can be read.
admin-codes-report-no-file = Choose a file to upload.
# $mib: the largest file taken, in MiB.
admin-codes-report-too-large = The file is larger than { $mib } MiB: split it.
admin-codes-report-bad-lines = Nothing was marked: { $count ->
        [one] { $count } line of the report cannot be read
       *[other] { $count } lines of the report cannot be read
    }. Fix them and upload it again.
# $line: a line number; $problem: what is wrong with it.
admin-codes-report-line = Line { $line }: { $problem }
admin-codes-report-file = Report (at most { $mib } MiB)
admin-codes-report-submit = Mark the reported codes redeemed

## A code's states
admin-code-state-available = available
admin-code-state-assigned = assigned
admin-code-state-redeemed = redeemed
admin-code-state-expired = expired
admin-code-state-revoked = revoked

## A code's page
admin-code-title = Code { $code } · admin
# Followed by the code.
admin-code-heading = Code
admin-code-campaign = Campaign
admin-code-campaign-batch = { $campaign } (batch { $batch })
admin-code-state = State
admin-code-expires = Expires
admin-code-holder = Holder
admin-code-holder-nobody = nobody
admin-code-country = Declared country
admin-code-assigned = Assigned
admin-code-redeemed = Redeemed
admin-code-redeemed-via-holder = reported by the holder
admin-code-redeemed-via-vendor = vendor's report
admin-code-redeemed-via-admin = marked by an admin
admin-code-redeemed-via-stripe = Stripe checkout
admin-code-revoked = Revoked
# $when: a date and time; $reason: what the admin wrote.
admin-code-revoked-because = { $when }: { $reason }
admin-code-stripe = Stripe
# Followed by Stripe's id of the promotion code.
admin-code-stripe-published-as = published as
admin-code-stripe-inactive = , inactive in Stripe
admin-code-stripe-times-redeemed = ; redeemed { $count ->
        [one] once
       *[other] { $count } times
    } there
admin-code-stripe-failed = failed
# Followed by Stripe's error message.
admin-code-stripe-failed-details = ({ $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    }, next try { $next }):
admin-code-stripe-deactivated = deactivated in Stripe ({ $when })
admin-code-stripe-waiting = waiting to be published
admin-code-act-heading = Act on this code
admin-code-revoke-reason = Reason for revoking (kept in the audit log)
admin-code-revoke = Revoke the code
admin-code-revoke-hint = The holder sees that the code was revoked, and may claim another while the campaign is open.
admin-code-mark-redeemed = Mark redeemed

## A code's history
admin-history-heading = History
admin-history-empty = Nothing recorded.
admin-history-when = When
admin-history-who = Who
admin-history-what = What
admin-history-details = Details
admin-history-code-claim = Claimed
admin-history-code-redeem = Marked redeemed
admin-history-code-revoke = Revoked
admin-history-code-expire = Expired unused
admin-history-code-hand-back = Handed back by its holder
admin-history-stripe-publish = Published to Stripe as a promotion code
admin-history-stripe-checkout-ignored = A Stripe checkout for it was ignored
admin-history-stripe-checkout-unknown = Stripe reported a checkout keydrop does not know
admin-history-grant-add = Eligibility granted
admin-history-grant-withdraw = Grant withdrawn
admin-history-login = Signed in
# Who acted. $name: a username.
admin-history-actor-maintainer = maintainer { $name }
admin-history-actor-admin = admin { $name }
# $token: the token's number and name, e.g. 3 (deploy).
admin-history-actor-api-token = API token { $token }
admin-history-actor-command-line = command line
# $who: the operator's account and machine, e.g. ops@keys-1.
admin-history-actor-command-line-of = command line ({ $who })
admin-history-actor-stripe = Stripe
admin-history-actor-system = system
# $country: a two-letter country code.
admin-history-detail-declared-country = declared country { $country }
admin-history-detail-reported-by-holder = reported by the holder
admin-history-detail-marked-by-admin = marked by an admin
admin-history-detail-handed-back-restocked = back to stock
admin-history-detail-handed-back-retired = retired

## Confirmation steps of the admins' actions
admin-action-close-claims-heading = Close the claims of { $campaign } now?
admin-action-close-claims-explained = Every claim stops at once, on every server, whatever the dates say. Codes already claimed stay with their holders. You can open claims again later from the campaign's page.
admin-action-close-claims-yes = Yes, close claims now
admin-action-revoke-heading = Revoke the code { $code }?
admin-action-revoke-explained = The code stops working for its holder, who sees that it was revoked and may claim another while the campaign is open. This cannot be undone.
admin-action-revoke-reason = Reason, kept in the audit log: { $reason }
admin-action-revoke-yes = Yes, revoke the code

## Maintainers
admin-maintainers-title = Maintainers · admin
admin-maintainers-heading = Maintainers
admin-maintainers-search-label = Username (or its start) or email address
admin-maintainers-search = Search
admin-maintainers-none-match = Nobody matches “{ $query }”.

## A maintainer's page
admin-maintainer-title = { $username } · admin
admin-maintainer-email = Email
admin-maintainer-joined = Account created
admin-maintainer-two-factors = Two factors
admin-maintainer-two-factors-key = security key
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = none
admin-maintainer-projects = Critical projects
admin-maintainer-no-projects = No role on a critical project.
# $role: the role as PyPI names it (Owner, Maintainer).
admin-maintainer-project = { $project }: { $role },
# Followed by a date.
admin-maintainer-project-rank = rank { $rank } when it became critical on
admin-maintainer-eligibility = Eligibility
# Followed by the code and its state.
admin-maintainer-holds = Holds
admin-maintainer-may-claim = Eligible: may claim a code.
admin-maintainer-grant-heading = Grant
# $admin: who granted it (e.g. admin alice); $when: a date and time. Followed by the reason.
admin-maintainer-granted-by = Eligibility granted by { $admin } on { $when }:
admin-maintainer-withdraw-reason = Reason for withdrawing
admin-maintainer-withdraw = Withdraw the grant
admin-maintainer-grant-explained = A grant makes this maintainer eligible whatever their roles, account age or keys, for example when their projects are listed under a team or organisation account. Campaign dates and stock still apply.
admin-maintainer-grant-needs-reason = Give a reason for the grant.
admin-maintainer-grant-reason = Reason (kept in the audit log)
admin-maintainer-grant = Grant eligibility

## The admin sign-in's second factor
admin-signin-title = Admin sign-in: second factor
admin-signin-title-error = Error: Admin sign-in: second factor
admin-signin-heading = Second factor required
admin-signin-needs-code = The admin area needs a code from your authenticator app as well as your sign-in link.
admin-signin-needs-code-or-key = The admin area needs a code from your authenticator app, or one of your security keys, as well as your sign-in link.
admin-signin-needs-key = The admin area needs one of your security keys as well as your sign-in link: on this service a code from an app is not enough.
admin-signin-use-key-heading = Use a security key
admin-signin-key-refused = That security key was not accepted (a key of another account, a removed key, or an answer used already). Try again.
admin-signin-use-key = Use my security key
admin-signin-or-code-heading = Or enter a code
admin-signin-code-refused = That code is not right, or was used already. Enter the code your app shows now.
admin-signin-enrol-heading = Set up your authenticator app
admin-signin-enrol-scan = Scan this QR code with an authenticator app (or add the key below by hand).
admin-signin-enrol-qr = QR code with the key for your authenticator app
admin-signin-enrol-enter = Enter the six-digit code it shows to finish.
admin-signin-enrol-secret = Key, to type in by hand:
admin-signin-enrol-keep-secret = This key is shown only until your first code confirms it. Keep it secret.
# Followed by an example of a recovery code.
admin-signin-recovery-hint = Lost your phone? In place of the code, enter one of the recovery codes you were given when you set up the app; each works once. They look like this:
admin-signin-code-label = Six-digit code
admin-signin-code-or-recovery-label = Six-digit code, or a recovery code
admin-signin-continue = Continue

## Recovery codes, shown once after setting up the app
admin-recovery-title = Your recovery codes
admin-recovery-heading = Your authenticator app is set up
admin-recovery-explained = If you ever lose the phone with your authenticator app, each of these recovery codes lets you into the admin area once, in place of a six-digit code.
admin-recovery-shown-once = They are shown only now
# Follows "They are shown only now" directly: start with the punctuation.
admin-recovery-keep = : print them, or keep them in your password manager, away from your phone.
admin-recovery-continue = I have saved them: continue

## The admin's security keys
admin-keys-title = Your security keys
admin-keys-explained = A security key can be your second factor for the admin area, in place of a code from your authenticator app.
admin-keys-required = On this service a key is required: codes from the app only let you register your first key.
admin-keys-added = Your key “{ $name }” was added. Use it the next time the admin area asks for your second factor.
admin-keys-removed = The key “{ $name }” was removed: it no longer opens the admin area.
admin-keys-not-added = The key was not added: its answer did not check out, or the registration took longer than five minutes. Try again.
admin-keys-already-registered = That key is registered already.
admin-keys-last-factor = That key is your last second factor, so it cannot be removed: add another key first.
admin-keys-last-accepted-factor = That key is your last second factor that this service accepts, so it cannot be removed: add another key first.
admin-keys-none = You have no security key yet.
admin-keys-column-name = Name
admin-keys-column-added = Added
admin-keys-column-last-used = Last used
admin-keys-column-remove = Remove
admin-keys-never-used = never
admin-keys-remove = Remove “{ $name }”
admin-keys-add-heading = Add a key
admin-keys-name-label = A name for the key, so you can tell it from your others
admin-keys-press-hint = Press the button, then touch your key when it blinks. This needs JavaScript.
admin-keys-add = Add this key
admin-keys-unavailable = Security keys cannot be used here: the service's address (KEYDROP_BASE_URL) must be a domain name, not an IP address.
admin-keys-totp-stays = Your authenticator app stays set up.
admin-keys-totp-stays-fallback = Your authenticator app stays set up as a fallback.
# What the page's script says while it talks to the key.
admin-keys-js-unsupported = This browser cannot use security keys.
admin-keys-js-failed = The security key could not be used.
admin-keys-js-touch = Touch your security key now.
admin-keys-js-no-answer = The security key did not answer, or the request was cancelled. Try again.
admin-keys-start-needs-domain = Security keys need the service on a domain name.
admin-keys-start-name-length = Give the key a name of 1 to { $max } characters.
admin-keys-start-unavailable = No security key can be used here.
admin-keys-start-no-key = This account has no security key.

## The admin area, to someone who is not an admin
admin-forbidden-title = Admins only
admin-forbidden-explained = This part of keydrop is for the giveaway's administrators, and your account is not one of them.
admin-forbidden-giveaway-link = Go to your giveaway page
