# De pagina's codes, beheerders, aanmelden en beveiligingssleutels van het beheergedeelte, de
# navigatie en de bevestigingsstappen (templates/admin/, src/web/admin/).

## Navigatie (elke beheerpagina)
admin-nav-label = Beheer
admin-nav-dashboard = Dashboard
admin-nav-campaigns = Acties
admin-nav-batches = Partijen
admin-nav-codes = Codes
admin-nav-maintainers = Beheerders
admin-nav-security-keys = Uw beveiligingssleutels

## Codes: zoeken en het inwisselrapport van de leverancier
admin-codes-title = Codes · beheer
admin-codes-heading = Codes
admin-codes-search-label = Code (of het begin ervan), gebruikersnaam of e-mailadres
admin-codes-search = Zoeken
admin-codes-none-match = Geen code komt overeen met ‘{ $query }’.
admin-codes-found = Gevonden codes
admin-codes-matching = Codes die overeenkomen met ‘{ $query }’
admin-code-column-code = Code
admin-code-column-campaign = Actie
admin-code-column-state = Status
admin-code-column-holder = Houder
admin-code-column-country = Land
admin-code-column-expires = Verloopt
admin-codes-report-heading = Inwisselrapport van de leverancier
admin-codes-report-explained = Een CSV-bestand met een kolom ‘code’ en een kolom ‘date’ (de dag waarop elke code is gebruikt). De codes erin worden als ingewisseld gemarkeerd; er wordt niets gemarkeerd tenzij elke regel leesbaar is.
admin-codes-report-no-file = Kies een bestand om te uploaden.
admin-codes-report-too-large = Het bestand is groter dan { $mib } MiB: splits het.
admin-codes-report-bad-lines = Er is niets gemarkeerd: { $count ->
        [one] { $count } regel van het rapport is niet leesbaar
       *[other] { $count } regels van het rapport zijn niet leesbaar
    }. Corrigeer ze en upload het rapport opnieuw.
admin-codes-report-line = Regel { $line }: { $problem }
admin-codes-report-file = Rapport (hoogstens { $mib } MiB)
admin-codes-report-submit = Gemelde codes als ingewisseld markeren

## Statussen van een code
admin-code-state-available = beschikbaar
admin-code-state-assigned = toegewezen
admin-code-state-redeemed = ingewisseld
admin-code-state-expired = verlopen
admin-code-state-revoked = ingetrokken

## De pagina van een code
admin-code-title = Code { $code } · beheer
admin-code-heading = Code
admin-code-campaign = Actie
admin-code-campaign-batch = { $campaign } (partij { $batch })
admin-code-state = Status
admin-code-expires = Verloopt
admin-code-holder = Houder
admin-code-holder-nobody = niemand
admin-code-country = Opgegeven land
admin-code-assigned = Toegewezen
admin-code-redeemed = Ingewisseld
admin-code-redeemed-via-holder = gemeld door de houder
admin-code-redeemed-via-vendor = rapport van de leverancier
admin-code-redeemed-via-admin = gemarkeerd door een sitebeheerder
admin-code-redeemed-via-stripe = Stripe-betaling
admin-code-revoked = Ingetrokken
admin-code-revoked-because = { $when }: { $reason }
admin-code-stripe = Stripe
admin-code-stripe-published-as = gepubliceerd als
admin-code-stripe-inactive = , inactief in Stripe
admin-code-stripe-times-redeemed = ; daar { $count ->
        [one] één keer
       *[other] { $count } keer
    } ingewisseld
admin-code-stripe-failed = mislukt
admin-code-stripe-failed-details = ({ $attempts ->
        [one] { $attempts } poging
       *[other] { $attempts } pogingen
    }, volgende poging { $next }):
admin-code-stripe-deactivated = gedeactiveerd in Stripe ({ $when })
admin-code-stripe-waiting = wacht op publicatie
admin-code-act-heading = Actie op deze code
admin-code-revoke-reason = Reden van intrekking (wordt bewaard in het auditlogboek)
admin-code-revoke = De code intrekken
admin-code-revoke-hint = De houder ziet dat de code is ingetrokken en kan een andere aanvragen zolang de actie loopt.
admin-code-mark-redeemed = Als ingewisseld markeren

## De geschiedenis van een code
admin-history-heading = Geschiedenis
admin-history-empty = Niets vastgelegd.
admin-history-when = Wanneer
admin-history-who = Wie
admin-history-what = Wat
admin-history-details = Details
admin-history-code-claim = Aangevraagd
admin-history-code-redeem = Als ingewisseld gemarkeerd
admin-history-code-revoke = Ingetrokken
admin-history-code-expire = Ongebruikt verlopen
admin-history-code-hand-back = Teruggegeven door de houder
admin-history-stripe-publish = In Stripe gepubliceerd als promotiecode
admin-history-stripe-checkout-ignored = Een Stripe-betaling ervoor is genegeerd
admin-history-stripe-checkout-unknown = Stripe meldde een betaling die keydrop niet kent
admin-history-grant-add = Uitzondering toegekend
admin-history-grant-withdraw = Uitzondering ingetrokken
admin-history-login = Aangemeld
admin-history-actor-maintainer = beheerder { $name }
admin-history-actor-admin = sitebeheerder { $name }
admin-history-actor-api-token = API-token { $token }
admin-history-actor-command-line = opdrachtregel
admin-history-actor-command-line-of = opdrachtregel ({ $who })
admin-history-actor-stripe = Stripe
admin-history-actor-system = systeem
admin-history-detail-declared-country = opgegeven land: { $country }
admin-history-detail-reported-by-holder = gemeld door de houder
admin-history-detail-marked-by-admin = gemarkeerd door een sitebeheerder
admin-history-detail-handed-back-restocked = terug in voorraad
admin-history-detail-handed-back-retired = uit omloop genomen

## Bevestigingsstappen van de acties van beheerders
admin-action-close-claims-heading = Aanvragen voor { $campaign } nu sluiten?
admin-action-close-claims-explained = Alle aanvragen stoppen meteen, op elke server, ongeacht de data. Al aangevraagde codes blijven bij hun houders. U kunt de aanvragen later weer openen vanaf de pagina van de actie.
admin-action-close-claims-yes = Ja, aanvragen nu sluiten
admin-action-revoke-heading = De code { $code } intrekken?
admin-action-revoke-explained = De code werkt niet meer voor de houder, die ziet dat hij is ingetrokken en een andere kan aanvragen zolang de actie loopt. Dit kan niet ongedaan worden gemaakt.
admin-action-revoke-reason = Reden, bewaard in het auditlogboek: { $reason }
admin-action-revoke-yes = Ja, de code intrekken

## Beheerders
admin-maintainers-title = Beheerders · beheer
admin-maintainers-heading = Beheerders
admin-maintainers-search-label = Gebruikersnaam (of het begin ervan) of e-mailadres
admin-maintainers-search = Zoeken
admin-maintainers-none-match = Niemand komt overeen met ‘{ $query }’.

## De pagina van een beheerder
admin-maintainer-title = { $username } · beheer
admin-maintainer-email = E-mail
admin-maintainer-joined = Account aangemaakt
admin-maintainer-two-factors = Tweestapsverificatie
admin-maintainer-two-factors-key = beveiligingssleutel
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = geen
admin-maintainer-projects = Kritieke projecten
admin-maintainer-no-projects = Geen rol in een kritiek project.
admin-maintainer-project = { $project }: { $role },
admin-maintainer-project-rank = positie { $rank } toen het kritiek werd, op
admin-maintainer-eligibility = Geschiktheid
admin-maintainer-holds = Heeft
admin-maintainer-may-claim = Komt in aanmerking: mag een code aanvragen.
admin-maintainer-grant-heading = Uitzondering
admin-maintainer-granted-by = Uitzondering toegekend door { $admin } op { $when }:
admin-maintainer-withdraw-reason = Reden van intrekking
admin-maintainer-withdraw = Uitzondering intrekken
admin-maintainer-grant-explained = Met een uitzondering komt deze beheerder in aanmerking, ongeacht rollen, leeftijd van het account of sleutels, bijvoorbeeld als de projecten onder het account van een team of organisatie staan. De data en de voorraad van de actie blijven gelden.
admin-maintainer-grant-needs-reason = Geef een reden voor de uitzondering.
admin-maintainer-grant-reason = Reden (wordt bewaard in het auditlogboek)
admin-maintainer-grant = Uitzondering toekennen

## De tweede factor van het aanmelden voor beheer
admin-signin-title = Aanmelden voor beheer: tweede factor
admin-signin-title-error = Fout: aanmelden voor beheer: tweede factor
admin-signin-heading = Tweede factor vereist
admin-signin-needs-code = Het beheergedeelte vraagt naast uw aanmeldlink een code uit uw authenticator-app.
admin-signin-needs-code-or-key = Het beheergedeelte vraagt naast uw aanmeldlink een code uit uw authenticator-app of een van uw beveiligingssleutels.
admin-signin-needs-key = Het beheergedeelte vraagt naast uw aanmeldlink een van uw beveiligingssleutels: bij deze dienst is een code uit een app niet genoeg.
admin-signin-use-key-heading = Een beveiligingssleutel gebruiken
admin-signin-key-refused = Die beveiligingssleutel is niet geaccepteerd (een sleutel van een ander account, een verwijderde sleutel of een al gebruikt antwoord). Probeer het opnieuw.
admin-signin-use-key = Mijn beveiligingssleutel gebruiken
admin-signin-or-code-heading = Of voer een code in
admin-signin-code-refused = Die code klopt niet of is al gebruikt. Voer de code in die uw app nu toont.
admin-signin-enrol-heading = Stel uw authenticator-app in
admin-signin-enrol-scan = Scan deze QR-code met een authenticator-app (of voer de sleutel hieronder met de hand in).
admin-signin-enrol-qr = QR-code met de sleutel voor uw authenticator-app
admin-signin-enrol-enter = Voer ter afronding de zescijferige code in die de app toont.
admin-signin-enrol-secret = Sleutel, om met de hand in te voeren:
admin-signin-enrol-keep-secret = Deze sleutel wordt alleen getoond totdat uw eerste code hem bevestigt. Houd hem geheim.
admin-signin-recovery-hint = Telefoon kwijt? Voer in plaats van de code een van de herstelcodes in die u kreeg toen u de app instelde; elke code werkt één keer. Ze zien er zo uit:
admin-signin-code-label = Zescijferige code
admin-signin-code-or-recovery-label = Zescijferige code of een herstelcode
admin-signin-continue = Doorgaan

## Herstelcodes, één keer getoond na het instellen van de app
admin-recovery-title = Uw herstelcodes
admin-recovery-heading = Uw authenticator-app is ingesteld
admin-recovery-explained = Als u ooit de telefoon met uw authenticator-app kwijtraakt, geeft elk van deze herstelcodes u één keer toegang tot het beheergedeelte, in plaats van een zescijferige code.
admin-recovery-shown-once = Ze worden alleen nu getoond
admin-recovery-keep = : druk ze af of bewaar ze in uw wachtwoordbeheerder, niet op uw telefoon.
admin-recovery-continue = Ik heb ze bewaard: doorgaan

## De beveiligingssleutels van de beheerder
admin-keys-title = Uw beveiligingssleutels
admin-keys-explained = Een beveiligingssleutel kan uw tweede factor voor het beheergedeelte zijn, in plaats van een code uit uw authenticator-app.
admin-keys-required = Bij deze dienst is een sleutel verplicht: met codes uit de app kunt u alleen uw eerste sleutel registreren.
admin-keys-added = Uw sleutel ‘{ $name }’ is toegevoegd. Gebruik hem de volgende keer dat het beheergedeelte om uw tweede factor vraagt.
admin-keys-removed = De sleutel ‘{ $name }’ is verwijderd: hij geeft geen toegang meer tot het beheergedeelte.
admin-keys-not-added = De sleutel is niet toegevoegd: zijn antwoord klopte niet, of de registratie duurde langer dan vijf minuten. Probeer het opnieuw.
admin-keys-already-registered = Die sleutel is al geregistreerd.
admin-keys-last-factor = Die sleutel is uw laatste tweede factor en kan dus niet worden verwijderd: voeg eerst een andere sleutel toe.
admin-keys-last-accepted-factor = Die sleutel is uw laatste tweede factor die deze dienst accepteert en kan dus niet worden verwijderd: voeg eerst een andere sleutel toe.
admin-keys-none = U hebt nog geen beveiligingssleutel.
admin-keys-column-name = Naam
admin-keys-column-added = Toegevoegd
admin-keys-column-last-used = Laatst gebruikt
admin-keys-column-remove = Verwijderen
admin-keys-never-used = nooit
admin-keys-remove = ‘{ $name }’ verwijderen
admin-keys-add-heading = Een sleutel toevoegen
admin-keys-name-label = Een naam voor de sleutel, zodat u hem van uw andere kunt onderscheiden
admin-keys-press-hint = Druk op de knop en raak uw sleutel aan wanneer hij knippert. Hiervoor is JavaScript nodig.
admin-keys-add = Deze sleutel toevoegen
admin-keys-unavailable = Beveiligingssleutels kunnen hier niet worden gebruikt: het adres van de dienst (KEYDROP_BASE_URL) moet een domeinnaam zijn, geen IP-adres.
admin-keys-totp-stays = Uw authenticator-app blijft ingesteld.
admin-keys-totp-stays-fallback = Uw authenticator-app blijft ingesteld als reserve.
admin-keys-js-unsupported = Deze browser kan geen beveiligingssleutels gebruiken.
admin-keys-js-failed = De beveiligingssleutel kon niet worden gebruikt.
admin-keys-js-touch = Raak nu uw beveiligingssleutel aan.
admin-keys-js-no-answer = De beveiligingssleutel antwoordde niet, of het verzoek is geannuleerd. Probeer het opnieuw.
admin-keys-start-needs-domain = Voor beveiligingssleutels moet de dienst op een domeinnaam draaien.
admin-keys-start-name-length = Geef de sleutel een naam van 1 tot { $max } tekens.
admin-keys-start-unavailable = Hier kan geen beveiligingssleutel worden gebruikt.
admin-keys-start-no-key = Dit account heeft geen beveiligingssleutel.

## Het beheergedeelte, voor wie geen sitebeheerder is
admin-forbidden-title = Alleen voor sitebeheerders
admin-forbidden-explained = Dit deel van keydrop is voor de sitebeheerders van de actie, en uw account hoort daar niet bij.
admin-forbidden-giveaway-link = Naar uw pagina van de actie
