# Pagine di amministrazione: cruscotto, iniziative e lotti (vedere locales/en/admin-campaigns.ftl).

## Cruscotto
admin-dashboard-title = Cruscotto di amministrazione
admin-dashboard-heading = Cruscotto
admin-dashboard-locked = Dalla Sua ultima visita, l'area di amministrazione del Suo account è stata bloccata dopo troppi codici errati:
admin-dashboard-locked-when = il { $at }, fino al { $until }
admin-dashboard-locked-advice = Se non ha inserito Lei quei codici, qualcun altro aveva il Suo link di accesso: avvisi gli altri amministratori e chiuda tutte le sessioni con { $command }.
admin-dashboard-adoption-heading = Diffusione dell'autenticazione a due fattori tra i maintainer di progetti critici
admin-dashboard-adoption-region = Diffusione dell'autenticazione a due fattori
admin-dashboard-protection = Protezione
admin-dashboard-maintainers = Maintainer
admin-dashboard-share = Quota
admin-dashboard-security-key = Chiave di sicurezza
admin-dashboard-totp-only = Solo TOTP
admin-dashboard-no-factor = Nessuna
admin-dashboard-all = Tutti
admin-dashboard-registry-heading = Titolarità verificata presso il registro
admin-dashboard-registry-hint = Dall'avvio di questo server. Quando il registro non ha dato una risposta utilizzabile, hanno deciso i dati importati.
admin-dashboard-registry-asked = Richieste al registro
admin-dashboard-registry-cached = Risposte dalla cache
admin-dashboard-registry-fallbacks = Nessuna risposta utilizzabile (hanno deciso i dati importati)
admin-dashboard-registry-refusals = Richieste rifiutate: ogni ruolo critico perso
admin-dashboard-mail-heading = Posta
admin-dashboard-mail-queued = In coda
admin-dashboard-mail-retrying = Di cui in attesa di un nuovo tentativo
admin-dashboard-mail-sent = Inviati
admin-dashboard-mail-failed = Non riusciti
admin-dashboard-mail-cancelled = Annullati (non più pertinenti)
admin-dashboard-mail-waits = Perché la posta in coda è in attesa: { $error }
admin-dashboard-failed-region = Messaggi abbandonati
admin-dashboard-failed-caption = Messaggi abbandonati, dal più recente ({ $command } li rimette in coda)
admin-dashboard-failed-message = Messaggio
admin-dashboard-failed-to = Destinatario
admin-dashboard-campaign = Iniziativa
admin-dashboard-failed-attempts = Tentativi
admin-dashboard-failed-given-up = Abbandonato il
admin-dashboard-failed-last-error = Ultimo errore
admin-dashboard-no-campaign = Ancora nessuna iniziativa.
admin-dashboard-dates = Richieste aperte dal { $from } al { $to }.
admin-dashboard-dates-closed = Richieste aperte dal { $from } al { $to }; chiuse da un amministratore.
admin-dashboard-eligible = Maintainer idonei
admin-dashboard-signed-in = Con accesso effettuato
admin-dashboard-claimed = Richiesti
admin-dashboard-redeemed = Riscattati
admin-dashboard-expired = Scaduti
admin-dashboard-revoked = Revocati
admin-dashboard-codes-left = Codici rimasti
admin-dashboard-keys-heading = Chiavi in uso
admin-dashboard-keys-holders = Maintainer che hanno ricevuto un codice
admin-dashboard-keys-at-claim = Con una chiave di sicurezza al momento della richiesta
admin-dashboard-keys-now = Con una chiave di sicurezza oggi
admin-dashboard-keys-gained = Ne hanno registrata una dopo la richiesta
admin-dashboard-keys-unknown = { $count ->
        [one] { $count } maintainer ha fatto richiesta prima che keydrop registrasse le chiavi al momento della richiesta: conta solo alla voce «oggi».
       *[other] { $count } maintainer hanno fatto richiesta prima che keydrop registrasse le chiavi al momento della richiesta: contano solo alla voce «oggi».
    }
admin-dashboard-keys-now-note = «Oggi» si riferisce all'ultima importazione dal registro.
admin-dashboard-batches-heading = Lotti
admin-dashboard-no-batch = Nessun lotto ancora caricato: { $link }.
admin-dashboard-no-batch-link = caricarne o generarne uno
admin-dashboard-batch = Lotto
admin-dashboard-countries = Paesi
admin-dashboard-expires = Scadenza
admin-dashboard-days-to-expiry = Giorni alla scadenza
admin-dashboard-codes = Codici
admin-dashboard-left = Rimasti
admin-dashboard-assigned = Assegnati
admin-dashboard-all-countries = tutti
admin-dashboard-batch-expired = scaduto
admin-dashboard-no-country = Ancora nessun paese: i codici vengono contati per paese quando viene caricato un lotto.
admin-dashboard-country = Paese

## Grafico giornaliero
admin-chart-title = Richieste e riscatti al giorno
admin-chart-period-day = Il { $day }:
admin-chart-period = Dal { $from } al { $to }:
admin-chart-totals = { $claimed } richiesti, { $redeemed } riscattati.
admin-chart-desc-lines = Le richieste sono la linea continua, i riscatti la linea tratteggiata. La tabella dei valori giornalieri sotto il grafico riporta ogni valore.
admin-chart-day = Giorno
admin-chart-per-day = Codici al giorno
admin-chart-claims = Richieste
admin-chart-redemptions = Riscatti
admin-chart-caption-day = Richieste (linea continua) e riscatti (linea tratteggiata) al giorno, il { $day }.
admin-chart-caption = Richieste (linea continua) e riscatti (linea tratteggiata) al giorno, dal { $from } al { $to }.
admin-chart-in-total = In totale: { $claimed } richiesti, { $redeemed } riscattati.
admin-chart-no-data = In questo periodo non è stato richiesto né riscattato alcun codice.
admin-chart-daily-numbers = Valori giornalieri
admin-chart-total = Totale
admin-phase-from = Fase dal { $day }

## Grafico dei risultati
admin-outcome-heading = I risultati, importazione dopo importazione
admin-outcome-title = Secondi fattori tra i maintainer di progetti critici, per importazione dal registro
admin-outcome-imports = { $count ->
        [one] { $count } importazione dal registro dal { $from } al { $to }.
       *[other] { $count } importazioni dal registro dal { $from } al { $to }.
    }
admin-outcome-latest = All'ultima importazione: { $projects } progetti critici, { $maintainers } maintainer critici, di cui { $any } con un secondo fattore qualsiasi, { $totp } con TOTP e { $keys } con una chiave di sicurezza.
admin-outcome-desc-table = La tabella sotto il grafico riporta ogni valore.
admin-outcome-x-caption = Importazione dal registro
admin-outcome-y-caption = Progetti o maintainer
admin-outcome-critical-projects = Progetti critici
admin-outcome-critical-maintainers = Maintainer critici
admin-outcome-any-factor = Un secondo fattore qualsiasi
admin-outcome-totp = TOTP
admin-outcome-security-key = Chiave di sicurezza
admin-outcome-caption = Progetti critici (punteggiato grigio), i loro maintainer (continuo blu) e, tra questi, quelli con un secondo fattore qualsiasi (tratto e punto viola), con TOTP (tratteggiato arancione) e con una chiave di sicurezza (continuo verde), come li ha trovati ogni importazione dal registro.
admin-outcome-figures = Valori per importazione
admin-outcome-table-caption = Progetti critici e secondi fattori dei loro maintainer, per importazione dal registro
admin-outcome-import-utc = Importazione (UTC)
admin-outcome-with-totp = Con TOTP
admin-outcome-with-key = Con una chiave di sicurezza
admin-outcome-with-any = Con un secondo fattore qualsiasi
admin-outcome-none = Non è ancora stata registrata alcuna importazione dal registro: i valori partiranno con il prossimo { $command }.

## Iniziative
admin-campaign-error-prefix = Errore:{" "}
admin-campaign-list-title = Iniziative · amministrazione
admin-campaign-list-heading = Iniziative
admin-campaign-list-empty = Ancora nessuna iniziativa: crei la prima qui sotto.
admin-campaign-list-caption = Tutte le iniziative, dall'ultima a iniziare
admin-campaign-column-campaign = Iniziativa
admin-campaign-column-claims = Richieste
admin-campaign-column-from = Dal
admin-campaign-column-to = Al
admin-campaign-column-countries = Paesi
admin-campaign-new-heading = Nuova iniziativa
admin-campaign-create = Crea l'iniziativa
admin-campaign-badge-open = aperta
admin-campaign-badge-not-open = non aperta
admin-campaign-status-upcoming = non ancora aperte
admin-campaign-status-open = aperte
admin-campaign-status-closed = chiuse da un amministratore
admin-campaign-status-ended = terminate
admin-campaign-status-purged = eliminate
admin-campaign-page-title = { $name } · amministrazione
admin-campaign-saved = Salvato.
admin-campaign-claims-status = Richieste: { $status }.
admin-campaign-purged = I suoi dati personali sono stati eliminati il { $day }; il suo archivio conserva i conteggi.
admin-campaign-switch-heading = Interruttore di emergenza
admin-campaign-closed-note = Le richieste sono chiuse qualunque siano le date. I maintainer che hanno un codice continuano a vederlo e possono riscattarlo.
admin-campaign-reopen = Riapri le richieste
admin-campaign-close-note = La chiusura ferma subito ogni richiesta, su tutti i server. I codici già richiesti restano ai loro titolari.
admin-campaign-close = Chiudi le richieste ora
admin-campaign-coupon = Coupon: { $coupon }.
admin-campaign-no-coupon = Coupon: non ancora creato.
admin-campaign-promotion-codes = Codici promozionali: { $published } pubblicati, { $pending } in attesa, { $failed } non riusciti (nuovo tentativo più tardi), { $deactivated } disattivati.
admin-campaign-stripe-failure = Ultimo errore: { $reason }
admin-campaign-exports-heading = Esportazioni (CSV)
admin-campaign-export-codes = Codici con il loro stato e titolare
admin-campaign-export-claims = Richieste e riscatti per paese e giorno
admin-campaign-export-audit = Il registro di controllo dell'iniziativa
admin-campaign-archives-heading = Archivi
admin-campaign-no-archive = Ancora nessuno. Quando l'iniziativa è finita, { $archive } ne conserva i conteggi (per paese, giorno e lotto, senza nomi utente né indirizzi e-mail); { $purge } ne elimina poi i dati personali.
admin-campaign-archive = Archivio { $id }
admin-campaign-archive-made = , creato il { $day } da { $by }
admin-campaign-settings-heading = Impostazioni
admin-campaign-settings-hint = I codici già richiesti restano ai loro titolari, qualunque cosa cambi qui.
admin-campaign-save-settings = Salva le impostazioni
admin-campaign-not-saved = { $count ->
        [one] L'iniziativa non è stata salvata: un problema da correggere.
       *[other] L'iniziativa non è stata salvata: { $count } problemi da correggere.
    }
admin-campaign-field-name = Nome
admin-campaign-field-countries = Paesi in cui vengono spedite le chiavi (codici ISO 3166-1, ad es. US,CA,GB)
admin-campaign-field-starts = Primo giorno delle richieste (UTC)
admin-campaign-field-ends = Ultimo giorno delle richieste (UTC)
admin-campaign-field-store = Il negozio del fornitore, dove si riscattano i codici (facoltativo)
admin-campaign-field-keys = Chiavi pagate da un codice
admin-campaign-field-cutoff = Gli account creati dopo questo giorno non sono idonei (facoltativo)
admin-campaign-field-key-holders = Anche i maintainer che usano già una chiave di sicurezza possono fare richiesta
admin-campaign-field-fulfilment = Dove si riscattano i codici
admin-campaign-field-vendor = Nel negozio del fornitore (il link qui sopra)
admin-campaign-field-stripe = Tramite il pagamento Stripe di keydrop (l'ordine non costa nulla: ogni codice è un codice promozionale del 100%)
admin-campaign-field-product = Stripe: nome del prodotto
admin-campaign-field-price = Stripe: prezzo di una chiave, nell'unità più piccola della valuta (3000 per 30,00)
admin-campaign-field-currency = Stripe: valuta (ISO 4217, ad es. eur)
admin-campaign-field-ended-message = Che cosa leggono i maintainer quando l'iniziativa è finita o chiusa (facoltativo)
admin-campaign-problem-starts = Indichi il primo giorno come data, ad esempio 2026-12-01.
admin-campaign-problem-ends = Indichi l'ultimo giorno come data, ad esempio 2027-01-31.
admin-campaign-problem-cutoff = Indichi la data limite degli account come data, oppure lasci il campo vuoto.
admin-campaign-problem-keys-number = Indichi le chiavi per codice come numero intero.
admin-campaign-problem-countries = Paesi: { $problem }.
admin-campaign-problem-name-empty = Dia un nome all'iniziativa.
admin-campaign-problem-name-long = Il nome è troppo lungo: al massimo 80 caratteri.
admin-campaign-problem-name-slash = Il nome non può contenere «/»: fa parte degli indirizzi dell'API.
admin-campaign-problem-ends-before = L'ultimo giorno ({ $ends }) precede il primo giorno ({ $starts }).
admin-campaign-problem-keys-range = Le chiavi per codice devono essere tra 1 e 10.
admin-campaign-problem-store-url = Il link del negozio deve essere un indirizzo web che inizia con https:// o http://.
admin-campaign-problem-message-long = Il messaggio dopo la fine è troppo lungo: al massimo 2.000 caratteri.
admin-campaign-problem-fulfilment = Scelga dove si riscattano i codici: il negozio del fornitore o Stripe.
admin-campaign-problem-stripe-product = Un'iniziativa Stripe richiede un nome del prodotto, un prezzo e una valuta.
admin-campaign-problem-unit-amount = Indichi il prezzo come numero intero nell'unità più piccola della valuta (3000 per 30,00).
admin-campaign-problem-currency = Indichi la valuta come codice ISO 4217 di tre lettere, ad esempio eur o usd.
admin-campaign-problem-name-taken = Esiste già un'iniziativa chiamata «{ $name }».
admin-campaign-problem-hand-back = i codici restituiti tornano in magazzino o vengono ritirati
admin-campaign-country-empty = nessun paese indicato
admin-campaign-country-mistake = { $given } non è un codice ISO 3166-1: usi { $meant } ({ $name })
admin-campaign-country-unknown = { $given } non è un codice paese ISO 3166-1 alpha-2
admin-campaign-nothing-saved = Non è stato salvato nulla: { $problem }.
admin-campaign-hand-back-heading = Codici restituiti
admin-campaign-hand-back-legend = Un codice restituito dal suo titolare
admin-campaign-hand-back-restock = torna in magazzino, per la prossima richiesta
admin-campaign-hand-back-retire = viene ritirato: nessuno lo riceverà più
admin-campaign-hand-back-claim-again = I titolari che restituiscono un codice possono richiederne un altro
admin-campaign-save = Salva
admin-dashboard-handed-back = Codici restituiti dai loro titolari: { $restocked } tornati in magazzino, { $retired } ritirati.

## Offerte
admin-offer-heading = Offerte
admin-offer-hint = I tipi di chiave che l'iniziativa offre. Un maintainer il cui paese è servito da più offerte (con codici rimasti) ne sceglie una; ogni lotto appartiene a un'offerta.
admin-offer-save = Salva questa offerta
admin-offer-add-legend = Aggiungi un'offerta
admin-offer-add = Aggiungi l'offerta
admin-offer-column = Offerta
admin-offer-field-name = Nome
admin-offer-field-vendor = Fornitore
admin-offer-field-store = Link del negozio
admin-offer-field-keys = Chiavi per codice
admin-offer-field-countries = Paesi in cui spedisce (ad es. US,CA)
admin-offer-field-offer = Offerta (necessaria quando l'iniziativa ne ha diverse; la pagina dell'iniziativa le elenca)
admin-offer-problem-name-empty = il nome dell'offerta non può essere vuoto
admin-offer-problem-name-long = il nome dell'offerta supera i { $max } caratteri
admin-offer-problem-vendor-long = il nome del fornitore supera i { $max } caratteri
admin-offer-problem-keys = le chiavi per codice devono essere tra 1 e { $max }
admin-offer-problem-store-url = il link del negozio deve essere un URL http o https
admin-offer-problem-no-countries = un'offerta spedisce in almeno un paese
admin-offer-problem-name-taken = l'iniziativa ha già un'offerta chiamata «{ $name }»
admin-offer-problem-keys-number = indichi le chiavi per codice come numero intero
admin-offer-problem-countries = paesi: { $problem }

## Fasi
admin-phase-heading = Fasi
admin-phase-hint = Le regole qui sopra valgono dal primo giorno dell'iniziativa. Una fase ne cambia alcune a partire dal suo giorno; è in vigore l'ultima fase il cui giorno è arrivato.
admin-phase-none-scheduled = Nessuna fase in programma.
admin-phase-from-changes = Dal { $day }: { $changes }
admin-phase-remove = Rimuovi
admin-phase-field-from = Dal (un giorno dopo il primo, fino all'ultimo)
admin-phase-rule-critical = Solo i maintainer di progetti critici
admin-phase-rule-totp = Escludere i maintainer che usano TOTP
admin-phase-rule-key-holders = I titolari di chiavi possono fare richiesta
admin-phase-rule-cutoff = Data limite degli account
admin-phase-rule-set = { $rule }: { $value }
admin-phase-rule-separator = {"; "}
admin-phase-as-before = come prima
admin-phase-yes = sì
admin-phase-no = no
admin-phase-no-cutoff = nessuna
admin-phase-field-cutoff = Data limite degli account (vuoto: come prima; none: nessun limite; oppure una data)
admin-phase-schedule = Programma la fase
admin-phase-column-from = Dal
admin-phase-column-critical = Ruolo critico richiesto
admin-phase-column-totp = Utenti TOTP esclusi
admin-phase-column-key-holders = Titolari di chiavi ammessi
admin-phase-column-eligible = Idonei
admin-phase-problem-not-a-date = indichi il primo giorno della fase come data, ad esempio 2026-12-01
admin-phase-problem-changes-nothing = una fase cambia almeno una regola: require-critical, exclude-totp, allow-key-holders o account-cutoff
admin-phase-problem-outside = una fase inizia dopo il primo giorno dell'iniziativa ({ $starts }) ed entro l'ultimo ({ $ends })
admin-phase-problem-cutoff = la data limite degli account deve essere una data come 2022-07-01, oppure none; non «{ $given }»
admin-phase-problem-taken = l'iniziativa ha già una fase dal { $day }
admin-phase-problem-no-such = non c'è nessuna fase dal { $day }
admin-phase-problem-rule-choice = una regola resta com'è, diventa sì oppure diventa no

## Lotti
admin-batch-title = Lotti · amministrazione
admin-batch-problem-expiry = Indichi la data di scadenza come data, ad esempio 2026-12-31.
admin-batch-problem-count = Indichi un numero di codici tra 1 e 1.000.000.
admin-batch-problem-prefix = Un prefisso ha al massimo 12 caratteri, solo lettere A–Z e cifre.
admin-batch-problem-no-campaign = Non esiste alcuna iniziativa chiamata «{ $name }».
admin-batch-problem-expiry-past = La data di scadenza { $day } è già passata.
admin-batch-problem-outside = L'offerta «{ $offer }» non spedisce in { $outside }.
admin-batch-problem-unknown-offer = L'iniziativa «{ $campaign }» non ha un'offerta chiamata «{ $offer }». Le sue offerte: { $offers }.
admin-batch-problem-offer-needed = L'iniziativa «{ $campaign }» ha diverse offerte: indichi quella del lotto ({ $offers }).
admin-batch-generate-heading = Generare un lotto
admin-batch-generate-intro = Codici creati da keydrop, con un carattere di controllo, caricati subito; la pagina successiva li offre in CSV per il fornitore.
admin-batch-field-count = Quanti codici
admin-batch-field-prefix = Prefisso (facoltativo: fino a 12 lettere e cifre)
admin-batch-generate = Genera i codici
admin-batch-field-expires = I codici scadono dopo il
admin-batch-field-countries = Solo per questi paesi (facoltativo, ad es. US,CA)
admin-batch-field-label = Etichetta (facoltativa, ad es. il numero d'ordine del fornitore)
admin-batch-generated-title = Lotto generato · amministrazione
admin-batch-loaded-title = Lotto caricato · amministrazione
admin-batch-generated-heading = Lotto generato
admin-batch-loaded-heading = Lotto caricato
admin-batch-generated-note = { $count ->
        [one] { $count } codice è stato generato e caricato come lotto { $batch }.
       *[other] { $count } codici sono stati generati e caricati come lotto { $batch }.
    }
admin-batch-loaded-note = { $count ->
        [one] { $count } codice è stato caricato come lotto { $batch }.
       *[other] { $count } codici sono stati caricati come lotto { $batch }.
    }
admin-batch-download = Scarica i codici (CSV, per il fornitore)
admin-batch-back-dashboard = Torna al cruscotto
admin-batch-load-another = Carica un altro lotto
admin-upload-problem-no-file = Scelga un file da caricare.
admin-upload-problem-too-large = Il file supera { $mib } MiB: lo divida in più lotti.
admin-upload-problem-confirmed = Quel caricamento è già stato importato.
admin-upload-problem-bad-lines = { $count ->
        [one] Non è stato caricato nulla: { $count } riga non è valida (o è stata caricata da qualcun altro dopo l'anteprima). Carichi di nuovo il file per vederla.
       *[other] Non è stato caricato nulla: { $count } righe non sono valide (o sono state caricate da qualcun altro dopo l'anteprima). Carichi di nuovo il file per vederle.
    }
admin-upload-problem-nothing = Non è stato caricato nulla: il file non contiene alcun codice valido.
admin-upload-heading = Caricare un lotto
admin-upload-intro = Un file con un codice per riga, oppure un CSV con una colonna { $column }. Ogni riga viene prima controllata; poi vede il risultato e conferma.
admin-upload-busy = Controllo del file in corso… un milione di codici richiede un minuto o due.
admin-upload-field-file = File (al massimo { $mib } MiB)
admin-upload-check = Controlla il file
admin-upload-preview-title = Anteprima · amministrazione
admin-upload-preview-heading = Controllare prima di caricare
admin-upload-all-countries = tutti quelli dell'iniziativa
admin-upload-label = Etichetta
admin-upload-lines-read = Righe lette
admin-upload-good-codes = Codici validi
admin-upload-bad-lines = Righe non valide
admin-upload-first-of = Le prime { $shown } su { $count }:
admin-upload-loading = Caricamento…
admin-upload-no-good-code = Non c'è alcun codice valido da caricare.
admin-upload-load-all = { $count ->
        [one] Carica il codice
       *[other] Carica tutti i { $count } codici
    }
admin-upload-some-bad = Non è possibile caricare tutte le righe finché alcune non sono valide. Corregga il file e lo carichi di nuovo, oppure carichi solo le righe valide.
admin-upload-load-good = { $count ->
        [one] Carica solo il codice valido
       *[other] Carica solo i { $count } codici validi
    }
admin-line-column = Riga
admin-line-why = Motivo
admin-line-empty = vuota
admin-line-bad-characters = caratteri non validi «{ $chars }»: sono ammessi solo A–Z, 0–9 e «-»
admin-line-too-short = troppo corto: { $count } caratteri, almeno 4
admin-line-too-long = troppo lungo: { $count } caratteri, al massimo 64
admin-line-duplicate = duplicato nel file: stesso codice della riga { $line }
admin-line-already-loaded = già caricato
admin-line-not-utf8 = illeggibile: non è testo UTF-8
admin-line-not-csv = illeggibile: non è un record CSV
admin-upload-unreadable-header = la riga di intestazione è illeggibile
admin-upload-missing-column = manca la colonna «{ $name }» (l'intestazione deve indicare { $names })
admin-upload-unreadable-record = la riga non può essere letta come CSV
admin-upload-report-code = codice: { $problem }
admin-upload-report-date = la data deve essere come 2026-11-30, non «{ $date }»
admin-upload-problem-separator = {"; "}

## Rapporto di riscatto di un fornitore
admin-vendor-title = Rapporto di riscatto · amministrazione
admin-vendor-heading = Rapporto di riscatto letto
admin-vendor-summary = { $lines ->
        [one] { $lines } riga letta
       *[other] { $lines } righe lette
    }: { $redeemed ->
        [one] { $redeemed } codice segnato come riscattato
       *[other] { $redeemed } codici segnati come riscattati
    } ({ $held } in mano a maintainer, { $never } mai distribuiti), { $confirmed } già riscattati, { $unknown } sconosciuti, { $revoked } revocati (restano revocati).
admin-vendor-unknown = Codici che keydrop non conosce
admin-vendor-never-assigned = Codici che keydrop non ha mai distribuito: usati al di fuori dell'iniziativa, ora segnati come riscattati perché nessuno li riceva
admin-vendor-revoked = Codici revocati (restano revocati)
admin-vendor-list-heading = { $list }: { $count }
admin-vendor-line = Riga { $line }:
admin-vendor-back = Torna ai codici

## Codici restituiti
admin-release-heading = Codici restituiti
admin-release-restocked = il { $day }, tornato in magazzino
admin-release-retired = il { $day }, ritirato
