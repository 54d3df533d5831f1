# De berichten die keydrop verstuurt (templates/mail/, src/mail/messages.rs).

mail-hello = Beste { $username },
mail-footer = keydrop, de actie met beveiligingssleutels voor beheerders van kritieke projecten.
mail-list-separator = {", "}
mail-sign-in-there = en meld u daar aan met uw gebruikersnaam bij het register of uw e-mailadres.

mail-sign-in-subject = Uw aanmeldlink voor keydrop
mail-sign-in-asked = Iemand, waarschijnlijk u, heeft gevraagd om zich aan te melden bij keydrop, de actie met beveiligingssleutels voor beheerders van kritieke projecten. Open deze link om u aan te melden:
mail-sign-in-once = De link werkt één keer, { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    } lang. Hebt u er niet om gevraagd, dan kunt u dit bericht negeren: zonder de link kan niemand zich aanmelden.

mail-invitation-subject = { $campaign }: een gratis hardwarebeveiligingssleutel voor uw werk aan { $projects }
mail-invitation-projects-none = kritieke projecten
mail-invitation-projects-two = { $first } en { $second }
mail-invitation-projects-more = { $first } en { $others ->
        [one] één ander project
       *[other] { $others } andere projecten
    }
mail-invitation-granted = Het team achter { $campaign } heeft u in aanmerking laten komen voor een gratis hardwarebeveiligingssleutel.
mail-invitation-critical = U bent Owner of Maintainer van { $count ->
        [one] een project dat het register als kritiek aanmerkt:
       *[other] projecten die het register als kritiek aanmerkt:
    }
mail-invitation-ranked = op plaats { $rank } naar downloads in de zes maanden vóór { $since }, waarmee het bij de top 1% hoorde.
mail-invitation-may-claim = Daarom kunt u bij { $campaign } een gratis hardwarebeveiligingssleutel aanvragen (een code voor { $keys ->
        [one] één sleutel
       *[other] { $keys } sleutels
    }).
mail-invitation-when = Wanneer:
mail-invitation-dates = u kunt aanvragen van { $starts } tot en met { $ends } (UTC).
mail-invitation-where = Landen waarnaar de sleutels worden verzonden:
mail-invitation-asks-nothing = Dit bericht vraagt niets van u: geen antwoord, geen wachtwoord, en het bevat geen link. Typ om aan te vragen zelf het adres van de dienst in uw browser:
mail-invitation-why = U ontvangt dit bericht omdat het e-mailadres van uw account bekend is bij het register. Wilt u geen berichten over acties meer ontvangen (uitnodigingen en herinneringen), zet ze dan uit op uw pagina nadat u zich hebt aangemeld, of gebruik de functie 'afmelden' van uw e-mailprogramma.

mail-when = { $days ->
        [0] vandaag
        [1] morgen
       *[other] over { $days } dagen
    }
mail-claim-reminder-subject = { $campaign } sluit { $when }: u hebt uw beveiligingssleutel nog niet aangevraagd
mail-claim-reminder-body = U kunt bij { $campaign } een gratis hardwarebeveiligingssleutel aanvragen, en dat hebt u nog niet gedaan. De aanvraagperiode sluit { $when }, aan het einde van { $day } (UTC).
mail-claim-type-address = Typ om aan te vragen zelf het adres van de dienst in uw browser:
mail-redeem-reminder-subject = Uw code voor { $campaign } verloopt { $when }
mail-redeem-reminder-body = De code die u bij { $campaign } hebt gekregen (voor { $keys ->
        [one] één beveiligingssleutel
       *[other] { $keys } beveiligingssleutels
    }) is nog niet gebruikt en verloopt { $when }, aan het einde van { $day } (UTC). Daarna kan hij niet meer worden gebruikt.
mail-redeem-type-address = Typ zelf het adres van de dienst in uw browser om uw code te zien en te lezen hoe u uw sleutels bestelt:
mail-redeem-sign-in-there = en meld u daar aan.
mail-reminders-off = Geen herinneringen meer? Zet ze uit op uw pagina, of hier:
