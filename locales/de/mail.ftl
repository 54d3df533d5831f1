# Die Nachrichten, die keydrop verschickt (templates/mail/, src/mail/messages.rs).

mail-hello = Hallo { $username },
mail-footer = keydrop, die Sicherheitsschlüssel-Aktion für Maintainer kritischer Projekte.
mail-list-separator = {", "}
mail-sign-in-there = und melden Sie sich dort mit Ihrem Benutzernamen in der Registry oder Ihrer E-Mail-Adresse an.

mail-sign-in-subject = Ihr Anmeldelink für keydrop
mail-sign-in-asked = Jemand, wahrscheinlich Sie, möchte sich bei keydrop anmelden, der Sicherheitsschlüssel-Aktion für Maintainer kritischer Projekte. Öffnen Sie diesen Link, um sich anzumelden:
mail-sign-in-once = Er funktioniert ein einziges Mal, { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } lang. Wenn Sie ihn nicht angefordert haben, können Sie diese Nachricht ignorieren: Ohne den Link kann sich niemand anmelden.

mail-invitation-subject = { $campaign }: ein kostenloser Hardware-Sicherheitsschlüssel für Ihre Arbeit an { $projects }
mail-invitation-projects-none = kritischen Projekten
mail-invitation-projects-two = { $first } und { $second }
mail-invitation-projects-more = { $first } und { $others ->
        [one] einem weiteren Projekt
       *[other] { $others } weiteren Projekten
    }
mail-invitation-granted = Das Team hinter { $campaign } hat Sie für einen kostenlosen Hardware-Sicherheitsschlüssel freigeschaltet.
mail-invitation-critical = Sie sind Owner oder Maintainer { $count ->
        [one] eines Projekts, das die Registry als kritisch einstuft:
       *[other] von Projekten, die die Registry als kritisch einstuft:
    }
mail-invitation-ranked = Platz { $rank } nach Downloads in den sechs Monaten vor dem { $since }, womit es zu den obersten 1 % gehörte.
mail-invitation-may-claim = Deshalb können Sie im Rahmen von { $campaign } einen kostenlosen Hardware-Sicherheitsschlüssel anfordern (einen Code für { $keys ->
        [one] einen Schlüssel
       *[other] { $keys } Schlüssel
    }).
mail-invitation-when = Wann:
mail-invitation-dates = Anforderungen sind ab dem { $starts } möglich; die Frist endet mit Ablauf des { $ends } (UTC).
mail-invitation-where = Lieferländer:
mail-invitation-asks-nothing = Diese Nachricht verlangt nichts von Ihnen: keine Antwort, kein Passwort, und sie enthält keinen Link. Um Ihren Schlüssel anzufordern, geben Sie die Adresse des Dienstes selbst in Ihren Browser ein:
mail-invitation-why = Sie erhalten diese Nachricht, weil die E-Mail-Adresse Ihres Kontos bei der Registry hinterlegt ist. Wenn Sie keine Nachrichten zu Aktionen mehr erhalten möchten (Einladungen und Erinnerungen), schalten Sie sie nach der Anmeldung auf Ihrer Seite ab oder nutzen Sie die Funktion „Abbestellen“ Ihres E-Mail-Programms.

mail-when = { $days ->
        [0] heute
        [1] morgen
       *[other] in { $days } Tagen
    }
mail-claim-reminder-subject = { $campaign } endet { $when }: Sie haben Ihren Sicherheitsschlüssel noch nicht angefordert
mail-claim-reminder-body = Sie können im Rahmen von { $campaign } einen kostenlosen Hardware-Sicherheitsschlüssel anfordern und haben das noch nicht getan. Die Frist endet { $when } mit Ablauf des { $day } (UTC).
mail-claim-type-address = Um ihn anzufordern, geben Sie die Adresse des Dienstes selbst in Ihren Browser ein:
mail-redeem-reminder-subject = Ihr Code für { $campaign } läuft { $when } ab
mail-redeem-reminder-body = Der Code, den Sie im Rahmen von { $campaign } erhalten haben (für { $keys ->
        [one] einen Sicherheitsschlüssel
       *[other] { $keys } Sicherheitsschlüssel
    }), wurde noch nicht eingelöst und läuft { $when } mit Ablauf des { $day } (UTC) ab. Danach kann er nicht mehr verwendet werden.
mail-redeem-type-address = Um Ihren Code zu sehen und zu erfahren, wie Sie Ihre Schlüssel bestellen, geben Sie die Adresse des Dienstes selbst in Ihren Browser ein:
mail-redeem-sign-in-there = und melden Sie sich dort an.
mail-reminders-off = Keine Erinnerungen mehr? Schalten Sie sie auf Ihrer Seite ab oder hier:
