# Die Seiten Codes, Maintainer, Anmeldung und Sicherheitsschlüssel des Adminbereichs, seine
# Navigation und seine Bestätigungsschritte (templates/admin/, src/web/admin/).

## Navigation (jede Adminseite)
admin-nav-label = Adminbereich
admin-nav-dashboard = Übersicht
admin-nav-campaigns = Aktionen
admin-nav-batches = Chargen
admin-nav-codes = Codes
admin-nav-maintainers = Maintainer
admin-nav-security-keys = Ihre Sicherheitsschlüssel

## Codes: die Suche und der Einlösebericht des Anbieters
admin-codes-title = Codes · Admin
admin-codes-heading = Codes
admin-codes-search-label = Code (oder sein Anfang), Benutzername oder E-Mail-Adresse
admin-codes-search = Suchen
admin-codes-none-match = Kein Code passt zu „{ $query }“.
admin-codes-found = Gefundene Codes
admin-codes-matching = Codes passend zu „{ $query }“
admin-code-column-code = Code
admin-code-column-campaign = Aktion
admin-code-column-state = Status
admin-code-column-holder = Inhaber
admin-code-column-country = Land
admin-code-column-expires = Gültig bis
admin-codes-report-heading = Einlösebericht des Anbieters
admin-codes-report-explained = Eine CSV-Datei mit einer Spalte „code“ und einer Spalte „date“ (der Tag, an dem der Code eingelöst wurde). Die darin enthaltenen Codes werden als eingelöst markiert; es wird nichts markiert, solange nicht jede Zeile lesbar ist.
admin-codes-report-no-file = Wählen Sie eine Datei zum Hochladen aus.
admin-codes-report-too-large = Die Datei ist größer als { $mib } MiB: Teilen Sie sie auf.
admin-codes-report-bad-lines = Es wurde nichts markiert: { $count ->
        [one] { $count } Zeile des Berichts ist nicht lesbar
       *[other] { $count } Zeilen des Berichts sind nicht lesbar
    }. Korrigieren Sie sie und laden Sie den Bericht erneut hoch.
admin-codes-report-line = Zeile { $line }: { $problem }
admin-codes-report-file = Bericht (höchstens { $mib } MiB)
admin-codes-report-submit = Gemeldete Codes als eingelöst markieren

## Status eines Codes
admin-code-state-available = verfügbar
admin-code-state-assigned = vergeben
admin-code-state-redeemed = eingelöst
admin-code-state-expired = abgelaufen
admin-code-state-revoked = widerrufen

## Die Seite eines Codes
admin-code-title = Code { $code } · Admin
admin-code-heading = Code
admin-code-campaign = Aktion
admin-code-campaign-batch = { $campaign } (Charge { $batch })
admin-code-state = Status
admin-code-expires = Gültig bis
admin-code-holder = Inhaber
admin-code-holder-nobody = niemand
admin-code-country = Angegebenes Land
admin-code-assigned = Vergeben am
admin-code-redeemed = Eingelöst am
admin-code-redeemed-via-holder = vom Inhaber gemeldet
admin-code-redeemed-via-vendor = Bericht des Anbieters
admin-code-redeemed-via-admin = von einem Admin markiert
admin-code-redeemed-via-stripe = Stripe-Bezahlvorgang
admin-code-revoked = Widerrufen am
admin-code-revoked-because = { $when }: { $reason }
admin-code-stripe = Stripe
admin-code-stripe-published-as = veröffentlicht als
admin-code-stripe-inactive = , in Stripe inaktiv
admin-code-stripe-times-redeemed = ; dort { $count ->
        [one] einmal
       *[other] { $count }-mal
    } eingelöst
admin-code-stripe-failed = fehlgeschlagen
admin-code-stripe-failed-details = ({ $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuche
    }, nächster Versuch { $next }):
admin-code-stripe-deactivated = in Stripe deaktiviert ({ $when })
admin-code-stripe-waiting = wartet auf Veröffentlichung
admin-code-act-heading = Diesen Code bearbeiten
admin-code-revoke-reason = Grund für den Widerruf (wird im Audit-Protokoll gespeichert)
admin-code-revoke = Code widerrufen
admin-code-revoke-hint = Der Inhaber sieht, dass der Code widerrufen wurde, und kann einen anderen anfordern, solange die Aktion läuft.
admin-code-mark-redeemed = Als eingelöst markieren

## Der Verlauf eines Codes
admin-history-heading = Verlauf
admin-history-empty = Nichts aufgezeichnet.
admin-history-when = Wann
admin-history-who = Wer
admin-history-what = Was
admin-history-details = Einzelheiten
admin-history-code-claim = Angefordert
admin-history-code-redeem = Als eingelöst markiert
admin-history-code-revoke = Widerrufen
admin-history-code-expire = Ungenutzt abgelaufen
admin-history-code-hand-back = Vom Inhaber zurückgegeben
admin-history-stripe-publish = In Stripe als Aktionscode veröffentlicht
admin-history-stripe-checkout-ignored = Ein Stripe-Bezahlvorgang dafür wurde ignoriert
admin-history-stripe-checkout-unknown = Stripe meldete einen Bezahlvorgang, den keydrop nicht kennt
admin-history-grant-add = Berechtigung erteilt
admin-history-grant-withdraw = Berechtigung entzogen
admin-history-login = Angemeldet
admin-history-actor-maintainer = Maintainer { $name }
admin-history-actor-admin = Admin { $name }
admin-history-actor-api-token = API-Token { $token }
admin-history-actor-command-line = Kommandozeile
admin-history-actor-command-line-of = Kommandozeile ({ $who })
admin-history-actor-stripe = Stripe
admin-history-actor-system = System
admin-history-detail-declared-country = angegebenes Land: { $country }
admin-history-detail-reported-by-holder = vom Inhaber gemeldet
admin-history-detail-marked-by-admin = von einem Admin markiert
admin-history-detail-handed-back-restocked = zurück in den Bestand
admin-history-detail-handed-back-retired = aus dem Verkehr gezogen

## Bestätigungsschritte der Admin-Aktionen
admin-action-close-claims-heading = Anforderungen für { $campaign } jetzt schließen?
admin-action-close-claims-explained = Alle Anforderungen enden sofort, auf jedem Server, unabhängig von den Daten. Bereits angeforderte Codes bleiben bei ihren Inhabern. Sie können die Anforderungen später auf der Seite der Aktion wieder öffnen.
admin-action-close-claims-yes = Ja, Anforderungen jetzt schließen
admin-action-revoke-heading = Code { $code } widerrufen?
admin-action-revoke-explained = Der Code funktioniert für seinen Inhaber nicht mehr; dieser sieht, dass er widerrufen wurde, und kann einen anderen anfordern, solange die Aktion läuft. Dies kann nicht rückgängig gemacht werden.
admin-action-revoke-reason = Grund, im Audit-Protokoll gespeichert: { $reason }
admin-action-revoke-yes = Ja, Code widerrufen

## Maintainer
admin-maintainers-title = Maintainer · Admin
admin-maintainers-heading = Maintainer
admin-maintainers-search-label = Benutzername (oder sein Anfang) oder E-Mail-Adresse
admin-maintainers-search = Suchen
admin-maintainers-none-match = Niemand passt zu „{ $query }“.

## Die Seite eines Maintainers
admin-maintainer-title = { $username } · Admin
admin-maintainer-email = E-Mail
admin-maintainer-joined = Konto erstellt am
admin-maintainer-two-factors = Zwei-Faktor-Authentifizierung
admin-maintainer-two-factors-key = Sicherheitsschlüssel
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = keine
admin-maintainer-projects = Kritische Projekte
admin-maintainer-no-projects = Keine Rolle in einem kritischen Projekt.
admin-maintainer-project = { $project }: { $role },
admin-maintainer-project-rank = Rang { $rank }, als es kritisch wurde, am
admin-maintainer-eligibility = Berechtigung
admin-maintainer-holds = Hat
admin-maintainer-may-claim = Berechtigt: Kann einen Code anfordern.
admin-maintainer-grant-heading = Sonderfreigabe
admin-maintainer-granted-by = Berechtigung erteilt von { $admin } am { $when }:
admin-maintainer-withdraw-reason = Grund für den Entzug
admin-maintainer-withdraw = Sonderfreigabe entziehen
admin-maintainer-grant-explained = Eine Sonderfreigabe macht diesen Maintainer berechtigt, unabhängig von seinen Rollen, dem Alter seines Kontos oder seinen Schlüsseln, etwa wenn seine Projekte unter dem Konto eines Teams oder einer Organisation geführt werden. Die Daten und der Bestand der Aktion gelten weiterhin.
admin-maintainer-grant-needs-reason = Geben Sie einen Grund für die Sonderfreigabe an.
admin-maintainer-grant-reason = Grund (wird im Audit-Protokoll gespeichert)
admin-maintainer-grant = Berechtigung erteilen

## Der zweite Faktor der Admin-Anmeldung
admin-signin-title = Admin-Anmeldung: zweiter Faktor
admin-signin-title-error = Fehler: Admin-Anmeldung: zweiter Faktor
admin-signin-heading = Zweiter Faktor erforderlich
admin-signin-needs-code = Der Adminbereich verlangt zusätzlich zu Ihrem Anmeldelink einen Code aus Ihrer Authenticator-App.
admin-signin-needs-code-or-key = Der Adminbereich verlangt zusätzlich zu Ihrem Anmeldelink einen Code aus Ihrer Authenticator-App oder einen Ihrer Sicherheitsschlüssel.
admin-signin-needs-key = Der Adminbereich verlangt zusätzlich zu Ihrem Anmeldelink einen Ihrer Sicherheitsschlüssel: Bei diesem Dienst genügt ein Code aus einer App nicht.
admin-signin-use-key-heading = Sicherheitsschlüssel verwenden
admin-signin-key-refused = Dieser Sicherheitsschlüssel wurde nicht akzeptiert (ein Schlüssel eines anderen Kontos, ein entfernter Schlüssel oder eine bereits verwendete Antwort). Versuchen Sie es erneut.
admin-signin-use-key = Meinen Sicherheitsschlüssel verwenden
admin-signin-or-code-heading = Oder geben Sie einen Code ein
admin-signin-code-refused = Dieser Code ist nicht richtig oder wurde bereits verwendet. Geben Sie den Code ein, den Ihre App jetzt anzeigt.
admin-signin-enrol-heading = Richten Sie Ihre Authenticator-App ein
admin-signin-enrol-scan = Scannen Sie diesen QR-Code mit einer Authenticator-App (oder geben Sie den Schlüssel unten von Hand ein).
admin-signin-enrol-qr = QR-Code mit dem Schlüssel für Ihre Authenticator-App
admin-signin-enrol-enter = Geben Sie zum Abschluss den sechsstelligen Code ein, den sie anzeigt.
admin-signin-enrol-secret = Schlüssel zur Eingabe von Hand:
admin-signin-enrol-keep-secret = Dieser Schlüssel wird nur angezeigt, bis Ihr erster Code ihn bestätigt. Halten Sie ihn geheim.
admin-signin-recovery-hint = Telefon verloren? Geben Sie statt des Codes einen der Wiederherstellungscodes ein, die Sie beim Einrichten der App erhalten haben; jeder funktioniert einmal. Sie sehen so aus:
admin-signin-code-label = Sechsstelliger Code
admin-signin-code-or-recovery-label = Sechsstelliger Code oder ein Wiederherstellungscode
admin-signin-continue = Weiter

## Wiederherstellungscodes, einmal angezeigt nach dem Einrichten der App
admin-recovery-title = Ihre Wiederherstellungscodes
admin-recovery-heading = Ihre Authenticator-App ist eingerichtet
admin-recovery-explained = Falls Sie das Telefon mit Ihrer Authenticator-App einmal verlieren, öffnet Ihnen jeder dieser Wiederherstellungscodes den Adminbereich einmal, anstelle eines sechsstelligen Codes.
admin-recovery-shown-once = Sie werden nur jetzt angezeigt
admin-recovery-keep = : Drucken Sie sie aus oder bewahren Sie sie in Ihrem Passwort-Manager auf, getrennt von Ihrem Telefon.
admin-recovery-continue = Ich habe sie gespeichert: weiter

## Die Sicherheitsschlüssel des Admins
admin-keys-title = Ihre Sicherheitsschlüssel
admin-keys-explained = Ein Sicherheitsschlüssel kann Ihr zweiter Faktor für den Adminbereich sein, anstelle eines Codes aus Ihrer Authenticator-App.
admin-keys-required = Bei diesem Dienst ist ein Schlüssel erforderlich: Mit Codes aus der App können Sie nur Ihren ersten Schlüssel registrieren.
admin-keys-added = Ihr Schlüssel „{ $name }“ wurde hinzugefügt. Verwenden Sie ihn, wenn der Adminbereich das nächste Mal nach Ihrem zweiten Faktor fragt.
admin-keys-removed = Der Schlüssel „{ $name }“ wurde entfernt: Er öffnet den Adminbereich nicht mehr.
admin-keys-not-added = Der Schlüssel wurde nicht hinzugefügt: Seine Antwort war nicht gültig, oder die Registrierung hat länger als fünf Minuten gedauert. Versuchen Sie es erneut.
admin-keys-already-registered = Dieser Schlüssel ist bereits registriert.
admin-keys-last-factor = Dieser Schlüssel ist Ihr letzter zweiter Faktor und kann daher nicht entfernt werden: Fügen Sie zuerst einen anderen Schlüssel hinzu.
admin-keys-last-accepted-factor = Dieser Schlüssel ist Ihr letzter zweiter Faktor, den dieser Dienst akzeptiert, und kann daher nicht entfernt werden: Fügen Sie zuerst einen anderen Schlüssel hinzu.
admin-keys-none = Sie haben noch keinen Sicherheitsschlüssel.
admin-keys-column-name = Name
admin-keys-column-added = Hinzugefügt
admin-keys-column-last-used = Zuletzt verwendet
admin-keys-column-remove = Entfernen
admin-keys-never-used = nie
admin-keys-remove = „{ $name }“ entfernen
admin-keys-add-heading = Schlüssel hinzufügen
admin-keys-name-label = Ein Name für den Schlüssel, damit Sie ihn von Ihren anderen unterscheiden können
admin-keys-press-hint = Drücken Sie die Schaltfläche und berühren Sie dann Ihren Schlüssel, wenn er blinkt. Dafür wird JavaScript benötigt.
admin-keys-add = Diesen Schlüssel hinzufügen
admin-keys-unavailable = Sicherheitsschlüssel können hier nicht verwendet werden: Die Adresse des Dienstes (KEYDROP_BASE_URL) muss ein Domainname sein, keine IP-Adresse.
admin-keys-totp-stays = Ihre Authenticator-App bleibt eingerichtet.
admin-keys-totp-stays-fallback = Ihre Authenticator-App bleibt als Ausweichmöglichkeit eingerichtet.
admin-keys-js-unsupported = Dieser Browser kann keine Sicherheitsschlüssel verwenden.
admin-keys-js-failed = Der Sicherheitsschlüssel konnte nicht verwendet werden.
admin-keys-js-touch = Berühren Sie jetzt Ihren Sicherheitsschlüssel.
admin-keys-js-no-answer = Der Sicherheitsschlüssel hat nicht geantwortet, oder die Anfrage wurde abgebrochen. Versuchen Sie es erneut.
admin-keys-start-needs-domain = Sicherheitsschlüssel setzen voraus, dass der Dienst unter einem Domainnamen läuft.
admin-keys-start-name-length = Geben Sie dem Schlüssel einen Namen mit 1 bis { $max } Zeichen.
admin-keys-start-unavailable = Hier kann kein Sicherheitsschlüssel verwendet werden.
admin-keys-start-no-key = Dieses Konto hat keinen Sicherheitsschlüssel.

## Der Adminbereich für Personen, die keine Admins sind
admin-forbidden-title = Nur für Admins
admin-forbidden-explained = Dieser Teil von keydrop ist den Administratoren der Aktion vorbehalten, und Ihr Konto gehört nicht dazu.
admin-forbidden-giveaway-link = Zu Ihrer Seite der Aktion
