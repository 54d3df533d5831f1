skip-to-content = Zum Inhalt springen
tagline = Kostenlose Sicherheitsschlüssel für die Maintainer kritischer Projekte
signed-in-as = Angemeldet als { $username }
sign-out = Abmelden
footer-never-asks = keydrop fragt nie nach Ihrem Passwort. Codes sind nur einmal gültig und an Ihr Konto gebunden; bitte geben Sie sie nicht weiter.
language-switcher = Sprache
admin-area = Verwaltungsbereich
help-contact = Hilfe und Kontakt: das Support-Team der Aktion
