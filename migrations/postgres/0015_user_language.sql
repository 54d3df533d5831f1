-- The language each maintainer reads keydrop in (a code of src/i18n.rs: en, fr, de, it, es,
-- nl, ja, ko), so that mail sent without a request (invitations, reminders) is written in
-- it. Set when they ask for a sign-in link (the sign-in page's language) and when they pick
-- a language with the switcher while signed in. NULL until then: English.
ALTER TABLE users ADD COLUMN language TEXT;
