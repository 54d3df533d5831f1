# Verwaltungsseiten: Übersicht, Aktionen und Chargen (siehe locales/en/admin-campaigns.ftl).

## Übersicht
admin-dashboard-title = Verwaltungsübersicht
admin-dashboard-heading = Übersicht
admin-dashboard-locked = Seit Ihrem letzten Besuch wurde der Verwaltungsbereich Ihres Kontos nach zu vielen falschen Codes gesperrt:
admin-dashboard-locked-when = am { $at }, bis { $until }
admin-dashboard-locked-advice = Wenn Sie diese Codes nicht eingegeben haben, hatte jemand anderes Ihren Anmeldelink: Informieren Sie die anderen Admins und melden Sie alle Sitzungen mit { $command } ab.
admin-dashboard-adoption-heading = Verbreitung der Zwei-Faktor-Authentifizierung unter Maintainern kritischer Projekte
admin-dashboard-adoption-region = Verbreitung der Zwei-Faktor-Authentifizierung
admin-dashboard-protection = Schutz
admin-dashboard-maintainers = Maintainer
admin-dashboard-share = Anteil
admin-dashboard-security-key = Sicherheitsschlüssel
admin-dashboard-totp-only = Nur TOTP
admin-dashboard-no-factor = Keiner
admin-dashboard-all = Alle
admin-dashboard-registry-heading = Eigentümerschaft beim Register geprüft
admin-dashboard-registry-hint = Seit dem Start dieses Servers. Wenn das Register keine brauchbare Antwort gab, entschieden die importierten Daten.
admin-dashboard-registry-asked = Anfragen
admin-dashboard-registry-cached = Aus dem Cache beantwortet
admin-dashboard-registry-fallbacks = Keine brauchbare Antwort (importierte Daten entschieden)
admin-dashboard-registry-refusals = Abgelehnte Anforderungen: jede kritische Rolle verloren
admin-dashboard-mail-heading = E-Mail
admin-dashboard-mail-queued = In der Warteschlange
admin-dashboard-mail-retrying = Davon warten auf einen neuen Versuch
admin-dashboard-mail-sent = Gesendet
admin-dashboard-mail-failed = Fehlgeschlagen
admin-dashboard-mail-cancelled = Storniert (nicht mehr zutreffend)
admin-dashboard-mail-waits = Warum E-Mails in der Warteschlange warten: { $error }
admin-dashboard-failed-region = Aufgegebene Nachrichten
admin-dashboard-failed-caption = Aufgegebene Nachrichten, neueste zuerst ({ $command } stellt sie erneut in die Warteschlange)
admin-dashboard-failed-message = Nachricht
admin-dashboard-failed-to = An
admin-dashboard-campaign = Aktion
admin-dashboard-failed-attempts = Versuche
admin-dashboard-failed-given-up = Aufgegeben
admin-dashboard-failed-last-error = Letzter Fehler
admin-dashboard-no-campaign = Noch keine Aktion.
admin-dashboard-dates = Anforderungen möglich vom { $from } bis zum { $to }.
admin-dashboard-dates-closed = Anforderungen möglich vom { $from } bis zum { $to }; von einem Admin geschlossen.
admin-dashboard-eligible = Berechtigte Maintainer
admin-dashboard-signed-in = Angemeldet
admin-dashboard-claimed = Angefordert
admin-dashboard-redeemed = Eingelöst
admin-dashboard-expired = Abgelaufen
admin-dashboard-revoked = Widerrufen
admin-dashboard-codes-left = Verbleibende Codes
admin-dashboard-keys-heading = Schlüssel im Einsatz
admin-dashboard-keys-holders = Maintainer, die einen Code erhalten haben
admin-dashboard-keys-at-claim = Mit Sicherheitsschlüssel bei der Anforderung
admin-dashboard-keys-now = Mit Sicherheitsschlüssel heute
admin-dashboard-keys-gained = Seit der Anforderung einen registriert
admin-dashboard-keys-unknown = { $count ->
        [one] { $count } Maintainer hat angefordert, bevor keydrop Schlüssel zum Zeitpunkt der Anforderung erfasste: Er zählt nur unter „heute“.
       *[other] { $count } Maintainer haben angefordert, bevor keydrop Schlüssel zum Zeitpunkt der Anforderung erfasste: Sie zählen nur unter „heute“.
    }
admin-dashboard-keys-now-note = „Heute“ bezieht sich auf den letzten Import aus dem Register.
admin-dashboard-batches-heading = Chargen
admin-dashboard-no-batch = Noch keine Charge geladen: { $link }.
admin-dashboard-no-batch-link = eine hochladen oder erzeugen
admin-dashboard-batch = Charge
admin-dashboard-countries = Länder
admin-dashboard-expires = Ablauf
admin-dashboard-days-to-expiry = Tage bis zum Ablauf
admin-dashboard-codes = Codes
admin-dashboard-left = Übrig
admin-dashboard-assigned = Vergeben
admin-dashboard-all-countries = alle
admin-dashboard-batch-expired = abgelaufen
admin-dashboard-no-country = Noch kein Land: Codes werden pro Land gezählt, sobald eine Charge geladen ist.
admin-dashboard-country = Land

## Tagesdiagramm
admin-chart-title = Anforderungen und Einlösungen pro Tag
admin-chart-period-day = Am { $day }:
admin-chart-period = Vom { $from } bis zum { $to }:
admin-chart-totals = { $claimed } angefordert, { $redeemed } eingelöst.
admin-chart-desc-lines = Anforderungen sind die durchgezogene Linie, Einlösungen die gestrichelte. Die Tabelle der Tageswerte unter dem Diagramm enthält jeden Wert.
admin-chart-day = Tag
admin-chart-per-day = Codes pro Tag
admin-chart-claims = Anforderungen
admin-chart-redemptions = Einlösungen
admin-chart-caption-day = Anforderungen (durchgezogene Linie) und Einlösungen (gestrichelte Linie) pro Tag, am { $day }.
admin-chart-caption = Anforderungen (durchgezogene Linie) und Einlösungen (gestrichelte Linie) pro Tag, vom { $from } bis zum { $to }.
admin-chart-in-total = Insgesamt: { $claimed } angefordert, { $redeemed } eingelöst.
admin-chart-no-data = In diesem Zeitraum wurden keine Codes angefordert oder eingelöst.
admin-chart-daily-numbers = Tageswerte
admin-chart-total = Summe
admin-phase-from = Phase ab dem { $day }

## Ergebnisdiagramm
admin-outcome-heading = Das Ergebnis, Import für Import
admin-outcome-title = Zweite Faktoren unter den Maintainern kritischer Projekte, pro Import aus dem Register
admin-outcome-imports = { $count ->
        [one] { $count } Import aus dem Register vom { $from } bis zum { $to }.
       *[other] { $count } Importe aus dem Register vom { $from } bis zum { $to }.
    }
admin-outcome-latest = Beim letzten Import: { $projects } kritische Projekte, { $maintainers } kritische Maintainer, davon { $any } mit irgendeinem zweiten Faktor, { $totp } mit TOTP und { $keys } mit Sicherheitsschlüssel.
admin-outcome-desc-table = Die Tabelle unter dem Diagramm enthält jeden Wert.
admin-outcome-x-caption = Import aus dem Register
admin-outcome-y-caption = Projekte oder Maintainer
admin-outcome-critical-projects = Kritische Projekte
admin-outcome-critical-maintainers = Kritische Maintainer
admin-outcome-any-factor = Irgendein zweiter Faktor
admin-outcome-totp = TOTP
admin-outcome-security-key = Sicherheitsschlüssel
admin-outcome-caption = Kritische Projekte (grau gepunktet), ihre Maintainer (blau durchgezogen) und davon jene mit irgendeinem zweiten Faktor (violett strichpunktiert), mit TOTP (orange gestrichelt) und mit Sicherheitsschlüssel (grün durchgezogen), wie jeder Import aus dem Register sie vorfand.
admin-outcome-figures = Werte pro Import
admin-outcome-table-caption = Kritische Projekte und die zweiten Faktoren ihrer Maintainer, pro Import aus dem Register
admin-outcome-import-utc = Importzeitpunkt (UTC)
admin-outcome-with-totp = Mit TOTP
admin-outcome-with-key = Mit Sicherheitsschlüssel
admin-outcome-with-any = Mit irgendeinem zweiten Faktor
admin-outcome-none = Noch kein Import aus dem Register erfasst: Die Werte beginnen mit dem nächsten { $command }.

## Aktionen
admin-campaign-error-prefix = Fehler:{" "}
admin-campaign-list-title = Aktionen · Verwaltung
admin-campaign-list-heading = Aktionen
admin-campaign-list-empty = Noch keine Aktion: Legen Sie unten die erste an.
admin-campaign-list-caption = Alle Aktionen, die zuletzt beginnende zuerst
admin-campaign-column-campaign = Aktion
admin-campaign-column-claims = Anforderungen
admin-campaign-column-from = Von
admin-campaign-column-to = Bis
admin-campaign-column-countries = Länder
admin-campaign-new-heading = Neue Aktion
admin-campaign-create = Aktion anlegen
admin-campaign-badge-open = offen
admin-campaign-badge-not-open = nicht offen
admin-campaign-status-upcoming = noch nicht offen
admin-campaign-status-open = offen
admin-campaign-status-closed = von einem Admin geschlossen
admin-campaign-status-ended = beendet
admin-campaign-status-purged = bereinigt
admin-campaign-page-title = { $name } · Verwaltung
admin-campaign-saved = Gespeichert.
admin-campaign-claims-status = Anforderungen: { $status }.
admin-campaign-purged = Ihre personenbezogenen Daten wurden am { $day } gelöscht; ihr Archiv bewahrt die Zahlen.
admin-campaign-switch-heading = Notschalter
admin-campaign-closed-note = Anforderungen sind geschlossen, unabhängig von den Daten. Maintainer mit einem Code sehen ihn weiterhin und können ihn einlösen.
admin-campaign-reopen = Anforderungen wieder öffnen
admin-campaign-close-note = Das Schließen stoppt sofort jede Anforderung, auf allen Servern. Bereits angeforderte Codes bleiben bei ihren Inhabern.
admin-campaign-close = Anforderungen jetzt schließen
admin-campaign-coupon = Gutschein: { $coupon }.
admin-campaign-no-coupon = Gutschein: noch nicht erstellt.
admin-campaign-promotion-codes = Aktionscodes: { $published } veröffentlicht, { $pending } wartend, { $failed } fehlgeschlagen (später erneut versucht), { $deactivated } deaktiviert.
admin-campaign-stripe-failure = Letzter Fehler: { $reason }
admin-campaign-exports-heading = Exporte (CSV)
admin-campaign-export-codes = Codes mit Status und Inhaber
admin-campaign-export-claims = Anforderungen und Einlösungen pro Land und Tag
admin-campaign-export-audit = Das Prüfprotokoll der Aktion
admin-campaign-archives-heading = Archive
admin-campaign-no-archive = Noch keines. Nach dem Ende der Aktion bewahrt { $archive } ihre Zahlen (pro Land, Tag und Charge, ohne Benutzernamen oder E-Mail-Adressen); { $purge } löscht danach ihre personenbezogenen Daten.
admin-campaign-archive = Archiv { $id }
admin-campaign-archive-made = , erstellt am { $day } von { $by }
admin-campaign-settings-heading = Einstellungen
admin-campaign-settings-hint = Bereits angeforderte Codes bleiben bei ihren Inhabern, was immer Sie hier ändern.
admin-campaign-save-settings = Einstellungen speichern
admin-campaign-not-saved = { $count ->
        [one] Die Aktion wurde nicht gespeichert: ein Problem ist zu beheben.
       *[other] Die Aktion wurde nicht gespeichert: { $count } Probleme sind zu beheben.
    }
admin-campaign-field-name = Name
admin-campaign-field-countries = Lieferländer der Schlüssel (ISO-3166-1-Codes, z. B. US,CA,GB)
admin-campaign-field-starts = Erster Tag für Anforderungen (UTC)
admin-campaign-field-ends = Letzter Tag für Anforderungen (UTC)
admin-campaign-field-store = Der Shop des Anbieters, in dem Codes eingelöst werden (optional)
admin-campaign-field-keys = Schlüssel, die ein Code bezahlt
admin-campaign-field-cutoff = Nach diesem Tag erstellte Konten sind nicht berechtigt (optional)
admin-campaign-field-key-holders = Maintainer, die bereits einen Sicherheitsschlüssel verwenden, dürfen ebenfalls anfordern
admin-campaign-field-fulfilment = Wo Codes eingelöst werden
admin-campaign-field-vendor = Im Shop des Anbieters (der Link oben)
admin-campaign-field-stripe = Über den Stripe-Checkout von keydrop (die Bestellung kostet nichts: Jeder Code ist ein Aktionscode über 100 %)
admin-campaign-field-product = Stripe: Produktname
admin-campaign-field-price = Stripe: Preis eines Schlüssels in der kleinsten Einheit der Währung (3000 für 30,00)
admin-campaign-field-currency = Stripe: Währung (ISO 4217, z. B. eur)
admin-campaign-field-ended-message = Was Maintainer lesen, wenn die Aktion vorbei oder geschlossen ist (optional)
admin-campaign-problem-starts = Geben Sie den ersten Tag als Datum an, zum Beispiel 2026-12-01.
admin-campaign-problem-ends = Geben Sie den letzten Tag als Datum an, zum Beispiel 2027-01-31.
admin-campaign-problem-cutoff = Geben Sie den Kontostichtag als Datum an oder lassen Sie das Feld leer.
admin-campaign-problem-keys-number = Geben Sie die Schlüssel pro Code als ganze Zahl an.
admin-campaign-problem-countries = Länder: { $problem }.
admin-campaign-problem-name-empty = Geben Sie der Aktion einen Namen.
admin-campaign-problem-name-long = Der Name ist zu lang: höchstens 80 Zeichen.
admin-campaign-problem-name-slash = Der Name darf kein „/“ enthalten: Er ist Teil der Adressen der API.
admin-campaign-problem-ends-before = Der letzte Tag ({ $ends }) liegt vor dem ersten Tag ({ $starts }).
admin-campaign-problem-keys-range = Die Schlüssel pro Code müssen zwischen 1 und 10 liegen.
admin-campaign-problem-store-url = Der Shop-Link muss eine Webadresse sein, die mit https:// oder http:// beginnt.
admin-campaign-problem-message-long = Die Nachricht nach dem Ende ist zu lang: höchstens 2.000 Zeichen.
admin-campaign-problem-fulfilment = Wählen Sie, wo Codes eingelöst werden: im Shop des Anbieters oder über Stripe.
admin-campaign-problem-stripe-product = Eine Stripe-Aktion braucht einen Produktnamen, einen Preis und eine Währung.
admin-campaign-problem-unit-amount = Geben Sie den Preis als ganze Zahl in der kleinsten Einheit der Währung an (3000 für 30,00).
admin-campaign-problem-currency = Geben Sie die Währung als dreibuchstabigen ISO-4217-Code an, zum Beispiel eur oder usd.
admin-campaign-problem-name-taken = Es gibt bereits eine Aktion namens „{ $name }“.
admin-campaign-problem-hand-back = zurückgegebene Codes kommen zurück in den Bestand oder werden stillgelegt
admin-campaign-country-empty = kein Land angegeben
admin-campaign-country-mistake = { $given } ist kein ISO-3166-1-Code: Verwenden Sie { $meant } ({ $name })
admin-campaign-country-unknown = { $given } ist kein Ländercode nach ISO 3166-1 alpha-2
admin-campaign-nothing-saved = Nichts wurde gespeichert: { $problem }.
admin-campaign-hand-back-heading = Zurückgegebene Codes
admin-campaign-hand-back-legend = Ein Code, den sein Inhaber zurückgibt,
admin-campaign-hand-back-restock = kommt zurück in den Bestand, für die nächste Anforderung
admin-campaign-hand-back-retire = wird stillgelegt: Niemand erhält ihn erneut
admin-campaign-hand-back-claim-again = Inhaber, die einen Code zurückgeben, dürfen einen weiteren anfordern
admin-campaign-save = Speichern
admin-dashboard-handed-back = Von ihren Inhabern zurückgegebene Codes: { $restocked } wieder im Bestand, { $retired } stillgelegt.

## Angebote
admin-offer-heading = Angebote
admin-offer-hint = Die Schlüsselarten, die die Aktion vergibt. Ein Maintainer, in dessen Land mehrere Angebote (mit verbleibenden Codes) liefern, wählt eines; jede Charge gehört zu einem Angebot.
admin-offer-save = Dieses Angebot speichern
admin-offer-add-legend = Ein Angebot hinzufügen
admin-offer-add = Angebot hinzufügen
admin-offer-column = Angebot
admin-offer-field-name = Name
admin-offer-field-vendor = Anbieter
admin-offer-field-store = Shop-Link
admin-offer-field-keys = Schlüssel pro Code
admin-offer-field-countries = Lieferländer (z. B. US,CA)
admin-offer-field-offer = Angebot (nötig, wenn die Aktion mehrere hat; die Seite der Aktion listet sie auf)
admin-offer-problem-name-empty = der Name des Angebots darf nicht leer sein
admin-offer-problem-name-long = der Name des Angebots ist länger als { $max } Zeichen
admin-offer-problem-vendor-long = der Name des Anbieters ist länger als { $max } Zeichen
admin-offer-problem-keys = die Schlüssel pro Code müssen zwischen 1 und { $max } liegen
admin-offer-problem-store-url = der Shop-Link muss eine http- oder https-URL sein
admin-offer-problem-no-countries = ein Angebot liefert in mindestens ein Land
admin-offer-problem-name-taken = die Aktion hat bereits ein Angebot namens „{ $name }“
admin-offer-problem-keys-number = geben Sie die Schlüssel pro Code als ganze Zahl an
admin-offer-problem-countries = Länder: { $problem }

## Phasen
admin-phase-heading = Phasen
admin-phase-hint = Die obigen Regeln gelten ab dem ersten Tag der Aktion. Eine Phase ändert einige davon ab ihrem Tag; es gilt die letzte Phase, deren Tag gekommen ist.
admin-phase-none-scheduled = Keine Phase geplant.
admin-phase-from-changes = Ab dem { $day }: { $changes }
admin-phase-remove = Entfernen
admin-phase-field-from = Ab (ein Tag nach dem ersten Tag, bis zum letzten)
admin-phase-rule-critical = Nur Maintainer kritischer Projekte
admin-phase-rule-totp = Maintainer ausschließen, die TOTP verwenden
admin-phase-rule-key-holders = Schlüsselinhaber dürfen anfordern
admin-phase-rule-cutoff = Kontostichtag
admin-phase-rule-set = { $rule }: { $value }
admin-phase-rule-separator = {"; "}
admin-phase-as-before = wie bisher
admin-phase-yes = ja
admin-phase-no = nein
admin-phase-no-cutoff = keiner
admin-phase-field-cutoff = Kontostichtag (leer: wie bisher; none: kein Stichtag; oder ein Datum)
admin-phase-schedule = Phase planen
admin-phase-column-from = Ab
admin-phase-column-critical = Kritische Rolle erforderlich
admin-phase-column-totp = TOTP-Nutzer ausgeschlossen
admin-phase-column-key-holders = Schlüsselinhaber zugelassen
admin-phase-column-eligible = Berechtigt
admin-phase-problem-not-a-date = geben Sie den ersten Tag der Phase als Datum an, zum Beispiel 2026-12-01
admin-phase-problem-changes-nothing = eine Phase ändert mindestens eine Regel: require-critical, exclude-totp, allow-key-holders oder account-cutoff
admin-phase-problem-outside = eine Phase beginnt nach dem ersten Tag der Aktion ({ $starts }) und spätestens an ihrem letzten ({ $ends })
admin-phase-problem-cutoff = der Kontostichtag muss ein Datum wie 2022-07-01 oder none sein, nicht „{ $given }“
admin-phase-problem-taken = die Aktion hat bereits eine Phase ab dem { $day }
admin-phase-problem-no-such = es gibt keine Phase ab dem { $day }
admin-phase-problem-rule-choice = eine Regel bleibt, wie sie ist, wird auf ja oder auf nein gesetzt

## Chargen
admin-batch-title = Chargen · Verwaltung
admin-batch-problem-expiry = Geben Sie das Ablaufdatum als Datum an, zum Beispiel 2026-12-31.
admin-batch-problem-count = Geben Sie eine Anzahl von Codes zwischen 1 und 1.000.000 an.
admin-batch-problem-prefix = Ein Präfix hat höchstens 12 Zeichen, nur Buchstaben A–Z und Ziffern.
admin-batch-problem-no-campaign = Es gibt keine Aktion namens „{ $name }“.
admin-batch-problem-expiry-past = Das Ablaufdatum { $day } liegt in der Vergangenheit.
admin-batch-problem-outside = Das Angebot „{ $offer }“ liefert nicht nach { $outside }.
admin-batch-problem-unknown-offer = Die Aktion „{ $campaign }“ hat kein Angebot namens „{ $offer }“. Ihre Angebote: { $offers }.
admin-batch-problem-offer-needed = Die Aktion „{ $campaign }“ hat mehrere Angebote: Nennen Sie das der Charge ({ $offers }).
admin-batch-generate-heading = Eine Charge erzeugen
admin-batch-generate-intro = Von keydrop erzeugte Codes mit Prüfzeichen, sofort geladen; die nächste Seite bietet sie als CSV für den Anbieter an.
admin-batch-field-count = Anzahl der Codes
admin-batch-field-prefix = Präfix (optional: bis zu 12 Buchstaben und Ziffern)
admin-batch-generate = Codes erzeugen
admin-batch-field-expires = Codes laufen ab nach dem
admin-batch-field-countries = Nur für diese Länder (optional, z. B. US,CA)
admin-batch-field-label = Bezeichnung (optional, z. B. die Bestellnummer des Anbieters)
admin-batch-generated-title = Charge erzeugt · Verwaltung
admin-batch-loaded-title = Charge geladen · Verwaltung
admin-batch-generated-heading = Charge erzeugt
admin-batch-loaded-heading = Charge geladen
admin-batch-generated-note = { $count ->
        [one] { $count } Code wurde erzeugt und als Charge { $batch } geladen.
       *[other] { $count } Codes wurden erzeugt und als Charge { $batch } geladen.
    }
admin-batch-loaded-note = { $count ->
        [one] { $count } Code wurde als Charge { $batch } geladen.
       *[other] { $count } Codes wurden als Charge { $batch } geladen.
    }
admin-batch-download = Codes herunterladen (CSV, für den Anbieter)
admin-batch-back-dashboard = Zurück zur Übersicht
admin-batch-load-another = Weitere Charge laden
admin-upload-problem-no-file = Wählen Sie eine Datei zum Hochladen.
admin-upload-problem-too-large = Die Datei ist größer als { $mib } MiB: Teilen Sie sie auf mehrere Chargen auf.
admin-upload-problem-confirmed = Dieser Upload wurde bereits geladen.
admin-upload-problem-bad-lines = { $count ->
        [one] Nichts wurde geladen: { $count } Zeile ist fehlerhaft (oder wurde seit der Vorschau von jemand anderem geladen). Laden Sie die Datei erneut hoch, um sie zu sehen.
       *[other] Nichts wurde geladen: { $count } Zeilen sind fehlerhaft (oder wurden seit der Vorschau von jemand anderem geladen). Laden Sie die Datei erneut hoch, um sie zu sehen.
    }
admin-upload-problem-nothing = Nichts wurde geladen: Der Upload enthält keinen gültigen Code.
admin-upload-heading = Eine Charge hochladen
admin-upload-intro = Eine Datei mit einem Code pro Zeile oder eine CSV-Datei mit einer Spalte { $column }. Jede Zeile wird zuerst geprüft; danach sehen Sie das Ergebnis und bestätigen.
admin-upload-busy = Die Datei wird geprüft … eine Million Codes dauern ein bis zwei Minuten.
admin-upload-field-file = Datei (höchstens { $mib } MiB)
admin-upload-check = Datei prüfen
admin-upload-preview-title = Vorschau · Verwaltung
admin-upload-preview-heading = Vor dem Laden prüfen
admin-upload-all-countries = alle der Aktion
admin-upload-label = Bezeichnung
admin-upload-lines-read = Gelesene Zeilen
admin-upload-good-codes = Gültige Codes
admin-upload-bad-lines = Fehlerhafte Zeilen
admin-upload-first-of = Die ersten { $shown } von { $count }:
admin-upload-loading = Wird geladen …
admin-upload-no-good-code = Es gibt keinen gültigen Code zum Laden.
admin-upload-load-all = { $count ->
        [one] Den { $count } Code laden
       *[other] Alle { $count } Codes laden
    }
admin-upload-some-bad = Alle Zeilen zu laden ist nicht möglich, solange einige fehlerhaft sind. Korrigieren Sie die Datei und laden Sie sie erneut hoch, oder laden Sie nur die gültigen Zeilen.
admin-upload-load-good = { $count ->
        [one] Nur den { $count } gültigen Code laden
       *[other] Nur die { $count } gültigen Codes laden
    }
admin-line-column = Zeile
admin-line-why = Grund
admin-line-empty = leer
admin-line-bad-characters = ungültige Zeichen „{ $chars }“: nur A–Z, 0–9 und „-“ sind erlaubt
admin-line-too-short = zu kurz: { $count } Zeichen, mindestens 4
admin-line-too-long = zu lang: { $count } Zeichen, höchstens 64
admin-line-duplicate = doppelt in der Datei: derselbe Code wie in Zeile { $line }
admin-line-already-loaded = bereits geladen
admin-line-not-utf8 = unlesbar: kein UTF-8-Text
admin-line-not-csv = unlesbar: kein CSV-Datensatz
admin-upload-unreadable-header = die Kopfzeile ist nicht lesbar
admin-upload-missing-column = die Spalte „{ $name }“ fehlt (die Kopfzeile muss { $names } nennen)
admin-upload-unreadable-record = die Zeile ist kein lesbarer CSV-Datensatz
admin-upload-report-code = Code: { $problem }
admin-upload-report-date = das Datum muss wie 2026-11-30 aussehen, nicht „{ $date }“
admin-upload-problem-separator = {"; "}

## Einlösebericht eines Anbieters
admin-vendor-title = Einlösebericht · Verwaltung
admin-vendor-heading = Einlösebericht gelesen
admin-vendor-summary = { $lines ->
        [one] { $lines } Zeile gelesen
       *[other] { $lines } Zeilen gelesen
    }: { $redeemed ->
        [one] { $redeemed } Code als eingelöst markiert
       *[other] { $redeemed } Codes als eingelöst markiert
    } ({ $held } im Besitz von Maintainern, { $never } nie ausgegeben), { $confirmed } bereits eingelöst, { $unknown } unbekannt, { $revoked } widerrufen (bleiben widerrufen).
admin-vendor-unknown = Codes, die keydrop nicht kennt
admin-vendor-never-assigned = Codes, die keydrop nie ausgegeben hat: außerhalb der Aktion verwendet, jetzt als eingelöst markiert, damit niemand sie erhält
admin-vendor-revoked = Widerrufene Codes (bleiben widerrufen)
admin-vendor-list-heading = { $list }: { $count }
admin-vendor-line = Zeile { $line }:
admin-vendor-back = Zurück zu den Codes

## Zurückgegebene Codes
admin-release-heading = Zurückgegebene Codes
admin-release-restocked = am { $day }, zurück im Bestand
admin-release-retired = am { $day }, stillgelegt
