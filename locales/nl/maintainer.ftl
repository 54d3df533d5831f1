# De pagina's voor beheerders: startpagina, aanmelden, actiepagina, teruggeven, e-mail, fouten.

## Startpagina
home-title = Beveiligingssleutels voor kritieke projecten
home-heading = Beveiligingssleutels voor de beheerders van kritieke projecten
home-signed-out = U bent afgemeld.
home-intro = De beheerders van de meest gedownloade projecten van het register kunnen gratis hardwarematige beveiligingssleutels krijgen. Een promotiecode van deze site, ingewisseld in de winkel van de fabrikant, betaalt de sleutels en de verzending.
home-how = Meld u aan met uw gebruikersnaam bij het register of uw e-mailadres om te zien of u kunt meedoen: we sturen een eenmalige aanmeldlink naar het adres van uw account.
home-who-heading = Wie kan meedoen
home-who-critical = U bent Owner of Maintainer van een kritiek project: een project in de bovenste 1% naar downloads van de afgelopen zes maanden. Een project dat ooit kritiek was, blijft kritiek.
home-who-ships = De sleutels kunnen naar uw land worden verzonden.
home-who-no-key = Uw account gebruikt nog geen beveiligingssleutel (sommige acties staan ook open voor wie er al een gebruikt).

## Aanmelden
login-sign-in = Aanmelden
login-empty = Voer uw gebruikersnaam bij het register of het e-mailadres van uw account in.
login-link-used = Deze aanmeldlink is al gebruikt. Elke link werkt één keer: vraag hieronder een nieuwe aan.
login-link-expired = Deze aanmeldlink is verlopen: links zijn { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } geldig. Vraag hieronder een nieuwe aan.
login-link-unknown = Deze aanmeldlink is niet geldig. Controleer of u hem volledig hebt gekopieerd, of vraag hieronder een nieuwe aan.
login-intro = We e-mailen een aanmeldlink naar het adres van uw account bij het register. Hij werkt één keer, { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } lang.
login-field = Gebruikersnaam of e-mailadres
login-send = Stuur mij een aanmeldlink
login-sent-title = Controleer uw e-mail
login-sent-notice = Als die gebruikersnaam of dat e-mailadres bij een account hoort, hebben we een aanmeldlink naar het e-mailadres van dat account gestuurd.
login-sent-works-once = De link werkt één keer, { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } lang.
login-sent-nothing = Niets ontvangen? Kijk in uw map met ongewenste e-mail, of { $link }.
login-sent-ask-again = vraag een nieuwe link aan
login-confirm-heading = Aanmelden bij keydrop
login-confirm-intro = U hebt een aanmeldlink gevolgd. Ga verder om u op dit apparaat aan te melden.
login-confirm-why = Aanmelden kent deze extra stap zodat e-mailscanners die links openen uw link niet kunnen opgebruiken.

## De actiepagina
giveaway-title = Uw actie
giveaway-heading = Uw actie voor beveiligingssleutels
giveaway-none-heading = Nog geen actie
giveaway-none = Er loopt op dit moment geen actie voor beveiligingssleutels.
giveaway-claims-open = Aanvragen kunnen van { $start } tot en met { $end }.
giveaway-revoked = De code die u in deze actie kreeg, is op { $day } door de beheerders van de actie ingetrokken: hij werkt niet meer.
giveaway-projects-heading = Uw kritieke projecten
giveaway-no-projects = Geen van de projecten waarvan u Owner of Maintainer bent, is kritiek (in de bovenste 1% naar downloads).
giveaway-projects-summary = { $count ->
        [one] 1 project
       *[other] { $count } projecten
    } in de bovenste 1% naar downloads waarvan u Owner of Maintainer bent
giveaway-column-project = Project
giveaway-column-role = Uw rol
giveaway-column-rank = Positie toen het kritiek werd
giveaway-column-since = Kritiek sinds
giveaway-mail-heading = E-mail over de actie
giveaway-mail-off-note = U hebt uitnodigingen en herinneringen uitgezet. Aanmeldlinks komen nog steeds wanneer u erom vraagt.
giveaway-mail-turn-on = Uitnodigingen en herinneringen aanzetten
giveaway-mail-on-note = We schrijven u om u uit te nodigen voor een actie waaraan u kunt deelnemen, een paar dagen voor het einde als u nog geen code hebt aangevraagd, en een paar dagen voordat uw code verloopt als u hem nog niet hebt gebruikt. Geen van deze berichten vraagt u om iets.
giveaway-mail-turn-off = Uitnodigingen en herinneringen uitzetten

## De code
code-label = Uw promotiecode
code-copy = Code kopiëren
code-copied = Gekopieerd
code-redeemed-vendor = De winkel meldt dat deze code is gebruikt.
code-redeemed-stripe = U hebt uw sleutels in onze winkel besteld.
code-redeemed-admin = Het team van de actie heeft deze code als gebruikt gemarkeerd.
code-redeemed-self = U hebt ons laten weten dat u uw sleutels hebt besteld.
code-redeemed-vendor-on = De winkel meldt dat deze code op { $day } is gebruikt.
code-redeemed-stripe-on = U hebt uw sleutels op { $day } in onze winkel besteld.
code-redeemed-admin-on = Het team van de actie heeft deze code op { $day } als gebruikt gemarkeerd.
code-redeemed-self-on = U hebt ons laten weten dat u uw sleutels op { $day } hebt besteld.
code-expired = Deze code is op { $day } verlopen zonder te zijn gebruikt.
code-valid-until = Geldig tot en met { $day } ({ $days ->
        [0] vandaag de laatste dag
        [one] nog 1 dag
       *[other] nog { $days } dagen
    }).
code-how-heading = Zo gebruikt u hem
code-stripe-how = Bestel { $keys ->
        [one] uw sleutel
       *[other] uw { $keys } sleutels
    } in onze winkel op Stripe: de code wordt voor u toegepast, de bestelling kost niets en Stripe vraagt om een verzendadres in een van de landen van deze actie.
code-stripe-redeem = Inwisselen: mijn sleutels bestellen
code-step-store = Ga naar { $store }.
code-store-name = de winkel van de fabrikant
code-step-cart = Leg precies { $keys ->
        [one] één sleutel
       *[other] { $keys } sleutels
    } in het winkelwagentje: de code betaalt { $keys ->
        [one] één sleutel
       *[other] { $keys } sleutels
    } en de verzending.
code-step-checkout = Voer de code in bij het afrekenen, met een verzendadres in uw land.
code-step-checkout-declared = Voer de code in bij het afrekenen, met een verzendadres in het land dat u hebt opgegeven: { $country }.
code-does-not-apply = Als de winkel zegt dat de code niet van toepassing is, controleer dan of het winkelwagentje precies { $keys ->
        [one] één sleutel
       *[other] { $keys } sleutels
    } bevat, niet meer en niet minder, en of de code precies zo is ingevoerd als hier getoond (kopiëren voorkomt fouten).
code-ordered = Ik heb mijn sleutels besteld

## Het aanvraagformulier
claim-intro = U kunt één promotiecode aanvragen voor { $keys ->
        [one] één beveiligingssleutel
       *[other] { $keys } beveiligingssleutels
    }.
claim-country-label = Land waarnaar de sleutels worden verzonden
claim-country-hint = De naam, in het Nederlands of in een van de talen van het land (Deutschland, Schweiz, 日本), of de code van twee letters, zoals DE of GB. De sleutels worden verzonden naar: { $countries }.
claim-list-separator = {", "}
claim-empty = Voer het land in waarnaar uw sleutels moeten worden verzonden.
claim-common-mistake = { $given } is geen ISO-landcode: voer voor dit land ({ $name }) { $meant } in.
claim-unknown-country = We kennen geen land met de naam ‘{ $given }’. Voer de naam in, in het Nederlands of in een van de talen van het land, of de ISO-code van twee letters, zoals DE of JP.
claim-not-served = De sleutels van deze actie worden niet naar dit land verzonden: { $country }. Er is u niets toegewezen.
claim-none-left-for = Er zijn geen codes meer voor dit land: { $country }.
claim-unknown-offer = De gekozen sleutel wordt niet aangeboden voor dit land: { $country }. Kies een van de vermelde sleutels.
claim-choose-offer = { $count } soorten sleutels worden naar dit land verzonden: { $country }. Kies er hieronder een.
claim-roles-gone = Volgens het pakketregister hebt u vandaag geen rol als Owner of Maintainer meer in een kritiek project, dus kan er geen code worden aangevraagd. Er is u niets toegewezen. Klopt dit niet, vraag de eigenaren van het project dan om u opnieuw toe te voegen, of schrijf het team van de actie.
claim-button = Mijn code aanvragen
offer-choice-legend = Welke sleutel wilt u?
offer-choice-plain = { $offer }: één code voor { $keys ->
        [one] één sleutel
       *[other] { $keys } sleutels
    }
offer-choice-by-vendor = { $offer }, van { $vendor }: één code voor { $keys ->
        [one] één sleutel
       *[other] { $keys } sleutels
    }

## Waarom een beheerder geen code kan aanvragen
ineligible-closed = De aanvragen voor deze actie zijn gesloten: er worden geen codes meer uitgegeven.
ineligible-not-open-yet = Deze actie opent op { $day }. Kom dan terug om een code aan te vragen.
ineligible-ended = Deze actie is op { $day } geëindigd. Er worden geen codes meer uitgegeven.
ineligible-no-codes-left = Alle codes van deze actie zijn aangevraagd: er is er geen meer over.
ineligible-no-critical-role = Deze actie is voor de Owners en Maintainers van kritieke projecten, en uw account is geen Owner of Maintainer van een kritiek project.
ineligible-team-account = Beheert u een kritiek project via een team- of organisatieaccount, vraag dan { $support } om naar uw situatie te kijken.
ineligible-support-team = het supportteam van het register
ineligible-account-too-new = Deze actie is voor accounts die uiterlijk op { $cutoff } zijn aangemaakt; het uwe is op { $joined } aangemaakt.
ineligible-has-security-key = Uw account gebruikt al een beveiligingssleutel, en deze actie is voor beheerders die er nog geen hebben. Bedankt dat u uw projecten beschermt.
ineligible-has-totp = In deze fase is de actie voor beheerders die nog geen tweede factor hebben, en uw account gebruikt al een authenticatie-app. Bedankt dat u uw projecten beschermt.
ineligible-handed-back = U hebt de code die u in deze actie kreeg teruggegeven, en een teruggegeven code kan hier niet opnieuw worden aangevraagd.
phase-note-widens = De voorwaarden van deze actie worden op { $day } verruimd, en vanaf die dag komt u in aanmerking: kom dan terug om een code aan te vragen, zolang er codes over zijn.

## Een code teruggeven
release-hint = Gaat u deze code niet gebruiken? { $link }, zodat iemand anders hem kan krijgen.
release-hint-link = Geef hem terug
release-title = Uw code teruggeven
release-about = U staat op het punt uw promotiecode { $code } van { $campaign } terug te geven.
release-restock = Hij gaat naar een andere beheerder: gebruik hem daarna niet meer.
release-retire = Hij werkt daarna niet meer: niemand kan hem nog gebruiken.
release-claim-again = U kunt later een andere code aanvragen, zolang er codes over zijn.
release-no-claim-again = U kunt in deze actie geen andere code aanvragen.
release-button = Mijn code teruggeven
release-keep = Houden

## Bevestigingsstap
confirm-title = Bevestig alstublieft
confirm-ordered-heading = Hebt u uw sleutels besteld?
confirm-ordered = Geef dit pas aan als uw bestelling met de code van { $campaign } geplaatst is: de code geldt dan als gebruikt, en dit kan niet ongedaan worden gemaakt.
confirm-ordered-button = Ja, ik heb mijn sleutels besteld
confirm-go-back = Nee, ga terug

## Afmelden voor e-mail over de actie
unsubscribe-title = E-mail over de actie
unsubscribe-ask = Uitnodigingen en herinneringen over acties voor beveiligingssleutels stopzetten voor het account { $username }? Aanmeldlinks komen nog steeds wanneer u erom vraagt.
unsubscribe-button = E-mail over de actie stopzetten
unsubscribe-done = Klaar: het account { $username } krijgt geen uitnodigingen of herinneringen meer.
unsubscribe-turn-on-again = U kunt ze op uw pagina weer aanzetten, zodra u { $signed_in }.
unsubscribe-signed-in = bent aangemeld
unsubscribe-unknown = Deze link is niet geldig. Controleer of u hem volledig hebt gekopieerd; of { $sign_in } en zet de e-mail over de actie uit op uw pagina.
unsubscribe-sign-in = meld u aan

## Berichten na een handeling
flash-signed-in = U bent aangemeld.
flash-claimed = Uw code is klaar. Hij is alleen van u: hij staat hier telkens wanneer u terugkomt.
flash-already-held = U hebt al een code voor deze actie: hier is hij nog een keer.
flash-redeemed = Dank u: we hebben genoteerd dat u uw sleutels hebt besteld.
flash-checkout-done = Dank u voor uw bestelling. Uw code wordt als ingewisseld getoond zodra Stripe dat bevestigt, meestal binnen een minuut.
flash-checkout-not-ready = Uw code wordt nog in de winkel ingesteld. Probeer het over een paar minuten opnieuw.
flash-mail-on = Uitnodigingen en herinneringen staan aan: we schrijven u wanneer een actie opent, binnenkort sluit of uw code bijna verloopt.
flash-mail-off = Uitnodigingen en herinneringen staan uit: u krijgt ze niet meer. Aanmeldlinks komen nog steeds wanneer u erom vraagt.
flash-checkout-failed = De winkel was niet bereikbaar. Uw code is ongewijzigd: probeer het over een paar minuten opnieuw.
flash-handed-back = U hebt uw code teruggegeven: u kunt hem niet meer gebruiken. Dank u dat u het liet weten.
flash-nothing-to-hand-back = U hebt in deze actie geen ongebruikte code om terug te geven: hij is al teruggegeven of gebruikt.

## Foutpagina's
error-title = Fout: { $title }
error-go-home = Naar de startpagina
error-not-found-heading = Pagina niet gevonden
error-not-found = Op dit adres staat geen pagina.
error-csrf-heading = Dit formulier is verlopen
error-csrf = De pagina waarvandaan u het formulier verstuurde, was te oud of werd in een andere sessie geopend. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-bad-request-heading = Dit verzoek kon niet worden gelezen
error-bad-request = Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-internal-heading = Er ging bij ons iets mis
error-internal = We konden uw verzoek niet afhandelen en hebben het probleem vastgelegd. Het ligt niet aan iets wat u deed. Probeer het over een ogenblik opnieuw.
error-busy-heading = keydrop is op dit moment erg druk
error-busy = Uw verzoek kon niet op tijd worden afgehandeld, en er is niets door gewijzigd. Probeer het over een paar seconden opnieuw: een aanvraag die niet lukte, kunt u gewoon opnieuw doen, en een code die u al hebt, blijft van u.
error-too-many-sign-ins-heading = Te veel aanmeldverzoeken
error-too-many-sign-ins = Er is in korte tijd te vaak om aanmeldlinks gevraagd. Als er een link bij u is aangekomen, werkt de nieuwste: die heeft de eerdere vervangen. Probeer het anders over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } opnieuw.
error-totp-locked-heading = Het beheergedeelte van uw account is vergrendeld
error-totp-locked = Er zijn voor uw account te veel onjuiste codes ingevoerd, daarom is het beheergedeelte { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } vergrendeld. Dit is vastgelegd. Hebt u ze niet zelf ingevoerd, dan heeft iemand anders misschien uw aanmeldlink: laat het de andere beheerders weten.
error-too-many-claims-heading = Te veel aanvragen in korte tijd
error-too-many-claims = Probeer het over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } opnieuw. Een code die u al hebt, blijft van u.
error-too-many-heading = Te veel verzoeken
error-too-many = Probeer het over { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } opnieuw.
error-too-large-heading = Dat is meer dan deze pagina aanneemt
error-too-large = Wat u verstuurde, is groter dan dit adres aanneemt, en er is niets gewijzigd. Ga terug, maak het korter (of het bestand kleiner) en probeer het opnieuw.
error-not-text-heading = Dit verzoek bevat tekens die geen tekst zijn
error-not-text = Wat u verstuurde, bevat een NUL-teken, een stuurteken of bytes die geen UTF-8 zijn, en er is niets gewijzigd. Ga terug, typ de tekst opnieuw (in plaats van hem te plakken) en verstuur hem nog eens.
error-signed-out-heading = Meld u eerst aan
error-signed-out = U bent niet aangemeld of uw sessie is beëindigd, dus er is niets gewijzigd. { $sign_in } en verstuur het formulier daarna opnieuw.
error-signed-out-link = Meld u aan
error-field-too-long-heading = Een veld is te lang
error-field-too-long = Elk veld neemt hoogstens { $max } tekens aan, en er is niets gewijzigd. Ga terug, kort de tekst in en verstuur het formulier opnieuw.
error-method-heading = Zo wordt deze pagina niet gebruikt
error-method = Dit adres beantwoordt dat soort verzoek niet.
error-uri-too-long-heading = Dat adres is te lang
error-uri-too-long = De dienst leest geen adressen die zo lang zijn.
error-timed-out-heading = Uw verzoek deed er te lang over om aan te komen
error-timed-out = Er is niets gewijzigd. Controleer uw verbinding en probeer het opnieuw.
error-unauthorized-heading = Aanmelding vereist
error-unauthorized = Dit adres vereist een geldig bearer-token.
