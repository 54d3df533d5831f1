# I messaggi che keydrop invia (templates/mail/, src/mail/messages.rs).

mail-hello = Buongiorno { $username },
mail-footer = keydrop, l'iniziativa che offre chiavi di sicurezza ai maintainer di progetti critici.
mail-list-separator = {", "}
mail-sign-in-there = e acceda con il Suo nome utente del registro o con il Suo indirizzo email.

mail-sign-in-subject = Il Suo link di accesso a keydrop
mail-sign-in-asked = Qualcuno, probabilmente Lei, ha chiesto di accedere a keydrop, l'iniziativa che offre chiavi di sicurezza ai maintainer di progetti critici. Apra questo link per accedere:
mail-sign-in-once = Funziona una sola volta, per { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    }. Se non l'ha chiesto Lei, può ignorare questo messaggio: nessuno può accedere senza il link.

mail-invitation-subject = { $campaign }: una chiave di sicurezza hardware gratuita per il Suo lavoro su { $projects }
mail-invitation-projects-none = progetti critici
mail-invitation-projects-two = { $first } e { $second }
mail-invitation-projects-more = { $first } e { $others ->
        [one] un altro progetto
       *[other] altri { $others } progetti
    }
mail-invitation-granted = Il team che gestisce { $campaign } L'ha resa idonea a ricevere una chiave di sicurezza hardware gratuita.
mail-invitation-critical = Lei è Owner o Maintainer { $count ->
        [one] di un progetto che il registro considera critico:
       *[other] di progetti che il registro considera critici:
    }
mail-invitation-ranked = al { $rank }° posto per numero di download nei sei mesi precedenti il { $since }, risultato che lo ha collocato nell'1% più scaricato.
mail-invitation-may-claim = Per questo può richiedere una chiave di sicurezza hardware gratuita (un codice per { $keys ->
        [one] una chiave
       *[other] { $keys } chiavi
    }) nell'ambito di { $campaign }.
mail-invitation-when = Quando:
mail-invitation-dates = le richieste si aprono il { $starts } e si chiudono alla fine del { $ends } (UTC).
mail-invitation-where = Paesi di spedizione:
mail-invitation-asks-nothing = Questo messaggio non Le chiede nulla: nessuna risposta, nessuna password, e non contiene alcun link. Per fare richiesta, digiti Lei stesso l'indirizzo del servizio nel browser:
mail-invitation-why = Riceve questo messaggio perché l'indirizzo email del Suo account è registrato presso il registro. Se non desidera più ricevere messaggi sulle iniziative (inviti e promemoria), li disattivi dalla Sua pagina dopo aver effettuato l'accesso, oppure usi la funzione "annulla iscrizione" del Suo programma di posta.

mail-when = { $days ->
        [0] oggi
        [1] domani
       *[other] tra { $days } giorni
    }
mail-claim-reminder-subject = { $campaign } chiude { $when }: non ha ancora richiesto la Sua chiave di sicurezza
mail-claim-reminder-body = Può richiedere una chiave di sicurezza hardware gratuita nell'ambito di { $campaign }, ma non l'ha ancora fatto. Le richieste si chiudono alla fine del { $day } (UTC), { $when }.
mail-claim-type-address = Per fare richiesta, digiti Lei stesso l'indirizzo del servizio nel browser:
mail-redeem-reminder-subject = Il Suo codice { $campaign } scade { $when }
mail-redeem-reminder-body = Il codice che ha ottenuto nell'ambito di { $campaign } (per { $keys ->
        [one] una chiave di sicurezza
       *[other] { $keys } chiavi di sicurezza
    }) non è ancora stato usato e scade alla fine del { $day } (UTC), { $when }. Dopo quella data non potrà più essere usato.
mail-redeem-type-address = Per vedere il Suo codice e come ordinare le chiavi, digiti Lei stesso l'indirizzo del servizio nel browser:
mail-redeem-sign-in-there = e acceda.
mail-reminders-off = Non desidera più promemoria? Li disattivi dalla Sua pagina, oppure qui:
