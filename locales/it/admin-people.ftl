# Le pagine codici, maintainer, accesso e chiavi di sicurezza dell'area di amministrazione, la
# sua navigazione e i suoi passaggi di conferma (templates/admin/, src/web/admin/).

## Navigazione (ogni pagina di amministrazione)
admin-nav-label = Amministrazione
admin-nav-dashboard = Pannello
admin-nav-campaigns = Iniziative
admin-nav-batches = Lotti
admin-nav-codes = Codici
admin-nav-maintainers = Maintainer
admin-nav-security-keys = Le sue chiavi di sicurezza

## Codici: la ricerca e il rapporto di utilizzo del fornitore
admin-codes-title = Codici · amministrazione
admin-codes-heading = Codici
admin-codes-search-label = Codice (o il suo inizio), nome utente o indirizzo email
admin-codes-search = Cerca
admin-codes-none-match = Nessun codice corrisponde a «{ $query }».
admin-codes-found = Codici trovati
admin-codes-matching = Codici corrispondenti a «{ $query }»
admin-code-column-code = Codice
admin-code-column-campaign = Iniziativa
admin-code-column-state = Stato
admin-code-column-holder = Titolare
admin-code-column-country = Paese
admin-code-column-expires = Scadenza
admin-codes-report-heading = Rapporto di utilizzo del fornitore
admin-codes-report-explained = Un file CSV con una colonna «code» e una colonna «date» (il giorno in cui ogni codice è stato usato). I codici che contiene vengono segnati come utilizzati; non viene segnato nulla finché ogni riga non è leggibile.
admin-codes-report-no-file = Scelga un file da caricare.
admin-codes-report-too-large = Il file supera { $mib } MiB: lo divida.
admin-codes-report-bad-lines = Non è stato segnato nulla: { $count ->
        [one] { $count } riga del rapporto non è leggibile
       *[other] { $count } righe del rapporto non sono leggibili
    }. Le corregga e carichi di nuovo il rapporto.
admin-codes-report-line = Riga { $line }: { $problem }
admin-codes-report-file = Rapporto (al massimo { $mib } MiB)
admin-codes-report-submit = Segna come utilizzati i codici del rapporto

## Stati di un codice
admin-code-state-available = disponibile
admin-code-state-assigned = assegnato
admin-code-state-redeemed = utilizzato
admin-code-state-expired = scaduto
admin-code-state-revoked = revocato

## La pagina di un codice
admin-code-title = Codice { $code } · amministrazione
admin-code-heading = Codice
admin-code-campaign = Iniziativa
admin-code-campaign-batch = { $campaign } (lotto { $batch })
admin-code-state = Stato
admin-code-expires = Scadenza
admin-code-holder = Titolare
admin-code-holder-nobody = nessuno
admin-code-country = Paese dichiarato
admin-code-assigned = Assegnato il
admin-code-redeemed = Utilizzato il
admin-code-redeemed-via-holder = segnalato dal titolare
admin-code-redeemed-via-vendor = rapporto del fornitore
admin-code-redeemed-via-admin = segnato da un amministratore
admin-code-redeemed-via-stripe = pagamento Stripe
admin-code-revoked = Revocato il
admin-code-revoked-because = { $when }: { $reason }
admin-code-stripe = Stripe
admin-code-stripe-published-as = pubblicato come
admin-code-stripe-inactive = , inattivo in Stripe
admin-code-stripe-times-redeemed = ; utilizzato { $count ->
        [one] una volta
       *[other] { $count } volte
    } su Stripe
admin-code-stripe-failed = non riuscito
admin-code-stripe-failed-details = ({ $attempts ->
        [one] { $attempts } tentativo
       *[other] { $attempts } tentativi
    }, prossimo tentativo { $next }):
admin-code-stripe-deactivated = disattivato in Stripe ({ $when })
admin-code-stripe-waiting = in attesa di pubblicazione
admin-code-act-heading = Agire su questo codice
admin-code-revoke-reason = Motivo della revoca (conservato nel registro di controllo)
admin-code-revoke = Revoca il codice
admin-code-revoke-hint = Il titolare vede che il codice è stato revocato e può richiederne un altro finché l'iniziativa è aperta.
admin-code-mark-redeemed = Segna come utilizzato

## La cronologia di un codice
admin-history-heading = Cronologia
admin-history-empty = Nessun evento registrato.
admin-history-when = Quando
admin-history-who = Chi
admin-history-what = Cosa
admin-history-details = Dettagli
admin-history-code-claim = Richiesto
admin-history-code-redeem = Segnato come utilizzato
admin-history-code-revoke = Revocato
admin-history-code-expire = Scaduto senza essere usato
admin-history-code-hand-back = Restituito dal titolare
admin-history-stripe-publish = Pubblicato su Stripe come codice promozionale
admin-history-stripe-checkout-ignored = Un pagamento Stripe che lo riguarda è stato ignorato
admin-history-stripe-checkout-unknown = Stripe ha segnalato un pagamento che keydrop non conosce
admin-history-grant-add = Idoneità concessa
admin-history-grant-withdraw = Deroga revocata
admin-history-login = Accesso effettuato
admin-history-actor-maintainer = Maintainer { $name }
admin-history-actor-admin = amministratore { $name }
admin-history-actor-api-token = token API { $token }
admin-history-actor-command-line = riga di comando
admin-history-actor-command-line-of = riga di comando ({ $who })
admin-history-actor-stripe = Stripe
admin-history-actor-system = sistema
admin-history-detail-declared-country = paese dichiarato: { $country }
admin-history-detail-reported-by-holder = segnalato dal titolare
admin-history-detail-marked-by-admin = segnato da un amministratore
admin-history-detail-handed-back-restocked = rimesso a disposizione
admin-history-detail-handed-back-retired = ritirato

## Passaggi di conferma delle azioni degli amministratori
admin-action-close-claims-heading = Chiudere ora le richieste di { $campaign }?
admin-action-close-claims-explained = Tutte le richieste si fermano subito, su ogni server, qualunque siano le date. I codici già richiesti restano ai loro titolari. Potrà riaprire le richieste in seguito dalla pagina dell'iniziativa.
admin-action-close-claims-yes = Sì, chiudi ora le richieste
admin-action-revoke-heading = Revocare il codice { $code }?
admin-action-revoke-explained = Il codice smette di funzionare per il suo titolare, che vede che è stato revocato e può richiederne un altro finché l'iniziativa è aperta. L'operazione non può essere annullata.
admin-action-revoke-reason = Motivo, conservato nel registro di controllo: { $reason }
admin-action-revoke-yes = Sì, revoca il codice

## Maintainer
admin-maintainers-title = Maintainer · amministrazione
admin-maintainers-heading = Maintainer
admin-maintainers-search-label = Nome utente (o il suo inizio) o indirizzo email
admin-maintainers-search = Cerca
admin-maintainers-none-match = Nessuno corrisponde a «{ $query }».

## La pagina di un maintainer
admin-maintainer-title = { $username } · amministrazione
admin-maintainer-email = Email
admin-maintainer-joined = Account creato il
admin-maintainer-two-factors = Autenticazione a due fattori
admin-maintainer-two-factors-key = chiave di sicurezza
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = nessuna
admin-maintainer-projects = Progetti critici
admin-maintainer-no-projects = Nessun ruolo in un progetto critico.
admin-maintainer-project = { $project }: { $role },
admin-maintainer-project-rank = posizione { $rank } quando è diventato critico, il
admin-maintainer-eligibility = Idoneità
admin-maintainer-holds = Possiede
admin-maintainer-may-claim = Idoneo: può richiedere un codice.
admin-maintainer-grant-heading = Deroga
admin-maintainer-granted-by = Idoneità concessa da { $admin } il { $when }:
admin-maintainer-withdraw-reason = Motivo della revoca
admin-maintainer-withdraw = Revoca la deroga
admin-maintainer-grant-explained = Una deroga rende idoneo questo maintainer indipendentemente da ruoli, anzianità dell'account o chiavi, per esempio quando i suoi progetti sono registrati sotto l'account di un team o di un'organizzazione. Le date e le scorte dell'iniziativa restano valide.
admin-maintainer-grant-needs-reason = Indichi un motivo per la deroga.
admin-maintainer-grant-reason = Motivo (conservato nel registro di controllo)
admin-maintainer-grant = Concedi l'idoneità

## Il secondo fattore dell'accesso di amministrazione
admin-signin-title = Accesso di amministrazione: secondo fattore
admin-signin-title-error = Errore: accesso di amministrazione: secondo fattore
admin-signin-heading = Secondo fattore richiesto
admin-signin-needs-code = Oltre al link di accesso, l'area di amministrazione richiede un codice della sua app di autenticazione.
admin-signin-needs-code-or-key = Oltre al link di accesso, l'area di amministrazione richiede un codice della sua app di autenticazione o una delle sue chiavi di sicurezza.
admin-signin-needs-key = Oltre al link di accesso, l'area di amministrazione richiede una delle sue chiavi di sicurezza: su questo servizio un codice di un'app non basta.
admin-signin-use-key-heading = Usi una chiave di sicurezza
admin-signin-key-refused = Questa chiave di sicurezza non è stata accettata (una chiave di un altro account, una chiave rimossa o una risposta già usata). Riprovi.
admin-signin-use-key = Usa la mia chiave di sicurezza
admin-signin-or-code-heading = Oppure inserisca un codice
admin-signin-code-refused = Questo codice non è corretto o è già stato usato. Inserisca il codice che la sua app mostra adesso.
admin-signin-enrol-heading = Configuri la sua app di autenticazione
admin-signin-enrol-scan = Scansioni questo codice QR con un'app di autenticazione (o inserisca a mano la chiave qui sotto).
admin-signin-enrol-qr = Codice QR con la chiave per la sua app di autenticazione
admin-signin-enrol-enter = Per finire, inserisca il codice a sei cifre che mostra.
admin-signin-enrol-secret = Chiave, da inserire a mano:
admin-signin-enrol-keep-secret = Questa chiave viene mostrata solo finché il suo primo codice non la conferma. La tenga segreta.
admin-signin-recovery-hint = Ha perso il telefono? Al posto del codice, inserisca uno dei codici di recupero ricevuti quando ha configurato l'app; ognuno funziona una sola volta. Hanno questo aspetto:
admin-signin-code-label = Codice a sei cifre
admin-signin-code-or-recovery-label = Codice a sei cifre o codice di recupero
admin-signin-continue = Continua

## Codici di recupero, mostrati una volta dopo la configurazione dell'app
admin-recovery-title = I suoi codici di recupero
admin-recovery-heading = La sua app di autenticazione è configurata
admin-recovery-explained = Se un giorno perdesse il telefono con la sua app di autenticazione, ciascuno di questi codici di recupero le consente di entrare una volta nell'area di amministrazione, al posto di un codice a sei cifre.
admin-recovery-shown-once = Vengono mostrati solo adesso
admin-recovery-keep = : li stampi o li conservi nel suo gestore di password, lontano dal telefono.
admin-recovery-continue = Li ho salvati: continua

## Le chiavi di sicurezza dell'amministratore
admin-keys-title = Le sue chiavi di sicurezza
admin-keys-explained = Una chiave di sicurezza può essere il suo secondo fattore per l'area di amministrazione, al posto di un codice della sua app di autenticazione.
admin-keys-required = Su questo servizio una chiave è obbligatoria: i codici dell'app permettono solo di registrare la prima chiave.
admin-keys-added = La sua chiave «{ $name }» è stata aggiunta. La usi la prossima volta che l'area di amministrazione le chiede il secondo fattore.
admin-keys-removed = La chiave «{ $name }» è stata rimossa: non apre più l'area di amministrazione.
admin-keys-not-added = La chiave non è stata aggiunta: la sua risposta non è risultata valida, oppure la registrazione ha richiesto più di cinque minuti. Riprovi.
admin-keys-already-registered = Questa chiave è già registrata.
admin-keys-last-factor = Questa chiave è il suo ultimo secondo fattore, quindi non può essere rimossa: aggiunga prima un'altra chiave.
admin-keys-last-accepted-factor = Questa chiave è l'ultimo secondo fattore che questo servizio accetta da lei, quindi non può essere rimossa: aggiunga prima un'altra chiave.
admin-keys-none = Non ha ancora nessuna chiave di sicurezza.
admin-keys-column-name = Nome
admin-keys-column-added = Aggiunta il
admin-keys-column-last-used = Ultimo utilizzo
admin-keys-column-remove = Rimuovi
admin-keys-never-used = mai
admin-keys-remove = Rimuovi «{ $name }»
admin-keys-add-heading = Aggiungi una chiave
admin-keys-name-label = Un nome per la chiave, per distinguerla dalle altre
admin-keys-press-hint = Prema il pulsante, poi tocchi la chiave quando lampeggia. Serve JavaScript.
admin-keys-add = Aggiungi questa chiave
admin-keys-unavailable = Qui non si possono usare chiavi di sicurezza: l'indirizzo del servizio (KEYDROP_BASE_URL) deve essere un nome di dominio, non un indirizzo IP.
admin-keys-totp-stays = La sua app di autenticazione resta configurata.
admin-keys-totp-stays-fallback = La sua app di autenticazione resta configurata come alternativa.
admin-keys-js-unsupported = Questo browser non può usare chiavi di sicurezza.
admin-keys-js-failed = Non è stato possibile usare la chiave di sicurezza.
admin-keys-js-touch = Tocchi ora la sua chiave di sicurezza.
admin-keys-js-no-answer = La chiave di sicurezza non ha risposto, oppure la richiesta è stata annullata. Riprovi.
admin-keys-start-needs-domain = Le chiavi di sicurezza richiedono che il servizio sia su un nome di dominio.
admin-keys-start-name-length = Dia alla chiave un nome da 1 a { $max } caratteri.
admin-keys-start-unavailable = Qui non si può usare alcuna chiave di sicurezza.
admin-keys-start-no-key = Questo account non ha chiavi di sicurezza.

## L'area di amministrazione, per chi non è amministratore
admin-forbidden-title = Solo per amministratori
admin-forbidden-explained = Questa parte di keydrop è riservata agli amministratori dell'iniziativa, e il suo account non è tra questi.
admin-forbidden-giveaway-link = Vai alla sua pagina dell'iniziativa
