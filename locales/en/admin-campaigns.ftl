# The admin dashboard, campaign and batch pages (templates/admin/, src/web/admin/).

## Dashboard
admin-dashboard-title = Admin dashboard
admin-dashboard-heading = Dashboard
admin-dashboard-locked = Since your last visit, the admin area of your account was locked after too many wrong codes:
# $at and $until: a day and a time.
admin-dashboard-locked-when = at { $at }, until { $until }
# $command: a command, shown as code.
admin-dashboard-locked-advice = If you did not enter those codes, someone else had your sign-in link: tell the other admins, and sign out everywhere with { $command }.
admin-dashboard-adoption-heading = Two-factor adoption among maintainers of critical projects
admin-dashboard-adoption-region = Two-factor adoption
admin-dashboard-protection = Protection
admin-dashboard-maintainers = Maintainers
admin-dashboard-share = Share
admin-dashboard-security-key = Security key
admin-dashboard-totp-only = TOTP only
admin-dashboard-no-factor = None
admin-dashboard-all = All
admin-dashboard-registry-heading = Ownership checked with the registry
admin-dashboard-registry-hint = Since this server started. When the registry gave no usable answer, the imported data decided.
admin-dashboard-registry-asked = Asked
admin-dashboard-registry-cached = Answered from the cache
admin-dashboard-registry-fallbacks = No usable answer (imported data decided)
admin-dashboard-registry-refusals = Claims refused: every critical role lost
admin-dashboard-mail-heading = Mail
admin-dashboard-mail-queued = Queued
admin-dashboard-mail-retrying = Of those, waiting to retry
admin-dashboard-mail-sent = Sent
admin-dashboard-mail-failed = Failed
admin-dashboard-mail-cancelled = Cancelled (no longer applied)
# $error: the mail server's answer, in English.
admin-dashboard-mail-waits = Why queued mail waits: { $error }
admin-dashboard-failed-region = Messages given up on
# $command: a command, shown as code.
admin-dashboard-failed-caption = Messages given up on, newest first ({ $command } queues them again)
admin-dashboard-failed-message = Message
admin-dashboard-failed-to = To
admin-dashboard-campaign = Campaign
admin-dashboard-failed-attempts = Attempts
admin-dashboard-failed-given-up = Given up
admin-dashboard-failed-last-error = Last error
admin-dashboard-no-campaign = No campaign yet.
# $from, $to: days.
admin-dashboard-dates = Claims open from { $from } to { $to }.
admin-dashboard-dates-closed = Claims open from { $from } to { $to }; closed by an admin.
admin-dashboard-eligible = Eligible maintainers
admin-dashboard-signed-in = Signed in
admin-dashboard-claimed = Claimed
admin-dashboard-redeemed = Redeemed
admin-dashboard-expired = Expired
admin-dashboard-revoked = Revoked
admin-dashboard-codes-left = Codes left
admin-dashboard-keys-heading = Keys in use
admin-dashboard-keys-holders = Maintainers who received a code
admin-dashboard-keys-at-claim = With a security key when they claimed
admin-dashboard-keys-now = With a security key now
admin-dashboard-keys-gained = Registered one since their claim
admin-dashboard-keys-unknown = { $count ->
        [one] { $count } claimed before keydrop noted keys at claim time: they count only under "now".
       *[other] { $count } claimed before keydrop noted keys at claim time: they count only under "now".
    }
admin-dashboard-keys-now-note = "Now" is as of the latest registry import.
admin-dashboard-batches-heading = Batches
# $link: a link whose words are admin-dashboard-no-batch-link.
admin-dashboard-no-batch = No batch loaded yet: { $link }.
admin-dashboard-no-batch-link = upload or generate one
admin-dashboard-batch = Batch
admin-dashboard-countries = Countries
admin-dashboard-expires = Expires
admin-dashboard-days-to-expiry = Days to expiry
admin-dashboard-codes = Codes
admin-dashboard-left = Left
admin-dashboard-assigned = Assigned
admin-dashboard-all-countries = all
admin-dashboard-batch-expired = expired
admin-dashboard-no-country = No country yet: codes are counted per country once a batch is loaded.
admin-dashboard-country = Country

## The daily chart (templates/admin/_chart.html)
admin-chart-title = Claims and redemptions per day
# $day: a day.
admin-chart-period-day = On { $day }:
# $from, $to: days.
admin-chart-period = From { $from } to { $to }:
admin-chart-totals = { $claimed } claimed, { $redeemed } redeemed.
admin-chart-desc-lines = Claims are the solid line, redemptions the dashed line. The table of daily numbers below the chart has every value.
admin-chart-day = Day
admin-chart-per-day = Codes per day
admin-chart-claims = Claims
admin-chart-redemptions = Redemptions
admin-chart-caption-day = Claims (solid line) and redemptions (dashed line) per day, on { $day }.
admin-chart-caption = Claims (solid line) and redemptions (dashed line) per day, from { $from } to { $to }.
admin-chart-in-total = In total: { $claimed } claimed, { $redeemed } redeemed.
admin-chart-no-data = No codes were claimed or redeemed in this period.
admin-chart-daily-numbers = Daily numbers
admin-chart-total = Total
# A phase's line on the chart; $day: a day.
admin-phase-from = Phase from { $day }

## The outcome chart (templates/admin/_outcome_chart.html)
admin-outcome-heading = The outcome, import by import
admin-outcome-title = Second factors among the maintainers of critical projects, per registry import
# $count: imports; $from, $to: days.
admin-outcome-imports = { $count ->
        [one] { $count } registry import from { $from } to { $to }.
       *[other] { $count } registry imports from { $from } to { $to }.
    }
admin-outcome-latest = At the latest: { $projects } critical projects, { $maintainers } critical maintainers, of whom { $any } with any second factor, { $totp } with TOTP and { $keys } with a security key.
admin-outcome-desc-table = The table below the chart has every value.
admin-outcome-x-caption = Registry import
admin-outcome-y-caption = Projects or maintainers
admin-outcome-critical-projects = Critical projects
admin-outcome-critical-maintainers = Critical maintainers
admin-outcome-any-factor = Any second factor
admin-outcome-totp = TOTP
admin-outcome-security-key = Security key
admin-outcome-caption = Critical projects (dotted grey), their maintainers (solid blue), and of those with any second factor (dash-dot purple), with TOTP (dashed orange) and with a security key (solid green), as each registry import found them.
admin-outcome-figures = Figures per import
admin-outcome-table-caption = Critical projects and their maintainers' second factors, per registry import
admin-outcome-import-utc = Import (UTC)
admin-outcome-with-totp = With TOTP
admin-outcome-with-key = With a security key
admin-outcome-with-any = With any second factor
# $command: a command, shown as code.
admin-outcome-none = No registry import has been recorded yet: the figures start with the next { $command }.

## Campaigns: the list, a campaign's page, the campaign form
# Before a page's title, when its form was refused.
admin-campaign-error-prefix = Error:{" "}
admin-campaign-list-title = Campaigns · admin
admin-campaign-list-heading = Campaigns
admin-campaign-list-empty = No campaign yet: create the first one below.
admin-campaign-list-caption = Every campaign, the latest to start first
admin-campaign-column-campaign = Campaign
admin-campaign-column-claims = Claims
admin-campaign-column-from = From
admin-campaign-column-to = To
admin-campaign-column-countries = Countries
admin-campaign-new-heading = New campaign
admin-campaign-create = Create the campaign
admin-campaign-badge-open = open
admin-campaign-badge-not-open = not open
admin-campaign-status-upcoming = not open yet
admin-campaign-status-open = open
admin-campaign-status-closed = closed by an admin
admin-campaign-status-ended = ended
admin-campaign-status-purged = purged
# $name: the campaign's name.
admin-campaign-page-title = { $name } · admin
admin-campaign-saved = Saved.
# $status: one of the admin-campaign-status- messages, in bold.
admin-campaign-claims-status = Claims: { $status }.
# $day: a day and a time.
admin-campaign-purged = Its personal data was deleted on { $day }; its archive keeps the counts.
admin-campaign-switch-heading = Kill switch
admin-campaign-closed-note = Claims are closed whatever the dates say. Maintainers who hold a code still see it and can redeem it.
admin-campaign-reopen = Open claims again
admin-campaign-close-note = Closing stops every claim at once, on every server. Codes already claimed stay with their holders.
admin-campaign-close = Close claims now
# $coupon: Stripe's id of the coupon, shown as code.
admin-campaign-coupon = Coupon: { $coupon }.
admin-campaign-no-coupon = Coupon: not made yet.
admin-campaign-promotion-codes = Promotion codes: { $published } published, { $pending } waiting, { $failed } failed (tried again later), { $deactivated } deactivated.
# $reason: Stripe's answer, in English.
admin-campaign-stripe-failure = Latest failure: { $reason }
admin-campaign-exports-heading = Exports (CSV)
admin-campaign-export-codes = Codes with their states and holders
admin-campaign-export-claims = Claims and redemptions per country and day
admin-campaign-export-audit = The campaign's audit log
admin-campaign-archives-heading = Archives
# $archive, $purge: commands, shown as code.
admin-campaign-no-archive = None yet. Once the campaign is over, { $archive } keeps its counts (per country, day and batch, with no usernames or emails); { $purge } then deletes its personal data.
admin-campaign-archive = Archive { $id }
# Follows the archive's link; $day: a day and a time; $by: who made it.
admin-campaign-archive-made = , made on { $day } by { $by }
admin-campaign-settings-heading = Settings
admin-campaign-settings-hint = Codes already claimed stay with their holders whatever changes here.
admin-campaign-save-settings = Save the settings
admin-campaign-not-saved = { $count ->
        [one] The campaign was not saved: one problem to fix.
       *[other] The campaign was not saved: { $count } problems to fix.
    }
admin-campaign-field-name = Name
admin-campaign-field-countries = Countries the keys ship to (ISO 3166-1 codes, e.g. US,CA,GB)
admin-campaign-field-starts = First day of claims (UTC)
admin-campaign-field-ends = Last day of claims (UTC)
admin-campaign-field-store = The vendor's store, where codes are redeemed (optional)
admin-campaign-field-keys = Keys one code pays for
admin-campaign-field-cutoff = Accounts created after this day are not eligible (optional)
admin-campaign-field-key-holders = Maintainers who already use a security key may claim too
admin-campaign-field-fulfilment = Where codes are redeemed
admin-campaign-field-vendor = At the vendor's store (the link above)
admin-campaign-field-stripe = Through keydrop's Stripe checkout (the order costs nothing: each code is a 100%-off promotion code)
admin-campaign-field-product = Stripe: product name
admin-campaign-field-price = Stripe: price of one key, in the currency's smallest unit (3000 for 30.00)
admin-campaign-field-currency = Stripe: currency (ISO 4217, e.g. usd)
admin-campaign-field-ended-message = What maintainers read once the campaign is over or closed (optional)
admin-campaign-problem-starts = Give the first day as a date, for example 2026-12-01.
admin-campaign-problem-ends = Give the last day as a date, for example 2027-01-31.
admin-campaign-problem-cutoff = Give the account cut-off as a date, or leave it empty.
admin-campaign-problem-keys-number = Give the keys per code as a whole number.
# $problem: one of the admin-campaign-country- messages.
admin-campaign-problem-countries = Countries: { $problem }.
admin-campaign-problem-name-empty = Give the campaign a name.
admin-campaign-problem-name-long = The name is too long: at most 80 characters.
admin-campaign-problem-name-slash = The name may not contain “/”: it is part of the API's addresses.
# $ends, $starts: days.
admin-campaign-problem-ends-before = The last day ({ $ends }) is before the first day ({ $starts }).
admin-campaign-problem-keys-range = Keys per code must be between 1 and 10.
admin-campaign-problem-store-url = The store link must be a web address starting with https:// or http://.
admin-campaign-problem-message-long = The message after the end is too long: at most 2,000 characters.
admin-campaign-problem-fulfilment = Choose where codes are redeemed: the vendor's store or Stripe.
admin-campaign-problem-stripe-product = A Stripe campaign needs a product name, a price and a currency.
admin-campaign-problem-unit-amount = Give the price as a whole number of the currency's smallest unit (3000 for 30.00).
admin-campaign-problem-currency = Give the currency as a three-letter ISO 4217 code, for example usd or eur.
admin-campaign-problem-name-taken = There is a campaign named “{ $name }” already.
admin-campaign-problem-hand-back = codes handed back go back to stock or are retired
admin-campaign-country-empty = no country given
# $given: what was typed; $meant: the code meant; $name: that country's name.
admin-campaign-country-mistake = { $given } is not an ISO 3166-1 code: use { $meant } ({ $name })
admin-campaign-country-unknown = { $given } is not an ISO 3166-1 alpha-2 country code
# $problem: why an offer, phase or hand-back form was refused (lower case, no full stop).
admin-campaign-nothing-saved = Nothing was saved: { $problem }.
admin-campaign-hand-back-heading = Codes handed back
admin-campaign-hand-back-legend = A code its holder hands back
admin-campaign-hand-back-restock = goes back to stock, for the next claim
admin-campaign-hand-back-retire = is retired: nobody receives it again
admin-campaign-hand-back-claim-again = Holders who hand a code back may claim another
admin-campaign-save = Save
# $restocked, $retired: numbers of codes.
admin-dashboard-handed-back = Codes handed back by their holders: { $restocked } back in stock, { $retired } retired.

## Offers
admin-offer-heading = Offers
admin-offer-hint = The kinds of key the campaign gives. A maintainer whose country several offers ship to (with codes left) chooses one; every batch belongs to one offer.
admin-offer-save = Save this offer
admin-offer-add-legend = Add an offer
admin-offer-add = Add the offer
admin-offer-column = Offer
admin-offer-field-name = Name
admin-offer-field-vendor = Vendor
admin-offer-field-store = Store link
admin-offer-field-keys = Keys per code
admin-offer-field-countries = Countries it ships to (e.g. US,CA)
admin-offer-field-offer = Offer (needed when the campaign has several; the campaign's page lists them)
admin-offer-problem-name-empty = the offer's name must not be empty
admin-offer-problem-name-long = the offer's name is longer than { $max } characters
admin-offer-problem-vendor-long = the vendor's name is longer than { $max } characters
admin-offer-problem-keys = keys per code must be between 1 and { $max }
admin-offer-problem-store-url = the store link must be an http or https URL
admin-offer-problem-no-countries = an offer ships to one country at least
admin-offer-problem-name-taken = the campaign has an offer named “{ $name }” already
admin-offer-problem-keys-number = give the keys per code as a whole number
# $problem: one of the admin-campaign-country- messages.
admin-offer-problem-countries = countries: { $problem }

## Phases
admin-phase-heading = Phases
admin-phase-hint = The rules above hold from the campaign's first day. A phase changes some of them from its day on; the latest phase whose day has come is in force.
admin-phase-none-scheduled = No phase is scheduled.
# $day: a day; $changes: what the phase changes (admin-phase-rule-set messages).
admin-phase-from-changes = From { $day }: { $changes }
admin-phase-remove = Remove
admin-phase-field-from = From (a day after the first day, up to the last)
admin-phase-rule-critical = Only maintainers of critical projects
admin-phase-rule-totp = Leave out maintainers who use TOTP
admin-phase-rule-key-holders = Let key holders claim
admin-phase-rule-cutoff = Account cutoff
# One rule a phase sets: $rule (its name), $value (yes, no, a day or none).
admin-phase-rule-set = { $rule }: { $value }
# Between the rules a phase sets.
admin-phase-rule-separator = {"; "}
admin-phase-as-before = as before
admin-phase-yes = yes
admin-phase-no = no
admin-phase-no-cutoff = none
admin-phase-field-cutoff = Account cutoff (blank: as before; none: no cutoff; or a date)
admin-phase-schedule = Schedule the phase
admin-phase-column-from = From
admin-phase-column-critical = Critical role required
admin-phase-column-totp = TOTP users left out
admin-phase-column-key-holders = Key holders may claim
admin-phase-column-eligible = Eligible
admin-phase-problem-not-a-date = give the phase's first day as a date, for example 2026-12-01
admin-phase-problem-changes-nothing = a phase changes one rule at least: require-critical, exclude-totp, allow-key-holders or account-cutoff
admin-phase-problem-outside = a phase starts after the campaign's first day ({ $starts }) and on or before its last ({ $ends })
admin-phase-problem-cutoff = the account cutoff must be a date like 2022-07-01, or none; not “{ $given }”
admin-phase-problem-taken = the campaign has a phase from { $day } already
admin-phase-problem-no-such = there is no phase from { $day }
admin-phase-problem-rule-choice = a rule is left as it is, set to yes, or set to no

## Batches: the forms, the upload's preview, the result
admin-batch-title = Batches · admin
admin-batch-problem-expiry = Give the expiry date as a date, for example 2026-12-31.
admin-batch-problem-count = Give a number of codes between 1 and 1,000,000.
admin-batch-problem-prefix = A prefix has at most 12 characters, letters A–Z and digits only.
admin-batch-problem-no-campaign = There is no campaign named “{ $name }”.
admin-batch-problem-expiry-past = The expiry date { $day } is in the past.
# $outside: country codes.
admin-batch-problem-outside = The offer “{ $offer }” does not ship to { $outside }.
# $offers: the campaign's offers, by name.
admin-batch-problem-unknown-offer = The campaign “{ $campaign }” has no offer named “{ $offer }”. Its offers: { $offers }.
admin-batch-problem-offer-needed = The campaign “{ $campaign }” has several offers: name the batch's ({ $offers }).
admin-batch-generate-heading = Generate a batch
admin-batch-generate-intro = Codes made by keydrop, with a check character, loaded at once; the next page offers them as CSV for the vendor.
admin-batch-field-count = How many codes
admin-batch-field-prefix = Prefix (optional: up to 12 letters and digits)
admin-batch-generate = Generate the codes
admin-batch-field-expires = Codes expire after
admin-batch-field-countries = Only for these countries (optional, e.g. US,CA)
admin-batch-field-label = Label (optional, e.g. the vendor's order number)
admin-batch-generated-title = Batch generated · admin
admin-batch-loaded-title = Batch loaded · admin
admin-batch-generated-heading = Batch generated
admin-batch-loaded-heading = Batch loaded
# $count: codes; $batch: the batch's number.
admin-batch-generated-note = { $count ->
        [one] { $count } code was generated and loaded as batch { $batch }.
       *[other] { $count } codes were generated and loaded as batch { $batch }.
    }
admin-batch-loaded-note = { $count ->
        [one] { $count } code was loaded as batch { $batch }.
       *[other] { $count } codes were loaded as batch { $batch }.
    }
admin-batch-download = Download the codes (CSV, for the vendor)
admin-batch-back-dashboard = Back to the dashboard
admin-batch-load-another = Load another batch
admin-upload-problem-no-file = Choose a file to upload.
admin-upload-problem-too-large = The file is larger than { $mib } MiB: split it into several batches.
admin-upload-problem-confirmed = That upload was loaded already.
admin-upload-problem-bad-lines = { $count ->
        [one] Nothing was loaded: { $count } line is bad (or was loaded by someone else since the preview). Upload the file again to see it.
       *[other] Nothing was loaded: { $count } lines are bad (or were loaded by someone else since the preview). Upload the file again to see them.
    }
admin-upload-problem-nothing = Nothing was loaded: the upload holds no good code.
admin-upload-heading = Upload a batch
# $column: the column's name, shown as code.
admin-upload-intro = A file with one code per line, or CSV with a { $column } column. Every line is checked first; you then see the result and confirm.
admin-upload-busy = Checking the file… a million codes take a minute or two.
admin-upload-field-file = File (at most { $mib } MiB)
admin-upload-check = Check the file
admin-upload-preview-title = Preview · admin
admin-upload-preview-heading = Check before loading
admin-upload-all-countries = all of the campaign's
admin-upload-label = Label
admin-upload-lines-read = Lines read
admin-upload-good-codes = Good codes
admin-upload-bad-lines = Bad lines
# $shown: lines listed; $count: bad lines in all.
admin-upload-first-of = The first { $shown } of { $count }:
admin-upload-loading = Loading…
admin-upload-no-good-code = There is no good code to load.
admin-upload-load-all = { $count ->
        [one] Load the { $count } code
       *[other] Load all { $count } codes
    }
admin-upload-some-bad = Loading all the lines is not possible while some are bad. Fix the file and upload it again, or load only the good lines.
admin-upload-load-good = { $count ->
        [one] Load the { $count } good code only
       *[other] Load the { $count } good codes only
    }
admin-line-column = Line
admin-line-why = Why
admin-line-empty = empty
admin-line-bad-characters = bad characters “{ $chars }”: only A–Z, 0–9 and “-” are allowed
admin-line-too-short = too short: { $count } characters, at least 4
admin-line-too-long = too long: { $count } characters, at most 64
admin-line-duplicate = duplicate in the file: same code as line { $line }
admin-line-already-loaded = already loaded
admin-line-not-utf8 = unreadable: not UTF-8 text
admin-line-not-csv = unreadable: not a CSV record
# A problem of an uploaded CSV file (a vendor's redemption report), said on a page.
admin-upload-unreadable-header = the header line cannot be read
# $name: the missing column; $names: every column the header must name.
admin-upload-missing-column = the column “{ $name }” is missing (the header must name { $names })
admin-upload-unreadable-record = the line cannot be read as CSV
# $problem: one of the admin-line- messages about the code.
admin-upload-report-code = code: { $problem }
admin-upload-report-date = the date must be like 2026-11-30, not “{ $date }”
# Between two problems of one line.
admin-upload-problem-separator = {"; "}

## A vendor's redemption report, read
admin-vendor-title = Redemption report · admin
admin-vendor-heading = Redemption report read
admin-vendor-summary = { $lines ->
        [one] { $lines } line read
       *[other] { $lines } lines read
    }: { $redeemed ->
        [one] { $redeemed } code marked redeemed
       *[other] { $redeemed } codes marked redeemed
    } ({ $held } held by maintainers, { $never } never handed out), { $confirmed } redeemed already, { $unknown } unknown, { $revoked } revoked (left revoked).
admin-vendor-unknown = Codes keydrop does not know
admin-vendor-never-assigned = Codes keydrop never handed out: used outside the giveaway, now marked redeemed so that nobody receives them
admin-vendor-revoked = Revoked codes (left revoked)
# $list: one of the three lists' names; $count: codes in it.
admin-vendor-list-heading = { $list }: { $count }
admin-vendor-line = Line { $line }:
admin-vendor-back = Back to codes

## Codes a maintainer handed back (on the maintainer's page)
admin-release-heading = Codes handed back
# $day: a day and a time.
admin-release-restocked = on { $day }, back to stock
admin-release-retired = on { $day }, retired
