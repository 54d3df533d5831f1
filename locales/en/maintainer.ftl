# The maintainers' pages: start page, sign-in, giveaway page, hand back, mail, errors.

## Start page
home-title = Security keys for critical projects
home-heading = Security keys for the maintainers of critical projects
home-signed-out = You have signed out.
home-intro = The maintainers of the registry's most downloaded projects can get hardware security keys for free. A promo code from this site, redeemed at the key maker's store, pays for the keys and their shipping.
home-how = To see whether you can take part, sign in with your registry username or email address: we send a one-time sign-in link to the address on your account.
home-who-heading = Who can take part
home-who-critical = You are an Owner or Maintainer of a critical project: one in the top 1% by downloads over the last six months. A project that was critical once stays critical.
home-who-ships = The keys can be shipped to your country.
home-who-no-key = Your account does not use a security key yet (some campaigns also welcome those who do).

## Sign-in
login-sign-in = Sign in
login-empty = Enter your registry username or the email address on your account.
login-link-used = That sign-in link has already been used. Each link works once: ask for a new one below.
login-link-expired = That sign-in link has expired: links work for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Ask for a new one below.
login-link-unknown = That sign-in link is not valid. Check that you copied all of it, or ask for a new one below.
login-intro = We will email a sign-in link to the address on your registry account. It works once, for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
login-field = Username or email address
login-send = Send me a sign-in link
login-sent-title = Check your email
login-sent-notice = If that username or email address belongs to an account, we have sent a sign-in link to the email address on it.
login-sent-works-once = The link works once, for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
# $link is a link reading login-sent-ask-again.
login-sent-nothing = Nothing arrived? Look in your spam folder, or { $link }.
login-sent-ask-again = ask for another link
login-confirm-heading = Sign in to keydrop
login-confirm-intro = You followed a sign-in link. Continue to sign in on this device.
login-confirm-why = Signing in takes this extra step so that mail scanners that open links cannot use yours up.

## The giveaway page
giveaway-title = Your giveaway
giveaway-heading = Your security-key giveaway
giveaway-none-heading = No giveaway yet
giveaway-none = There is no security-key giveaway at the moment.
# $start and $end are dates.
giveaway-claims-open = Claims open from { $start } to { $end }.
giveaway-revoked = The code you were given on this giveaway was revoked by its administrators on { $day }: it no longer works.
giveaway-projects-heading = Your critical projects
giveaway-no-projects = None of the projects you are an Owner or Maintainer of is critical (in the top 1% by downloads).
giveaway-projects-summary = { $count ->
        [one] 1 project
       *[other] { $count } projects
    } in the top 1% by downloads that you are an Owner or Maintainer of
giveaway-column-project = Project
giveaway-column-role = Your role
giveaway-column-rank = Rank when it became critical
giveaway-column-since = Critical since
giveaway-mail-heading = Mail from the giveaway
giveaway-mail-off-note = You turned off invitations and reminders. Sign-in links still come when you ask for one.
giveaway-mail-turn-on = Turn invitations and reminders on
giveaway-mail-on-note = We write to invite you to a giveaway you may claim in, a few days before it closes if you have not claimed, and a few days before your code expires if you have not used it. None of these messages asks you for anything.
giveaway-mail-turn-off = Turn invitations and reminders off

## The code box
code-label = Your promo code
code-copy = Copy code
code-copied = Copied
code-redeemed-vendor = The store reports this code used.
code-redeemed-stripe = You ordered your keys through our store.
code-redeemed-admin = The giveaway's team marked this code used.
code-redeemed-self = You told us you ordered your keys.
code-redeemed-vendor-on = The store reports this code used on { $day }.
code-redeemed-stripe-on = You ordered your keys through our store on { $day }.
code-redeemed-admin-on = The giveaway's team marked this code used on { $day }.
code-redeemed-self-on = You told us you ordered your keys on { $day }.
code-expired = This code expired on { $day } without being used.
code-valid-until = Valid until { $day } ({ $days ->
        [0] last day today
        [one] 1 day left
       *[other] { $days } days left
    }).
code-how-heading = How to use it
code-stripe-how = Order your { $keys ->
        [one] key
       *[other] { $keys } keys
    } in our store on Stripe: the code is applied for you, the order costs nothing, and Stripe asks for a shipping address in one of the countries of this giveaway.
code-stripe-redeem = Redeem: order my keys
# $store is code-store-name, a link to the store when there is one.
code-step-store = Go to { $store }.
code-store-name = the key maker's store
code-step-cart = Put exactly { $keys ->
        [one] one key
       *[other] { $keys } keys
    } in the cart: the code pays for { $keys ->
        [one] one key
       *[other] { $keys } keys
    } and their shipping.
code-step-checkout = Enter the code at checkout, with your shipping address in your country.
code-step-checkout-declared = Enter the code at checkout, with your shipping address in the country you declared: { $country }.
code-does-not-apply = If the store says the code does not apply, check that the cart holds { $keys ->
        [one] one key
       *[other] { $keys } keys
    }, no more and no fewer, and that the code is typed exactly as shown (copying it avoids mistakes).
code-ordered = I have ordered my keys

## The claim form
claim-intro = You can claim one promo code for { $keys ->
        [one] one security key
       *[other] { $keys } security keys
    }.
claim-country-label = Country the keys ship to
# $countries lists the countries, each as "Germany (DE)", joined by claim-list-separator.
claim-country-hint = Its name, in English or in one of the country's own languages (Deutschland, Schweiz, 日本), or its two-letter code, such as DE or GB. The keys ship to: { $countries }.
claim-list-separator = {", "}
claim-empty = Enter the country your keys should ship to.
claim-common-mistake = { $given } is not an ISO country code: for the { $name }, enter { $meant }.
claim-unknown-country = We do not know a country called “{ $given }”. Enter its name, in English or in one of the country's own languages, or its two-letter ISO code, such as DE or JP.
claim-not-served = The keys of this giveaway do not ship to this country: { $country }. Nothing was assigned to you.
claim-none-left-for = No codes are left for this country: { $country }.
claim-unknown-offer = The key you chose is not offered for { $country }: choose one of those listed.
claim-choose-offer = { $count } kinds of key ship to { $country }: choose one below.
claim-roles-gone = The package registry says that, today, you no longer hold an Owner or Maintainer role on any critical project, so no code can be claimed. Nothing was assigned to you. If this is wrong, ask the project's owners to add you again, or write to the giveaway's team.
claim-button = Claim my code
offer-choice-legend = Which key would you like?
offer-choice-plain = { $offer }: one code for { $keys ->
        [one] one key
       *[other] { $keys } keys
    }
offer-choice-by-vendor = { $offer }, by { $vendor }: one code for { $keys ->
        [one] one key
       *[other] { $keys } keys
    }

## Why a maintainer cannot claim
ineligible-closed = Claims for this giveaway are closed: no more codes are handed out.
ineligible-not-open-yet = This giveaway opens on { $day }. Come back then to claim a code.
ineligible-ended = This giveaway ended on { $day }. No more codes are handed out.
ineligible-no-codes-left = Every code of this giveaway has been claimed: none is left.
ineligible-no-critical-role = This giveaway is for the Owners and Maintainers of critical projects, and your account is not an Owner or Maintainer of any critical project.
# $support is ineligible-support-team, a link when the service has a support address.
ineligible-team-account = If you maintain a critical project through a team or organisation account, ask { $support } to look at your case.
ineligible-support-team = the registry's support team
ineligible-account-too-new = This giveaway is for accounts created on or before { $cutoff }; yours was created on { $joined }.
ineligible-has-security-key = Your account already uses a security key, and this giveaway is for maintainers who do not have one yet. Thank you for protecting your projects.
ineligible-has-totp = At this stage the giveaway is for maintainers who have no second factor yet, and your account already uses an authentication app. Thank you for protecting your projects.
ineligible-handed-back = You handed back the code you were given on this giveaway, and a code handed back cannot be claimed again here.
phase-note-widens = The rules of this giveaway widen on { $day }, and from that day they admit you: come back then to claim a code, while codes are left.

## Handing a code back
# $link is a link reading release-hint-link.
release-hint = Will you not use this code? { $link } so that it can go to someone else.
release-hint-link = Hand it back
release-title = Hand back your code
release-about = You are about to hand back your promo code { $code } of { $campaign }.
release-restock = It goes to another maintainer: do not use it afterwards.
release-retire = It stops working: nobody can use it afterwards.
release-claim-again = You may claim another code later, while codes are left.
release-no-claim-again = You cannot claim another code in this giveaway.
release-button = Hand back my code
release-keep = Keep it

## Confirmation step
confirm-title = Please confirm
confirm-ordered-heading = Have you ordered your keys?
confirm-ordered = Say so only once your order with the code of { $campaign } is placed: the code then counts as used, and this cannot be undone.
confirm-ordered-button = Yes, I have ordered my keys
confirm-go-back = No, go back

## Unsubscribing from the giveaway mail
unsubscribe-title = Giveaway mail
unsubscribe-ask = Stop invitations and reminders about security-key giveaways for the account { $username }? Sign-in links still come when you ask for one.
unsubscribe-button = Stop giveaway mail
unsubscribe-done = Done: the account { $username } gets no more invitations or reminders.
# $signed_in is a link to the sign-in page reading unsubscribe-signed-in.
unsubscribe-turn-on-again = You can turn them on again on your page, once { $signed_in }.
unsubscribe-signed-in = signed in
unsubscribe-unknown = That link is not valid. Check that you copied all of it; or { $sign_in } and turn giveaway mail off on your page.
unsubscribe-sign-in = sign in

## Messages after an action
flash-signed-in = You are signed in.
flash-claimed = Your code is ready. It is yours alone: it is shown here whenever you come back.
flash-already-held = You already have a code for this giveaway: here it is again.
flash-redeemed = Thank you: we have noted that you ordered your keys.
flash-checkout-done = Thank you for your order. Your code shows as redeemed as soon as Stripe confirms it, usually within a minute.
flash-checkout-not-ready = Your code is still being set up in the store. Please try again in a few minutes.
flash-mail-on = Invitations and reminders are on: we will write when a giveaway opens, closes soon, or your code is about to expire.
flash-mail-off = Invitations and reminders are off: you will get no more of them. Sign-in links still come when you ask for one.
flash-checkout-failed = The store could not be reached. Your code is unchanged: please try again in a few minutes.
flash-handed-back = You handed your code back: it is no longer yours to use. Thank you for saying so.
flash-nothing-to-hand-back = You hold no unused code in this giveaway to hand back: it was handed back or used already.

## Error pages
# The title of a page that shows a problem.
error-title = Error: { $title }
error-go-home = Go to the start page
error-not-found-heading = Page not found
error-not-found = There is no page at this address.
error-csrf-heading = This form has expired
error-csrf = The page you sent the form from was too old, or was opened in another session. Go back, reload the page and try again.
error-bad-request-heading = That request could not be read
error-bad-request = Go back, reload the page and try again.
error-internal-heading = Something went wrong on our side
error-internal = We could not complete your request and have logged the problem. Nothing you did caused it. Please try again in a moment.
error-busy-heading = keydrop is very busy right now
error-busy = Your request could not be handled in time, and nothing was changed by it. Please try again in a few seconds: a claim that did not go through can simply be made again, and a code you already hold stays yours.
error-too-many-sign-ins-heading = Too many sign-in requests
error-too-many-sign-ins = Sign-in links were asked for too often in a short time. If a link reached you, the newest one works: it replaced the ones before it. Otherwise, please try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-totp-locked-heading = The admin area of your account is locked
error-totp-locked = Too many wrong codes were entered for your account, so its admin area is locked for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. This has been recorded. If you did not enter them, someone else may have your sign-in link: tell the other admins.
error-too-many-claims-heading = Too many claims in a short time
error-too-many-claims = Please try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. A code you already hold stays yours.
error-too-many-heading = Too many requests
error-too-many = Please try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-too-large-heading = That is more than this page takes
error-too-large = What you sent is larger than this address accepts, and nothing was changed. Go back, make it shorter (or the file smaller) and try again.
error-not-text-heading = That request holds characters that are not text
error-not-text = Something you sent holds a NUL, a control character or bytes that are not UTF-8, and nothing was changed. Go back, type the text again (rather than pasting it) and send it again.
error-signed-out-heading = Sign in first
# $sign_in is a link to the sign-in page reading error-signed-out-link.
error-signed-out = You are not signed in, or your session has ended, so nothing was changed. { $sign_in }, then send the form again.
error-signed-out-link = Sign in
error-field-too-long-heading = A field is too long
error-field-too-long = Each field takes at most { $max } characters, and nothing was changed. Go back, shorten the text and send the form again.
error-method-heading = That is not how this page is used
error-method = This address does not answer that kind of request.
error-uri-too-long-heading = That address is too long
error-uri-too-long = The service does not read addresses this long.
error-timed-out-heading = Your request took too long to arrive
error-timed-out = Nothing was changed. Please check your connection and try again.
error-unauthorized-heading = Sign-in required
error-unauthorized = This address needs a valid bearer token.
