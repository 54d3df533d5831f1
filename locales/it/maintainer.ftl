# Le pagine dei maintainer: pagina iniziale, accesso, pagina dell'iniziativa, restituzione, e-mail, errori.

## Pagina iniziale
home-title = Chiavi di sicurezza per i progetti critici
home-heading = Chiavi di sicurezza per i maintainer dei progetti critici
home-signed-out = È uscito dal suo account.
home-intro = I maintainer dei progetti più scaricati del registro possono ricevere gratuitamente chiavi di sicurezza hardware. Un codice promozionale ottenuto su questo sito, utilizzato nel negozio del produttore, paga le chiavi e la loro spedizione.
home-how = Per sapere se può partecipare, acceda con il suo nome utente del registro o con il suo indirizzo e-mail: inviamo un link di accesso monouso all’indirizzo del suo account.
home-who-heading = Chi può partecipare
home-who-critical = È Owner o Maintainer di un progetto critico: un progetto nell’1% più scaricato degli ultimi sei mesi. Un progetto che è stato critico una volta resta critico.
home-who-ships = Le chiavi possono essere spedite nel suo paese.
home-who-no-key = Il suo account non usa ancora una chiave di sicurezza (alcune iniziative accolgono anche chi ne usa già una).

## Accesso
login-sign-in = Accedi
login-empty = Inserisca il suo nome utente del registro o l’indirizzo e-mail del suo account.
login-link-used = Questo link di accesso è già stato usato. Ogni link funziona una sola volta: ne richieda uno nuovo qui sotto.
login-link-expired = Questo link di accesso è scaduto: i link valgono { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }. Ne richieda uno nuovo qui sotto.
login-link-unknown = Questo link di accesso non è valido. Verifichi di averlo copiato per intero, oppure ne richieda uno nuovo qui sotto.
login-intro = Invieremo un link di accesso all’indirizzo e-mail del suo account del registro. Funziona una sola volta, per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
login-field = Nome utente o indirizzo e-mail
login-send = Inviami un link di accesso
login-sent-title = Controlli la sua e-mail
login-sent-notice = Se questo nome utente o indirizzo e-mail appartiene a un account, abbiamo inviato un link di accesso all’indirizzo e-mail dell’account.
login-sent-works-once = Il link funziona una sola volta, per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
login-sent-nothing = Non è arrivato nulla? Controlli la cartella della posta indesiderata, oppure { $link }.
login-sent-ask-again = richieda un altro link
login-confirm-heading = Accedi a keydrop
login-confirm-intro = Ha seguito un link di accesso. Continui per accedere da questo dispositivo.
login-confirm-why = L’accesso richiede questo passaggio in più affinché i sistemi di scansione della posta, che aprono i link, non consumino il suo.

## La pagina dell'iniziativa
giveaway-title = La sua iniziativa
giveaway-heading = La sua iniziativa per le chiavi di sicurezza
giveaway-none-heading = Ancora nessuna iniziativa
giveaway-none = Al momento non è in corso alcuna iniziativa per le chiavi di sicurezza.
giveaway-claims-open = Le richieste sono aperte dal { $start } al { $end }.
giveaway-revoked = Il codice che le era stato assegnato in questa iniziativa è stato revocato dagli amministratori il { $day }: non funziona più.
giveaway-projects-heading = I suoi progetti critici
giveaway-no-projects = Nessuno dei progetti di cui è Owner o Maintainer è critico (nell’1% più scaricato).
giveaway-projects-summary = { $count ->
        [one] 1 progetto
       *[other] { $count } progetti
    } nell’1% più scaricato di cui è Owner o Maintainer
giveaway-column-project = Progetto
giveaway-column-role = Il suo ruolo
giveaway-column-rank = Posizione quando è diventato critico
giveaway-column-since = Critico dal
giveaway-mail-heading = E-mail dell’iniziativa
giveaway-mail-off-note = Ha disattivato inviti e promemoria. I link di accesso le arrivano comunque quando ne richiede uno.
giveaway-mail-turn-on = Attiva inviti e promemoria
giveaway-mail-on-note = Le scriviamo per invitarla a un’iniziativa a cui può partecipare, qualche giorno prima della chiusura se non ha ancora richiesto un codice, e qualche giorno prima della scadenza del suo codice se non l’ha ancora utilizzato. Nessuno di questi messaggi le chiede qualcosa.
giveaway-mail-turn-off = Disattiva inviti e promemoria

## Il codice
code-label = Il suo codice promozionale
code-copy = Copia il codice
code-copied = Copiato
code-redeemed-vendor = Il negozio segnala che questo codice è stato utilizzato.
code-redeemed-stripe = Ha ordinato le sue chiavi nel nostro negozio.
code-redeemed-admin = Il team dell’iniziativa ha segnato questo codice come utilizzato.
code-redeemed-self = Ci ha comunicato di aver ordinato le sue chiavi.
code-redeemed-vendor-on = Il negozio segnala che questo codice è stato utilizzato il { $day }.
code-redeemed-stripe-on = Ha ordinato le sue chiavi nel nostro negozio il { $day }.
code-redeemed-admin-on = Il team dell’iniziativa ha segnato questo codice come utilizzato il { $day }.
code-redeemed-self-on = Ci ha comunicato di aver ordinato le sue chiavi il { $day }.
code-expired = Questo codice è scaduto il { $day } senza essere stato utilizzato.
code-valid-until = Valido fino al { $day } ({ $days ->
        [0] oggi è l’ultimo giorno
        [one] manca 1 giorno
       *[other] mancano { $days } giorni
    }).
code-how-heading = Come utilizzarlo
code-stripe-how = Ordini { $keys ->
        [one] la sua chiave
       *[other] le sue { $keys } chiavi
    } nel nostro negozio su Stripe: il codice viene applicato automaticamente, l’ordine non costa nulla e Stripe chiede un indirizzo di spedizione in uno dei paesi di questa iniziativa.
code-stripe-redeem = Utilizza il codice: ordina le mie chiavi
code-step-store = Vada al { $store }.
code-store-name = negozio del produttore
code-step-cart = Metta nel carrello esattamente { $keys ->
        [one] una chiave
       *[other] { $keys } chiavi
    }: il codice paga { $keys ->
        [one] una chiave
       *[other] { $keys } chiavi
    } e la spedizione.
code-step-checkout = Inserisca il codice al momento del pagamento, con un indirizzo di spedizione nel suo paese.
code-step-checkout-declared = Inserisca il codice al momento del pagamento, con un indirizzo di spedizione nel paese che ha indicato: { $country }.
code-does-not-apply = Se il negozio dice che il codice non è applicabile, verifichi che il carrello contenga { $keys ->
        [one] una chiave
       *[other] { $keys } chiavi
    }, né più né meno, e che il codice sia scritto esattamente come mostrato (copiarlo evita errori).
code-ordered = Ho ordinato le mie chiavi

## Il modulo di richiesta
claim-intro = Può richiedere un codice promozionale per { $keys ->
        [one] una chiave di sicurezza
       *[other] { $keys } chiavi di sicurezza
    }.
claim-country-label = Paese in cui spedire le chiavi
claim-country-hint = Il suo nome, in italiano o in una delle lingue del paese (Deutschland, Schweiz, 日本), oppure il suo codice di due lettere, come DE o GB. Le chiavi vengono spedite in: { $countries }.
claim-list-separator = {", "}
claim-empty = Inserisca il paese in cui spedire le sue chiavi.
claim-common-mistake = { $given } non è un codice di paese ISO: per questo paese ({ $name }) inserisca { $meant }.
claim-unknown-country = Non conosciamo alcun paese chiamato «{ $given }». Inserisca il suo nome, in italiano o in una delle lingue del paese, oppure il suo codice ISO di due lettere, come DE o JP.
claim-not-served = Le chiavi di questa iniziativa non vengono spedite in questo paese: { $country }. Non le è stato assegnato nulla.
claim-none-left-for = Non restano codici per questo paese: { $country }.
claim-unknown-offer = La chiave scelta non è offerta per questo paese: { $country }. Ne scelga una dell’elenco.
claim-choose-offer = { $count } modelli di chiave vengono spediti in questo paese: { $country }. Ne scelga uno qui sotto.
claim-roles-gone = Il registro dei pacchetti indica che oggi non ha più un ruolo di Owner o Maintainer in alcun progetto critico, quindi non è possibile richiedere un codice. Non le è stato assegnato nulla. Se si tratta di un errore, chieda ai proprietari del progetto di aggiungerla di nuovo, oppure scriva al team dell’iniziativa.
claim-button = Richiedi il mio codice
offer-choice-legend = Quale chiave desidera?
offer-choice-plain = { $offer }: un codice per { $keys ->
        [one] una chiave
       *[other] { $keys } chiavi
    }
offer-choice-by-vendor = { $offer }, di { $vendor }: un codice per { $keys ->
        [one] una chiave
       *[other] { $keys } chiavi
    }

## Perché un maintainer non può richiedere un codice
ineligible-closed = Le richieste per questa iniziativa sono chiuse: non vengono più assegnati codici.
ineligible-not-open-yet = Questa iniziativa apre il { $day }. Torni in quella data per richiedere un codice.
ineligible-ended = Questa iniziativa si è conclusa il { $day }. Non vengono più assegnati codici.
ineligible-no-codes-left = Tutti i codici di questa iniziativa sono stati richiesti: non ne resta nessuno.
ineligible-no-critical-role = Questa iniziativa è riservata agli Owner e ai Maintainer dei progetti critici, e il suo account non è Owner o Maintainer di alcun progetto critico.
ineligible-team-account = Se mantiene un progetto critico tramite un account di team o di organizzazione, chieda all’{ $support } di esaminare il suo caso.
ineligible-support-team = assistenza del registro
ineligible-account-too-new = Questa iniziativa è riservata agli account creati entro il { $cutoff }; il suo è stato creato il { $joined }.
ineligible-has-security-key = Il suo account usa già una chiave di sicurezza, e questa iniziativa è rivolta ai maintainer che non ne hanno ancora una. Grazie per proteggere i suoi progetti.
ineligible-has-totp = In questa fase l’iniziativa è rivolta ai maintainer che non hanno ancora un secondo fattore, e il suo account usa già un’app di autenticazione. Grazie per proteggere i suoi progetti.
ineligible-handed-back = Ha restituito il codice che le era stato assegnato in questa iniziativa, e un codice restituito non può essere richiesto di nuovo qui.
phase-note-widens = Le regole di questa iniziativa si ampliano il { $day } e da quel giorno includono anche lei: torni allora per richiedere un codice, finché ne restano.

## Restituire un codice
release-hint = Non userà questo codice? { $link } affinché possa andare a qualcun altro.
release-hint-link = Lo restituisca
release-title = Restituisca il suo codice
release-about = Sta per restituire il suo codice promozionale { $code } di { $campaign }.
release-restock = Andrà a un altro maintainer: non lo usi più in seguito.
release-retire = Smetterà di funzionare: nessuno potrà più usarlo.
release-claim-again = Potrà richiedere un altro codice più tardi, finché ne restano.
release-no-claim-again = Non potrà richiedere un altro codice in questa iniziativa.
release-button = Restituisci il mio codice
release-keep = Lo tengo

## Passaggio di conferma
confirm-title = Confermi, per favore
confirm-ordered-heading = Ha ordinato le sue chiavi?
confirm-ordered = Lo confermi solo dopo aver effettuato l’ordine con il codice di { $campaign }: il codice risulterà utilizzato, e l’operazione non può essere annullata.
confirm-ordered-button = Sì, ho ordinato le mie chiavi
confirm-go-back = No, torna indietro

## Disiscrizione dalle e-mail dell'iniziativa
unsubscribe-title = E-mail dell’iniziativa
unsubscribe-ask = Interrompere inviti e promemoria sulle iniziative per le chiavi di sicurezza per l’account { $username }? I link di accesso le arrivano comunque quando ne richiede uno.
unsubscribe-button = Interrompi le e-mail dell’iniziativa
unsubscribe-done = Fatto: l’account { $username } non riceverà più inviti né promemoria.
unsubscribe-turn-on-again = Può riattivarli sulla sua pagina, dopo aver { $signed_in }.
unsubscribe-signed-in = effettuato l’accesso
unsubscribe-unknown = Questo link non è valido. Verifichi di averlo copiato per intero; oppure { $sign_in } e disattivi le e-mail dell’iniziativa sulla sua pagina.
unsubscribe-sign-in = acceda

## Messaggi dopo un'azione
flash-signed-in = Ha effettuato l’accesso.
flash-claimed = Il suo codice è pronto. È solo suo: lo troverà qui ogni volta che torna.
flash-already-held = Ha già un codice per questa iniziativa: eccolo di nuovo.
flash-redeemed = Grazie: abbiamo preso nota che ha ordinato le sue chiavi.
flash-checkout-done = Grazie per il suo ordine. Il suo codice risulterà utilizzato non appena Stripe lo confermerà, di solito entro un minuto.
flash-checkout-not-ready = Il suo codice è ancora in preparazione nel negozio. Riprovi tra qualche minuto.
flash-mail-on = Inviti e promemoria sono attivi: le scriveremo quando un’iniziativa apre, sta per chiudere o il suo codice sta per scadere.
flash-mail-off = Inviti e promemoria sono disattivati: non ne riceverà più. I link di accesso le arrivano comunque quando ne richiede uno.
flash-checkout-failed = Non è stato possibile raggiungere il negozio. Il suo codice non è cambiato: riprovi tra qualche minuto.
flash-handed-back = Ha restituito il suo codice: non può più usarlo. Grazie per avercelo comunicato.
flash-nothing-to-hand-back = Non ha alcun codice inutilizzato da restituire in questa iniziativa: è già stato restituito o utilizzato.

## Pagine di errore
error-title = Errore: { $title }
error-go-home = Vai alla pagina iniziale
error-not-found-heading = Pagina non trovata
error-not-found = Non esiste alcuna pagina a questo indirizzo.
error-csrf-heading = Questo modulo è scaduto
error-csrf = La pagina da cui ha inviato il modulo era troppo vecchia, oppure è stata aperta in un’altra sessione. Torni indietro, ricarichi la pagina e riprovi.
error-bad-request-heading = Non è stato possibile leggere la richiesta
error-bad-request = Torni indietro, ricarichi la pagina e riprovi.
error-internal-heading = Qualcosa non ha funzionato da parte nostra
error-internal = Non siamo riusciti a completare la sua richiesta e abbiamo registrato il problema. Non dipende da lei. Riprovi tra un momento.
error-busy-heading = keydrop è molto occupato in questo momento
error-busy = Non è stato possibile gestire la sua richiesta in tempo, e non ha modificato nulla. Riprovi tra qualche secondo: una richiesta di codice non andata a buon fine può semplicemente essere ripetuta, e un codice che ha già resta suo.
error-too-many-sign-ins-heading = Troppe richieste di accesso
error-too-many-sign-ins = Sono stati richiesti troppi link di accesso in poco tempo. Se un link le è arrivato, funziona il più recente: ha sostituito i precedenti. Altrimenti, riprovi tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
error-totp-locked-heading = L’area di amministrazione del suo account è bloccata
error-totp-locked = Per il suo account sono stati inseriti troppi codici errati, quindi la sua area di amministrazione è bloccata per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }. L’evento è stato registrato. Se non è stato lei a inserirli, qualcun altro potrebbe avere il suo link di accesso: avvisi gli altri amministratori.
error-too-many-claims-heading = Troppe richieste di codice in poco tempo
error-too-many-claims = Riprovi tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }. Un codice che ha già resta suo.
error-too-many-heading = Troppe richieste
error-too-many = Riprovi tra { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }.
error-too-large-heading = È più di quanto questa pagina accetti
error-too-large = Ciò che ha inviato supera quanto accetta questo indirizzo, e non è stato modificato nulla. Torni indietro, accorci il testo (o riduca il file) e riprovi.
error-not-text-heading = La richiesta contiene caratteri che non sono testo
error-not-text = Ciò che ha inviato contiene un carattere NUL, un carattere di controllo o byte che non sono UTF-8, e non è stato modificato nulla. Torni indietro, digiti di nuovo il testo (invece di incollarlo) e lo invii di nuovo.
error-signed-out-heading = Acceda prima
error-signed-out = Non ha effettuato l’accesso, oppure la sua sessione è terminata, quindi non è stato modificato nulla. { $sign_in }, poi invii di nuovo il modulo.
error-signed-out-link = Acceda
error-field-too-long-heading = Un campo è troppo lungo
error-field-too-long = Ogni campo accetta al massimo { $max } caratteri, e non è stato modificato nulla. Torni indietro, accorci il testo e invii di nuovo il modulo.
error-method-heading = Questa pagina non si usa così
error-method = Questo indirizzo non risponde a questo tipo di richiesta.
error-uri-too-long-heading = Questo indirizzo è troppo lungo
error-uri-too-long = Il servizio non legge indirizzi così lunghi.
error-timed-out-heading = La sua richiesta ha impiegato troppo tempo ad arrivare
error-timed-out = Non è stato modificato nulla. Controlli la connessione e riprovi.
error-unauthorized-heading = Accesso richiesto
error-unauthorized = Questo indirizzo richiede un bearer token valido.
