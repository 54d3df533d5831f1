# Beheerpagina's: overzicht, acties en partijen (zie locales/en/admin-campaigns.ftl).

## Overzicht
admin-dashboard-title = Beheeroverzicht
admin-dashboard-heading = Overzicht
admin-dashboard-locked = Sinds uw vorige bezoek is het beheergedeelte van uw account vergrendeld na te veel verkeerde codes:
admin-dashboard-locked-when = op { $at }, tot { $until }
admin-dashboard-locked-advice = Als u die codes niet hebt ingevoerd, had iemand anders uw aanmeldlink: laat het de andere beheerders weten en meld alle sessies af met { $command }.
admin-dashboard-adoption-heading = Gebruik van tweestapsverificatie onder beheerders van kritieke projecten
admin-dashboard-adoption-region = Gebruik van tweestapsverificatie
admin-dashboard-protection = Beveiliging
admin-dashboard-maintainers = Beheerders
admin-dashboard-share = Aandeel
admin-dashboard-security-key = Beveiligingssleutel
admin-dashboard-totp-only = Alleen TOTP
admin-dashboard-no-factor = Geen
admin-dashboard-all = Alle
admin-dashboard-registry-heading = Eigendom gecontroleerd bij het register
admin-dashboard-registry-hint = Sinds deze server is gestart. Als het register geen bruikbaar antwoord gaf, besliste de geïmporteerde data.
admin-dashboard-registry-asked = Gevraagd
admin-dashboard-registry-cached = Beantwoord uit de cache
admin-dashboard-registry-fallbacks = Geen bruikbaar antwoord (geïmporteerde data besliste)
admin-dashboard-registry-refusals = Aanvragen geweigerd: elke kritieke rol kwijt
admin-dashboard-mail-heading = E-mail
admin-dashboard-mail-queued = In de wachtrij
admin-dashboard-mail-retrying = Waarvan wachtend op een nieuwe poging
admin-dashboard-mail-sent = Verzonden
admin-dashboard-mail-failed = Mislukt
admin-dashboard-mail-cancelled = Geannuleerd (niet meer van toepassing)
admin-dashboard-mail-waits = Waarom e-mail in de wachtrij wacht: { $error }
admin-dashboard-failed-region = Opgegeven berichten
admin-dashboard-failed-caption = Opgegeven berichten, nieuwste eerst ({ $command } zet ze opnieuw in de wachtrij)
admin-dashboard-failed-message = Bericht
admin-dashboard-failed-to = Aan
admin-dashboard-campaign = Actie
admin-dashboard-failed-attempts = Pogingen
admin-dashboard-failed-given-up = Opgegeven
admin-dashboard-failed-last-error = Laatste fout
admin-dashboard-no-campaign = Nog geen actie.
admin-dashboard-dates = Aanvragen open van { $from } tot { $to }.
admin-dashboard-dates-closed = Aanvragen open van { $from } tot { $to }; gesloten door een beheerder.
admin-dashboard-eligible = Beheerders die in aanmerking komen
admin-dashboard-signed-in = Aangemeld
admin-dashboard-claimed = Aangevraagd
admin-dashboard-redeemed = Ingewisseld
admin-dashboard-expired = Verlopen
admin-dashboard-revoked = Ingetrokken
admin-dashboard-codes-left = Resterende codes
admin-dashboard-keys-heading = Sleutels in gebruik
admin-dashboard-keys-holders = Beheerders die een code hebben ontvangen
admin-dashboard-keys-at-claim = Met een beveiligingssleutel bij hun aanvraag
admin-dashboard-keys-now = Nu met een beveiligingssleutel
admin-dashboard-keys-gained = Sinds hun aanvraag er een geregistreerd
admin-dashboard-keys-unknown = { $count ->
        [one] { $count } beheerder vroeg aan voordat keydrop sleutels bij de aanvraag vastlegde: deze telt alleen mee onder ‘nu’.
       *[other] { $count } beheerders vroegen aan voordat keydrop sleutels bij de aanvraag vastlegde: zij tellen alleen mee onder ‘nu’.
    }
admin-dashboard-keys-now-note = ‘Nu’ is volgens de laatste import uit het register.
admin-dashboard-batches-heading = Partijen
admin-dashboard-no-batch = Nog geen partij geladen: { $link }.
admin-dashboard-no-batch-link = upload of genereer er een
admin-dashboard-batch = Partij
admin-dashboard-countries = Landen
admin-dashboard-expires = Verloopt
admin-dashboard-days-to-expiry = Dagen tot verlopen
admin-dashboard-codes = Codes
admin-dashboard-left = Over
admin-dashboard-assigned = Toegewezen
admin-dashboard-all-countries = alle
admin-dashboard-batch-expired = verlopen
admin-dashboard-no-country = Nog geen land: codes worden per land geteld zodra er een partij is geladen.
admin-dashboard-country = Land

## Dagelijkse grafiek
admin-chart-title = Aanvragen en inwisselingen per dag
admin-chart-period-day = Op { $day }:
admin-chart-period = Van { $from } tot { $to }:
admin-chart-totals = { $claimed } aangevraagd, { $redeemed } ingewisseld.
admin-chart-desc-lines = Aanvragen zijn de doorgetrokken lijn, inwisselingen de stippellijn. De tabel met dagcijfers onder de grafiek bevat elke waarde.
admin-chart-day = Dag
admin-chart-per-day = Codes per dag
admin-chart-claims = Aanvragen
admin-chart-redemptions = Inwisselingen
admin-chart-caption-day = Aanvragen (doorgetrokken lijn) en inwisselingen (stippellijn) per dag, op { $day }.
admin-chart-caption = Aanvragen (doorgetrokken lijn) en inwisselingen (stippellijn) per dag, van { $from } tot { $to }.
admin-chart-in-total = In totaal: { $claimed } aangevraagd, { $redeemed } ingewisseld.
admin-chart-no-data = In deze periode zijn geen codes aangevraagd of ingewisseld.
admin-chart-daily-numbers = Dagcijfers
admin-chart-total = Totaal
admin-phase-from = Fase vanaf { $day }

## Resultaatgrafiek
admin-outcome-heading = Het resultaat, import na import
admin-outcome-title = Tweede factoren onder de beheerders van kritieke projecten, per import uit het register
admin-outcome-imports = { $count ->
        [one] { $count } import uit het register van { $from } tot { $to }.
       *[other] { $count } imports uit het register van { $from } tot { $to }.
    }
admin-outcome-latest = Bij de laatste: { $projects } kritieke projecten, { $maintainers } kritieke beheerders, van wie { $any } met een tweede factor, { $totp } met TOTP en { $keys } met een beveiligingssleutel.
admin-outcome-desc-table = De tabel onder de grafiek bevat elke waarde.
admin-outcome-x-caption = Import uit het register
admin-outcome-y-caption = Projecten of beheerders
admin-outcome-critical-projects = Kritieke projecten
admin-outcome-critical-maintainers = Kritieke beheerders
admin-outcome-any-factor = Een tweede factor
admin-outcome-totp = TOTP
admin-outcome-security-key = Beveiligingssleutel
admin-outcome-caption = Kritieke projecten (grijs gestippeld), hun beheerders (blauw doorgetrokken) en daarvan wie een tweede factor heeft (paars streep-stip), TOTP (oranje gestreept) en een beveiligingssleutel (groen doorgetrokken), zoals elke import uit het register ze aantrof.
admin-outcome-figures = Cijfers per import
admin-outcome-table-caption = Kritieke projecten en de tweede factoren van hun beheerders, per import uit het register
admin-outcome-import-utc = Importmoment (UTC)
admin-outcome-with-totp = Met TOTP
admin-outcome-with-key = Met een beveiligingssleutel
admin-outcome-with-any = Met een tweede factor
admin-outcome-none = Er is nog geen import uit het register vastgelegd: de cijfers beginnen bij de volgende { $command }.

## Acties
admin-campaign-error-prefix = Fout:{" "}
admin-campaign-list-title = Acties · beheer
admin-campaign-list-heading = Acties
admin-campaign-list-empty = Nog geen actie: maak hieronder de eerste aan.
admin-campaign-list-caption = Alle acties, de laatst beginnende eerst
admin-campaign-column-campaign = Actie
admin-campaign-column-claims = Aanvragen
admin-campaign-column-from = Van
admin-campaign-column-to = Tot
admin-campaign-column-countries = Landen
admin-campaign-new-heading = Nieuwe actie
admin-campaign-create = Actie aanmaken
admin-campaign-badge-open = open
admin-campaign-badge-not-open = niet open
admin-campaign-status-upcoming = nog niet open
admin-campaign-status-open = open
admin-campaign-status-closed = gesloten door een beheerder
admin-campaign-status-ended = afgelopen
admin-campaign-status-purged = opgeschoond
admin-campaign-page-title = { $name } · beheer
admin-campaign-saved = Opgeslagen.
admin-campaign-claims-status = Aanvragen: { $status }.
admin-campaign-purged = De persoonsgegevens zijn verwijderd op { $day }; het archief bewaart de tellingen.
admin-campaign-switch-heading = Noodschakelaar
admin-campaign-closed-note = Aanvragen zijn gesloten, wat de data ook zeggen. Beheerders met een code zien die nog steeds en kunnen hem inwisselen.
admin-campaign-reopen = Aanvragen weer openen
admin-campaign-close-note = Sluiten stopt meteen elke aanvraag, op elke server. Al aangevraagde codes blijven bij hun houders.
admin-campaign-close = Aanvragen nu sluiten
admin-campaign-coupon = Coupon: { $coupon }.
admin-campaign-no-coupon = Coupon: nog niet aangemaakt.
admin-campaign-promotion-codes = Promotiecodes: { $published } gepubliceerd, { $pending } wachtend, { $failed } mislukt (later opnieuw geprobeerd), { $deactivated } gedeactiveerd.
admin-campaign-stripe-failure = Laatste fout: { $reason }
admin-campaign-exports-heading = Exporteren (CSV)
admin-campaign-export-codes = Codes met hun status en houder
admin-campaign-export-claims = Aanvragen en inwisselingen per land en dag
admin-campaign-export-audit = Het auditlogboek van de actie
admin-campaign-archives-heading = Archieven
admin-campaign-no-archive = Nog geen. Zodra de actie voorbij is, bewaart { $archive } de tellingen (per land, dag en partij, zonder gebruikersnamen of e-mailadressen); { $purge } verwijdert daarna de persoonsgegevens.
admin-campaign-archive = Archief { $id }
admin-campaign-archive-made = , gemaakt op { $day } door { $by }
admin-campaign-settings-heading = Instellingen
admin-campaign-settings-hint = Al aangevraagde codes blijven bij hun houders, wat u hier ook wijzigt.
admin-campaign-save-settings = Instellingen opslaan
admin-campaign-not-saved = { $count ->
        [one] De actie is niet opgeslagen: één probleem op te lossen.
       *[other] De actie is niet opgeslagen: { $count } problemen op te lossen.
    }
admin-campaign-field-name = Naam
admin-campaign-field-countries = Landen waarnaar de sleutels worden verzonden (ISO 3166-1-codes, bijv. US,CA,GB)
admin-campaign-field-starts = Eerste dag van de aanvragen (UTC)
admin-campaign-field-ends = Laatste dag van de aanvragen (UTC)
admin-campaign-field-store = De winkel van de leverancier, waar codes worden ingewisseld (optioneel)
admin-campaign-field-keys = Sleutels die één code betaalt
admin-campaign-field-cutoff = Accounts die na deze dag zijn aangemaakt, komen niet in aanmerking (optioneel)
admin-campaign-field-key-holders = Beheerders die al een beveiligingssleutel gebruiken, mogen ook aanvragen
admin-campaign-field-fulfilment = Waar codes worden ingewisseld
admin-campaign-field-vendor = In de winkel van de leverancier (de link hierboven)
admin-campaign-field-stripe = Via de Stripe-betaalpagina van keydrop (de bestelling kost niets: elke code is een promotiecode van 100%)
admin-campaign-field-product = Stripe: productnaam
admin-campaign-field-price = Stripe: prijs van één sleutel, in de kleinste eenheid van de valuta (3000 voor 30,00)
admin-campaign-field-currency = Stripe: valuta (ISO 4217, bijv. eur)
admin-campaign-field-ended-message = Wat beheerders lezen zodra de actie voorbij of gesloten is (optioneel)
admin-campaign-problem-starts = Geef de eerste dag op als datum, bijvoorbeeld 2026-12-01.
admin-campaign-problem-ends = Geef de laatste dag op als datum, bijvoorbeeld 2027-01-31.
admin-campaign-problem-cutoff = Geef de uiterste aanmaakdatum van accounts op als datum, of laat het veld leeg.
admin-campaign-problem-keys-number = Geef het aantal sleutels per code op als geheel getal.
admin-campaign-problem-countries = Landen: { $problem }.
admin-campaign-problem-name-empty = Geef de actie een naam.
admin-campaign-problem-name-long = De naam is te lang: maximaal 80 tekens.
admin-campaign-problem-name-slash = De naam mag geen ‘/’ bevatten: die maakt deel uit van de adressen van de API.
admin-campaign-problem-ends-before = De laatste dag ({ $ends }) ligt vóór de eerste dag ({ $starts }).
admin-campaign-problem-keys-range = Het aantal sleutels per code moet tussen 1 en 10 liggen.
admin-campaign-problem-store-url = De winkellink moet een webadres zijn dat begint met https:// of http://.
admin-campaign-problem-message-long = Het bericht na afloop is te lang: maximaal 2.000 tekens.
admin-campaign-problem-fulfilment = Kies waar codes worden ingewisseld: de winkel van de leverancier of Stripe.
admin-campaign-problem-stripe-product = Een Stripe-actie heeft een productnaam, een prijs en een valuta nodig.
admin-campaign-problem-unit-amount = Geef de prijs op als geheel getal in de kleinste eenheid van de valuta (3000 voor 30,00).
admin-campaign-problem-currency = Geef de valuta op als ISO 4217-code van drie letters, bijvoorbeeld eur of usd.
admin-campaign-problem-name-taken = Er bestaat al een actie met de naam ‘{ $name }’.
admin-campaign-problem-hand-back = teruggegeven codes gaan terug naar de voorraad of worden buiten gebruik gesteld
admin-campaign-country-empty = geen land opgegeven
admin-campaign-country-mistake = { $given } is geen ISO 3166-1-code: gebruik { $meant } ({ $name })
admin-campaign-country-unknown = { $given } is geen landcode volgens ISO 3166-1 alpha-2
admin-campaign-nothing-saved = Er is niets opgeslagen: { $problem }.
admin-campaign-hand-back-heading = Teruggegeven codes
admin-campaign-hand-back-legend = Een code die de houder teruggeeft
admin-campaign-hand-back-restock = gaat terug naar de voorraad, voor de volgende aanvraag
admin-campaign-hand-back-retire = wordt buiten gebruik gesteld: niemand krijgt hem nog
admin-campaign-hand-back-claim-again = Houders die een code teruggeven, mogen een andere aanvragen
admin-campaign-save = Opslaan
admin-dashboard-handed-back = Codes teruggegeven door hun houders: { $restocked } terug in voorraad, { $retired } buiten gebruik gesteld.

## Aanbiedingen
admin-offer-heading = Aanbiedingen
admin-offer-hint = De soorten sleutels die de actie geeft. Een beheerder in een land waarnaar meerdere aanbiedingen (met resterende codes) leveren, kiest er één; elke partij hoort bij één aanbieding.
admin-offer-save = Deze aanbieding opslaan
admin-offer-add-legend = Een aanbieding toevoegen
admin-offer-add = Aanbieding toevoegen
admin-offer-column = Aanbieding
admin-offer-field-name = Naam
admin-offer-field-vendor = Leverancier
admin-offer-field-store = Winkellink
admin-offer-field-keys = Sleutels per code
admin-offer-field-countries = Landen waarnaar wordt geleverd (bijv. US,CA)
admin-offer-field-offer = Aanbieding (nodig als de actie er meerdere heeft; de pagina van de actie vermeldt ze)
admin-offer-problem-name-empty = de naam van de aanbieding mag niet leeg zijn
admin-offer-problem-name-long = de naam van de aanbieding is langer dan { $max } tekens
admin-offer-problem-vendor-long = de naam van de leverancier is langer dan { $max } tekens
admin-offer-problem-keys = het aantal sleutels per code moet tussen 1 en { $max } liggen
admin-offer-problem-store-url = de winkellink moet een http- of https-URL zijn
admin-offer-problem-no-countries = een aanbieding levert aan minstens één land
admin-offer-problem-name-taken = de actie heeft al een aanbieding met de naam ‘{ $name }’
admin-offer-problem-keys-number = geef het aantal sleutels per code op als geheel getal
admin-offer-problem-countries = landen: { $problem }

## Fasen
admin-phase-heading = Fasen
admin-phase-hint = De regels hierboven gelden vanaf de eerste dag van de actie. Een fase wijzigt er enkele vanaf haar dag; de laatste fase waarvan de dag is aangebroken, is van kracht.
admin-phase-none-scheduled = Er is geen fase gepland.
admin-phase-from-changes = Vanaf { $day }: { $changes }
admin-phase-remove = Verwijderen
admin-phase-field-from = Vanaf (een dag na de eerste dag, tot en met de laatste)
admin-phase-rule-critical = Alleen beheerders van kritieke projecten
admin-phase-rule-totp = Beheerders die TOTP gebruiken uitsluiten
admin-phase-rule-key-holders = Sleutelhouders mogen aanvragen
admin-phase-rule-cutoff = Uiterste aanmaakdatum van accounts
admin-phase-rule-set = { $rule }: { $value }
admin-phase-rule-separator = {"; "}
admin-phase-as-before = zoals voorheen
admin-phase-yes = ja
admin-phase-no = nee
admin-phase-no-cutoff = geen
admin-phase-field-cutoff = Uiterste aanmaakdatum van accounts (leeg: zoals voorheen; none: geen grens; of een datum)
admin-phase-schedule = Fase plannen
admin-phase-column-from = Vanaf
admin-phase-column-critical = Kritieke rol vereist
admin-phase-column-totp = TOTP-gebruikers uitgesloten
admin-phase-column-key-holders = Sleutelhouders toegelaten
admin-phase-column-eligible = In aanmerking
admin-phase-problem-not-a-date = geef de eerste dag van de fase op als datum, bijvoorbeeld 2026-12-01
admin-phase-problem-changes-nothing = een fase wijzigt minstens één regel: require-critical, exclude-totp, allow-key-holders of account-cutoff
admin-phase-problem-outside = een fase begint na de eerste dag van de actie ({ $starts }) en uiterlijk op de laatste ({ $ends })
admin-phase-problem-cutoff = de uiterste aanmaakdatum moet een datum zijn zoals 2022-07-01, of none; niet ‘{ $given }’
admin-phase-problem-taken = de actie heeft al een fase vanaf { $day }
admin-phase-problem-no-such = er is geen fase vanaf { $day }
admin-phase-problem-rule-choice = een regel blijft zoals hij is, wordt ja of wordt nee

## Partijen
admin-batch-title = Partijen · beheer
admin-batch-problem-expiry = Geef de vervaldatum op als datum, bijvoorbeeld 2026-12-31.
admin-batch-problem-count = Geef een aantal codes tussen 1 en 1.000.000 op.
admin-batch-problem-prefix = Een voorvoegsel heeft maximaal 12 tekens, alleen letters A–Z en cijfers.
admin-batch-problem-no-campaign = Er bestaat geen actie met de naam ‘{ $name }’.
admin-batch-problem-expiry-past = De vervaldatum { $day } ligt in het verleden.
admin-batch-problem-outside = De aanbieding ‘{ $offer }’ levert niet aan { $outside }.
admin-batch-problem-unknown-offer = De actie ‘{ $campaign }’ heeft geen aanbieding met de naam ‘{ $offer }’. Haar aanbiedingen: { $offers }.
admin-batch-problem-offer-needed = De actie ‘{ $campaign }’ heeft meerdere aanbiedingen: noem die van de partij ({ $offers }).
admin-batch-generate-heading = Een partij genereren
admin-batch-generate-intro = Codes gemaakt door keydrop, met een controleteken, meteen geladen; de volgende pagina biedt ze als CSV aan voor de leverancier.
admin-batch-field-count = Hoeveel codes
admin-batch-field-prefix = Voorvoegsel (optioneel: maximaal 12 letters en cijfers)
admin-batch-generate = Codes genereren
admin-batch-field-expires = Codes verlopen na
admin-batch-field-countries = Alleen voor deze landen (optioneel, bijv. US,CA)
admin-batch-field-label = Label (optioneel, bijv. het ordernummer van de leverancier)
admin-batch-generated-title = Partij gegenereerd · beheer
admin-batch-loaded-title = Partij geladen · beheer
admin-batch-generated-heading = Partij gegenereerd
admin-batch-loaded-heading = Partij geladen
admin-batch-generated-note = { $count ->
        [one] { $count } code is gegenereerd en geladen als partij { $batch }.
       *[other] { $count } codes zijn gegenereerd en geladen als partij { $batch }.
    }
admin-batch-loaded-note = { $count ->
        [one] { $count } code is geladen als partij { $batch }.
       *[other] { $count } codes zijn geladen als partij { $batch }.
    }
admin-batch-download = De codes downloaden (CSV, voor de leverancier)
admin-batch-back-dashboard = Terug naar het overzicht
admin-batch-load-another = Nog een partij laden
admin-upload-problem-no-file = Kies een bestand om te uploaden.
admin-upload-problem-too-large = Het bestand is groter dan { $mib } MiB: verdeel het over meerdere partijen.
admin-upload-problem-confirmed = Die upload is al geladen.
admin-upload-problem-bad-lines = { $count ->
        [one] Er is niets geladen: { $count } regel is onjuist (of is sinds het voorbeeld door iemand anders geladen). Upload het bestand opnieuw om hem te zien.
       *[other] Er is niets geladen: { $count } regels zijn onjuist (of zijn sinds het voorbeeld door iemand anders geladen). Upload het bestand opnieuw om ze te zien.
    }
admin-upload-problem-nothing = Er is niets geladen: de upload bevat geen geldige code.
admin-upload-heading = Een partij uploaden
admin-upload-intro = Een bestand met één code per regel, of CSV met een kolom { $column }. Eerst wordt elke regel gecontroleerd; daarna ziet u het resultaat en bevestigt u.
admin-upload-busy = Het bestand wordt gecontroleerd… een miljoen codes duren een minuut of twee.
admin-upload-field-file = Bestand (maximaal { $mib } MiB)
admin-upload-check = Bestand controleren
admin-upload-preview-title = Voorbeeld · beheer
admin-upload-preview-heading = Controleren vóór het laden
admin-upload-all-countries = alle landen van de actie
admin-upload-label = Label
admin-upload-lines-read = Gelezen regels
admin-upload-good-codes = Geldige codes
admin-upload-bad-lines = Onjuiste regels
admin-upload-first-of = De eerste { $shown } van { $count }:
admin-upload-loading = Bezig met laden…
admin-upload-no-good-code = Er is geen geldige code om te laden.
admin-upload-load-all = { $count ->
        [one] De { $count } code laden
       *[other] Alle { $count } codes laden
    }
admin-upload-some-bad = Alle regels laden kan niet zolang sommige onjuist zijn. Verbeter het bestand en upload het opnieuw, of laad alleen de geldige regels.
admin-upload-load-good = { $count ->
        [one] Alleen de { $count } geldige code laden
       *[other] Alleen de { $count } geldige codes laden
    }
admin-line-column = Regel
admin-line-why = Reden
admin-line-empty = leeg
admin-line-bad-characters = ongeldige tekens ‘{ $chars }’: alleen A–Z, 0–9 en ‘-’ zijn toegestaan
admin-line-too-short = te kort: { $count } tekens, minstens 4
admin-line-too-long = te lang: { $count } tekens, maximaal 64
admin-line-duplicate = dubbel in het bestand: dezelfde code als regel { $line }
admin-line-already-loaded = al geladen
admin-line-not-utf8 = onleesbaar: geen UTF-8-tekst
admin-line-not-csv = onleesbaar: geen CSV-record
admin-upload-unreadable-header = de kopregel is onleesbaar
admin-upload-missing-column = de kolom ‘{ $name }’ ontbreekt (de kopregel moet { $names } noemen)
admin-upload-unreadable-record = de regel is niet te lezen als CSV
admin-upload-report-code = code: { $problem }
admin-upload-report-date = de datum moet eruitzien als 2026-11-30, niet ‘{ $date }’
admin-upload-problem-separator = {"; "}

## Inwisselrapport van een leverancier
admin-vendor-title = Inwisselrapport · beheer
admin-vendor-heading = Inwisselrapport gelezen
admin-vendor-summary = { $lines ->
        [one] { $lines } regel gelezen
       *[other] { $lines } regels gelezen
    }: { $redeemed ->
        [one] { $redeemed } code gemarkeerd als ingewisseld
       *[other] { $redeemed } codes gemarkeerd als ingewisseld
    } ({ $held } in handen van beheerders, { $never } nooit uitgedeeld), { $confirmed } al ingewisseld, { $unknown } onbekend, { $revoked } ingetrokken (blijven ingetrokken).
admin-vendor-unknown = Codes die keydrop niet kent
admin-vendor-never-assigned = Codes die keydrop nooit heeft uitgedeeld: buiten de actie gebruikt, nu gemarkeerd als ingewisseld zodat niemand ze krijgt
admin-vendor-revoked = Ingetrokken codes (blijven ingetrokken)
admin-vendor-list-heading = { $list }: { $count }
admin-vendor-line = Regel { $line }:
admin-vendor-back = Terug naar de codes

## Teruggegeven codes
admin-release-heading = Teruggegeven codes
admin-release-restocked = op { $day }, terug in voorraad
admin-release-retired = op { $day }, buiten gebruik gesteld
