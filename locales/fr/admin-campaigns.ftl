# Pages d'administration : tableau de bord, campagnes et lots (voir locales/en/admin-campaigns.ftl).

## Tableau de bord
admin-dashboard-title = Tableau de bord d'administration
admin-dashboard-heading = Tableau de bord
admin-dashboard-locked = Depuis votre dernière visite, l'espace d'administration de votre compte a été verrouillé après trop de codes erronés :
admin-dashboard-locked-when = le { $at }, jusqu'au { $until }
admin-dashboard-locked-advice = Si vous n'avez pas saisi ces codes, quelqu'un d'autre disposait de votre lien de connexion : prévenez les autres administrateurs et déconnectez toutes les sessions avec { $command }.
admin-dashboard-adoption-heading = Adoption de la double authentification parmi les mainteneurs de projets critiques
admin-dashboard-adoption-region = Adoption de la double authentification
admin-dashboard-protection = Protection
admin-dashboard-maintainers = Mainteneurs
admin-dashboard-share = Part
admin-dashboard-security-key = Clé de sécurité
admin-dashboard-totp-only = TOTP seulement
admin-dashboard-no-factor = Aucune
admin-dashboard-all = Total
admin-dashboard-registry-heading = Propriété vérifiée auprès du registre
admin-dashboard-registry-hint = Depuis le démarrage de ce serveur. Quand le registre n'a pas donné de réponse exploitable, les données importées ont tranché.
admin-dashboard-registry-asked = Demandes
admin-dashboard-registry-cached = Réponses tirées du cache
admin-dashboard-registry-fallbacks = Sans réponse exploitable (données importées)
admin-dashboard-registry-refusals = Demandes refusées : plus aucun rôle critique
admin-dashboard-mail-heading = Courriels
admin-dashboard-mail-queued = En file d'attente
admin-dashboard-mail-retrying = Dont en attente d'un nouvel essai
admin-dashboard-mail-sent = Envoyés
admin-dashboard-mail-failed = Échoués
admin-dashboard-mail-cancelled = Annulés (devenus sans objet)
admin-dashboard-mail-waits = Pourquoi les courriels attendent : { $error }
admin-dashboard-failed-region = Messages abandonnés
admin-dashboard-failed-caption = Messages abandonnés, du plus récent au plus ancien ({ $command } les remet en file d'attente)
admin-dashboard-failed-message = Message
admin-dashboard-failed-to = Destinataire
admin-dashboard-campaign = Campagne
admin-dashboard-failed-attempts = Tentatives
admin-dashboard-failed-given-up = Abandonné le
admin-dashboard-failed-last-error = Dernière erreur
admin-dashboard-no-campaign = Aucune campagne pour l'instant.
admin-dashboard-dates = Demandes ouvertes du { $from } au { $to }.
admin-dashboard-dates-closed = Demandes ouvertes du { $from } au { $to } ; fermées par un administrateur.
admin-dashboard-eligible = Mainteneurs éligibles
admin-dashboard-signed-in = Connectés
admin-dashboard-claimed = Demandés
admin-dashboard-redeemed = Utilisés
admin-dashboard-expired = Expirés
admin-dashboard-revoked = Révoqués
admin-dashboard-codes-left = Codes restants
admin-dashboard-keys-heading = Clés en service
admin-dashboard-keys-holders = Mainteneurs ayant reçu un code
admin-dashboard-keys-at-claim = Avec une clé de sécurité lors de leur demande
admin-dashboard-keys-now = Avec une clé de sécurité aujourd'hui
admin-dashboard-keys-gained = En ont enregistré une depuis leur demande
admin-dashboard-keys-unknown = { $count ->
        [one] { $count } mainteneur a fait sa demande avant que keydrop ne relève les clés au moment de la demande : il n'est compté que sous « aujourd'hui ».
       *[other] { $count } mainteneurs ont fait leur demande avant que keydrop ne relève les clés au moment de la demande : ils ne sont comptés que sous « aujourd'hui ».
    }
admin-dashboard-keys-now-note = « Aujourd'hui » correspond au dernier import du registre.
admin-dashboard-batches-heading = Lots
admin-dashboard-no-batch = Aucun lot chargé pour l'instant : { $link }.
admin-dashboard-no-batch-link = téléversez-en un ou générez-en un
admin-dashboard-batch = Lot
admin-dashboard-countries = Pays
admin-dashboard-expires = Expiration
admin-dashboard-days-to-expiry = Jours avant expiration
admin-dashboard-codes = Codes
admin-dashboard-left = Restants
admin-dashboard-assigned = Attribués
admin-dashboard-all-countries = tous
admin-dashboard-batch-expired = expiré
admin-dashboard-no-country = Aucun pays pour l'instant : les codes sont comptés par pays dès qu'un lot est chargé.
admin-dashboard-country = Pays

## Graphique quotidien
admin-chart-title = Demandes et utilisations par jour
admin-chart-period-day = Le { $day } :
admin-chart-period = Du { $from } au { $to } :
admin-chart-totals = { $claimed } demandés, { $redeemed } utilisés.
admin-chart-desc-lines = Les demandes sont la ligne continue, les utilisations la ligne pointillée. Le tableau des chiffres quotidiens sous le graphique donne toutes les valeurs.
admin-chart-day = Jour
admin-chart-per-day = Codes par jour
admin-chart-claims = Demandes
admin-chart-redemptions = Utilisations
admin-chart-caption-day = Demandes (ligne continue) et utilisations (ligne pointillée) par jour, le { $day }.
admin-chart-caption = Demandes (ligne continue) et utilisations (ligne pointillée) par jour, du { $from } au { $to }.
admin-chart-in-total = Au total : { $claimed } demandés, { $redeemed } utilisés.
admin-chart-no-data = Aucun code n'a été demandé ni utilisé pendant cette période.
admin-chart-daily-numbers = Chiffres quotidiens
admin-chart-total = Total
admin-phase-from = Phase à partir du { $day }

## Graphique des résultats
admin-outcome-heading = Les résultats, import après import
admin-outcome-title = Seconds facteurs parmi les mainteneurs de projets critiques, par import du registre
admin-outcome-imports = { $count ->
        [one] { $count } import du registre du { $from } au { $to }.
       *[other] { $count } imports du registre du { $from } au { $to }.
    }
admin-outcome-latest = Au dernier import : { $projects } projets critiques, { $maintainers } mainteneurs critiques, dont { $any } avec un second facteur quel qu'il soit, { $totp } avec TOTP et { $keys } avec une clé de sécurité.
admin-outcome-desc-table = Le tableau sous le graphique donne toutes les valeurs.
admin-outcome-x-caption = Import du registre
admin-outcome-y-caption = Projets ou mainteneurs
admin-outcome-critical-projects = Projets critiques
admin-outcome-critical-maintainers = Mainteneurs critiques
admin-outcome-any-factor = Un second facteur quelconque
admin-outcome-totp = TOTP
admin-outcome-security-key = Clé de sécurité
admin-outcome-caption = Projets critiques (pointillés gris), leurs mainteneurs (trait continu bleu) et, parmi eux, ceux qui ont un second facteur quel qu'il soit (trait mixte violet), TOTP (tirets orange) ou une clé de sécurité (trait continu vert), tels que chaque import du registre les a trouvés.
admin-outcome-figures = Chiffres par import
admin-outcome-table-caption = Projets critiques et seconds facteurs de leurs mainteneurs, par import du registre
admin-outcome-import-utc = Date de l'import (UTC)
admin-outcome-with-totp = Avec TOTP
admin-outcome-with-key = Avec une clé de sécurité
admin-outcome-with-any = Avec un second facteur quelconque
admin-outcome-none = Aucun import du registre n'a encore été enregistré : les chiffres commenceront avec le prochain { $command }.

## Campagnes
admin-campaign-error-prefix = Erreur :{" "}
admin-campaign-list-title = Campagnes · administration
admin-campaign-list-heading = Campagnes
admin-campaign-list-empty = Aucune campagne pour l'instant : créez la première ci-dessous.
admin-campaign-list-caption = Toutes les campagnes, la dernière à commencer en premier
admin-campaign-column-campaign = Campagne
admin-campaign-column-claims = Demandes
admin-campaign-column-from = Du
admin-campaign-column-to = Au
admin-campaign-column-countries = Pays
admin-campaign-new-heading = Nouvelle campagne
admin-campaign-create = Créer la campagne
admin-campaign-badge-open = ouverte
admin-campaign-badge-not-open = fermée
admin-campaign-status-upcoming = pas encore ouvertes
admin-campaign-status-open = ouvertes
admin-campaign-status-closed = fermées par un administrateur
admin-campaign-status-ended = terminées
admin-campaign-status-purged = purgées
admin-campaign-page-title = { $name } · administration
admin-campaign-saved = Enregistré.
admin-campaign-claims-status = Demandes : { $status }.
admin-campaign-purged = Ses données personnelles ont été supprimées le { $day } ; son archive conserve les chiffres.
admin-campaign-switch-heading = Arrêt d'urgence
admin-campaign-closed-note = Les demandes sont fermées quelles que soient les dates. Les mainteneurs qui détiennent un code le voient toujours et peuvent l'utiliser.
admin-campaign-reopen = Rouvrir les demandes
admin-campaign-close-note = La fermeture arrête immédiatement toute demande, sur tous les serveurs. Les codes déjà demandés restent à leurs détenteurs.
admin-campaign-close = Fermer les demandes maintenant
admin-campaign-coupon = Coupon : { $coupon }.
admin-campaign-no-coupon = Coupon : pas encore créé.
admin-campaign-promotion-codes = Codes promotionnels : { $published } publiés, { $pending } en attente, { $failed } en échec (nouvel essai plus tard), { $deactivated } désactivés.
admin-campaign-stripe-failure = Dernier échec : { $reason }
admin-campaign-exports-heading = Exportations (CSV)
admin-campaign-export-codes = Codes avec leur état et leur détenteur
admin-campaign-export-claims = Demandes et utilisations par pays et par jour
admin-campaign-export-audit = Le journal d'audit de la campagne
admin-campaign-archives-heading = Archives
admin-campaign-no-archive = Aucune pour l'instant. Une fois la campagne terminée, { $archive } conserve ses chiffres (par pays, jour et lot, sans noms d'utilisateur ni adresses e-mail) ; { $purge } supprime ensuite ses données personnelles.
admin-campaign-archive = Archive { $id }
admin-campaign-archive-made = , créée le { $day } par { $by }
admin-campaign-settings-heading = Paramètres
admin-campaign-settings-hint = Les codes déjà demandés restent à leurs détenteurs, quoi que vous changiez ici.
admin-campaign-save-settings = Enregistrer les paramètres
admin-campaign-not-saved = { $count ->
        [one] La campagne n'a pas été enregistrée : un problème à corriger.
       *[other] La campagne n'a pas été enregistrée : { $count } problèmes à corriger.
    }
admin-campaign-field-name = Nom
admin-campaign-field-countries = Pays de livraison des clés (codes ISO 3166-1, par exemple US,CA,GB)
admin-campaign-field-starts = Premier jour des demandes (UTC)
admin-campaign-field-ends = Dernier jour des demandes (UTC)
admin-campaign-field-store = La boutique du fournisseur, où les codes sont utilisés (facultatif)
admin-campaign-field-keys = Nombre de clés payées par un code
admin-campaign-field-cutoff = Les comptes créés après ce jour ne sont pas éligibles (facultatif)
admin-campaign-field-key-holders = Les mainteneurs qui utilisent déjà une clé de sécurité peuvent aussi faire une demande
admin-campaign-field-fulfilment = Où les codes sont utilisés
admin-campaign-field-vendor = Dans la boutique du fournisseur (le lien ci-dessus)
admin-campaign-field-stripe = Par le paiement Stripe de keydrop (la commande ne coûte rien : chaque code est un code promotionnel de 100 %)
admin-campaign-field-product = Stripe : nom du produit
admin-campaign-field-price = Stripe : prix d'une clé, dans la plus petite unité de la devise (3000 pour 30,00)
admin-campaign-field-currency = Stripe : devise (ISO 4217, par exemple eur)
admin-campaign-field-ended-message = Ce que lisent les mainteneurs une fois la campagne terminée ou fermée (facultatif)
admin-campaign-problem-starts = Indiquez le premier jour sous forme de date, par exemple 2026-12-01.
admin-campaign-problem-ends = Indiquez le dernier jour sous forme de date, par exemple 2027-01-31.
admin-campaign-problem-cutoff = Indiquez la date limite de création des comptes sous forme de date, ou laissez le champ vide.
admin-campaign-problem-keys-number = Indiquez le nombre de clés par code sous forme de nombre entier.
admin-campaign-problem-countries = Pays : { $problem }.
admin-campaign-problem-name-empty = Donnez un nom à la campagne.
admin-campaign-problem-name-long = Le nom est trop long : 80 caractères au plus.
admin-campaign-problem-name-slash = Le nom ne peut pas contenir « / » : il fait partie des adresses de l'API.
admin-campaign-problem-ends-before = Le dernier jour ({ $ends }) précède le premier jour ({ $starts }).
admin-campaign-problem-keys-range = Le nombre de clés par code doit être compris entre 1 et 10.
admin-campaign-problem-store-url = Le lien de la boutique doit être une adresse web commençant par https:// ou http://.
admin-campaign-problem-message-long = Le message de fin est trop long : 2 000 caractères au plus.
admin-campaign-problem-fulfilment = Choisissez où les codes sont utilisés : la boutique du fournisseur ou Stripe.
admin-campaign-problem-stripe-product = Une campagne Stripe nécessite un nom de produit, un prix et une devise.
admin-campaign-problem-unit-amount = Indiquez le prix sous forme de nombre entier dans la plus petite unité de la devise (3000 pour 30,00).
admin-campaign-problem-currency = Indiquez la devise sous forme de code ISO 4217 à trois lettres, par exemple eur ou usd.
admin-campaign-problem-name-taken = Une campagne nommée « { $name } » existe déjà.
admin-campaign-problem-hand-back = les codes rendus retournent en stock ou sont retirés
admin-campaign-country-empty = aucun pays indiqué
admin-campaign-country-mistake = { $given } n'est pas un code ISO 3166-1 : utilisez { $meant } ({ $name })
admin-campaign-country-unknown = { $given } n'est pas un code pays ISO 3166-1 alpha-2
admin-campaign-nothing-saved = Rien n'a été enregistré : { $problem }.
admin-campaign-hand-back-heading = Codes rendus
admin-campaign-hand-back-legend = Un code rendu par son détenteur
admin-campaign-hand-back-restock = retourne en stock, pour la prochaine demande
admin-campaign-hand-back-retire = est retiré : personne ne le reçoit plus
admin-campaign-hand-back-claim-again = Les détenteurs qui rendent un code peuvent en demander un autre
admin-campaign-save = Enregistrer
admin-dashboard-handed-back = Codes rendus par leurs détenteurs : { $restocked } remis en stock, { $retired } retirés.

## Offres
admin-offer-heading = Offres
admin-offer-hint = Les types de clé que la campagne offre. Un mainteneur dont le pays est desservi par plusieurs offres (avec des codes restants) en choisit une ; chaque lot appartient à une offre.
admin-offer-save = Enregistrer cette offre
admin-offer-add-legend = Ajouter une offre
admin-offer-add = Ajouter l'offre
admin-offer-column = Offre
admin-offer-field-name = Nom
admin-offer-field-vendor = Fournisseur
admin-offer-field-store = Lien de la boutique
admin-offer-field-keys = Clés par code
admin-offer-field-countries = Pays de livraison (par exemple US,CA)
admin-offer-field-offer = Offre (nécessaire quand la campagne en a plusieurs ; la page de la campagne les énumère)
admin-offer-problem-name-empty = le nom de l'offre ne doit pas être vide
admin-offer-problem-name-long = le nom de l'offre dépasse { $max } caractères
admin-offer-problem-vendor-long = le nom du fournisseur dépasse { $max } caractères
admin-offer-problem-keys = le nombre de clés par code doit être compris entre 1 et { $max }
admin-offer-problem-store-url = le lien de la boutique doit être une URL http ou https
admin-offer-problem-no-countries = une offre est livrée dans un pays au moins
admin-offer-problem-name-taken = la campagne a déjà une offre nommée « { $name } »
admin-offer-problem-keys-number = indiquez le nombre de clés par code sous forme de nombre entier
admin-offer-problem-countries = pays : { $problem }

## Phases
admin-phase-heading = Phases
admin-phase-hint = Les règles ci-dessus s'appliquent dès le premier jour de la campagne. Une phase en modifie certaines à partir de son jour ; la dernière phase dont le jour est arrivé est en vigueur.
admin-phase-none-scheduled = Aucune phase n'est prévue.
admin-phase-from-changes = À partir du { $day } : { $changes }
admin-phase-remove = Supprimer
admin-phase-field-from = À partir du (un jour après le premier jour, jusqu'au dernier)
admin-phase-rule-critical = Uniquement les mainteneurs de projets critiques
admin-phase-rule-totp = Exclure les mainteneurs qui utilisent TOTP
admin-phase-rule-key-holders = Autoriser les détenteurs de clés à faire une demande
admin-phase-rule-cutoff = Date limite de création des comptes
admin-phase-rule-set = { $rule } : { $value }
admin-phase-rule-separator = {" ; "}
admin-phase-as-before = comme avant
admin-phase-yes = oui
admin-phase-no = non
admin-phase-no-cutoff = aucune
admin-phase-field-cutoff = Date limite de création des comptes (vide : comme avant ; none : aucune limite ; ou une date)
admin-phase-schedule = Programmer la phase
admin-phase-column-from = À partir du
admin-phase-column-critical = Rôle critique exigé
admin-phase-column-totp = Utilisateurs TOTP exclus
admin-phase-column-key-holders = Détenteurs de clés admis
admin-phase-column-eligible = Éligibles
admin-phase-problem-not-a-date = indiquez le premier jour de la phase sous forme de date, par exemple 2026-12-01
admin-phase-problem-changes-nothing = une phase modifie au moins une règle : require-critical, exclude-totp, allow-key-holders ou account-cutoff
admin-phase-problem-outside = une phase commence après le premier jour de la campagne ({ $starts }) et au plus tard son dernier jour ({ $ends })
admin-phase-problem-cutoff = la date limite de création des comptes doit être une date comme 2022-07-01, ou none ; pas « { $given } »
admin-phase-problem-taken = la campagne a déjà une phase à partir du { $day }
admin-phase-problem-no-such = il n'y a pas de phase à partir du { $day }
admin-phase-problem-rule-choice = une règle reste inchangée, passe à oui ou passe à non

## Lots
admin-batch-title = Lots · administration
admin-batch-problem-expiry = Indiquez la date d'expiration sous forme de date, par exemple 2026-12-31.
admin-batch-problem-count = Indiquez un nombre de codes compris entre 1 et 1 000 000.
admin-batch-problem-prefix = Un préfixe compte 12 caractères au plus, uniquement des lettres A à Z et des chiffres.
admin-batch-problem-no-campaign = Il n'existe aucune campagne nommée « { $name } ».
admin-batch-problem-expiry-past = La date d'expiration { $day } est passée.
admin-batch-problem-outside = L'offre « { $offer } » n'est pas livrée en { $outside }.
admin-batch-problem-unknown-offer = La campagne « { $campaign } » n'a pas d'offre nommée « { $offer } ». Ses offres : { $offers }.
admin-batch-problem-offer-needed = La campagne « { $campaign } » a plusieurs offres : indiquez celle du lot ({ $offers }).
admin-batch-generate-heading = Générer un lot
admin-batch-generate-intro = Des codes créés par keydrop, avec un caractère de contrôle, chargés immédiatement ; la page suivante les propose en CSV pour le fournisseur.
admin-batch-field-count = Nombre de codes
admin-batch-field-prefix = Préfixe (facultatif : jusqu'à 12 lettres et chiffres)
admin-batch-generate = Générer les codes
admin-batch-field-expires = Les codes expirent après le
admin-batch-field-countries = Uniquement pour ces pays (facultatif, par exemple US,CA)
admin-batch-field-label = Libellé (facultatif, par exemple le numéro de commande du fournisseur)
admin-batch-generated-title = Lot généré · administration
admin-batch-loaded-title = Lot chargé · administration
admin-batch-generated-heading = Lot généré
admin-batch-loaded-heading = Lot chargé
admin-batch-generated-note = { $count ->
        [one] { $count } code a été généré et chargé comme lot { $batch }.
       *[other] { $count } codes ont été générés et chargés comme lot { $batch }.
    }
admin-batch-loaded-note = { $count ->
        [one] { $count } code a été chargé comme lot { $batch }.
       *[other] { $count } codes ont été chargés comme lot { $batch }.
    }
admin-batch-download = Télécharger les codes (CSV, pour le fournisseur)
admin-batch-back-dashboard = Retour au tableau de bord
admin-batch-load-another = Charger un autre lot
admin-upload-problem-no-file = Choisissez un fichier à téléverser.
admin-upload-problem-too-large = Le fichier dépasse { $mib } Mio : répartissez-le en plusieurs lots.
admin-upload-problem-confirmed = Ce téléversement a déjà été chargé.
admin-upload-problem-bad-lines = { $count ->
        [one] Rien n'a été chargé : { $count } ligne est incorrecte (ou a été chargée par quelqu'un d'autre depuis l'aperçu). Téléversez à nouveau le fichier pour la voir.
       *[other] Rien n'a été chargé : { $count } lignes sont incorrectes (ou ont été chargées par quelqu'un d'autre depuis l'aperçu). Téléversez à nouveau le fichier pour les voir.
    }
admin-upload-problem-nothing = Rien n'a été chargé : le téléversement ne contient aucun code valide.
admin-upload-heading = Téléverser un lot
admin-upload-intro = Un fichier avec un code par ligne, ou un CSV avec une colonne { $column }. Chaque ligne est d'abord vérifiée ; vous voyez ensuite le résultat et confirmez.
admin-upload-busy = Vérification du fichier… un million de codes prennent une minute ou deux.
admin-upload-field-file = Fichier ({ $mib } Mio au plus)
admin-upload-check = Vérifier le fichier
admin-upload-preview-title = Aperçu · administration
admin-upload-preview-heading = Vérifier avant de charger
admin-upload-all-countries = tous ceux de la campagne
admin-upload-label = Libellé
admin-upload-lines-read = Lignes lues
admin-upload-good-codes = Codes valides
admin-upload-bad-lines = Lignes incorrectes
admin-upload-first-of = Les { $shown } premières sur { $count } :
admin-upload-loading = Chargement…
admin-upload-no-good-code = Il n'y a aucun code valide à charger.
admin-upload-load-all = { $count ->
        [one] Charger le code
       *[other] Charger les { $count } codes
    }
admin-upload-some-bad = Impossible de charger toutes les lignes tant que certaines sont incorrectes. Corrigez le fichier et téléversez-le à nouveau, ou ne chargez que les lignes valides.
admin-upload-load-good = { $count ->
        [one] Charger uniquement le code valide
       *[other] Charger uniquement les { $count } codes valides
    }
admin-line-column = Ligne
admin-line-why = Motif
admin-line-empty = vide
admin-line-bad-characters = caractères non valides « { $chars } » : seuls A à Z, 0 à 9 et « - » sont autorisés
admin-line-too-short = trop court : { $count } caractères, 4 au moins
admin-line-too-long = trop long : { $count } caractères, 64 au plus
admin-line-duplicate = doublon dans le fichier : même code qu'à la ligne { $line }
admin-line-already-loaded = déjà chargé
admin-line-not-utf8 = illisible : pas du texte UTF-8
admin-line-not-csv = illisible : pas un enregistrement CSV
admin-upload-unreadable-header = la ligne d'en-tête est illisible
admin-upload-missing-column = la colonne « { $name } » manque (l'en-tête doit nommer { $names })
admin-upload-unreadable-record = la ligne ne peut pas être lue comme du CSV
admin-upload-report-code = code : { $problem }
admin-upload-report-date = la date doit être de la forme 2026-11-30, pas « { $date } »
admin-upload-problem-separator = {" ; "}

## Rapport d'utilisation d'un fournisseur
admin-vendor-title = Rapport d'utilisation · administration
admin-vendor-heading = Rapport d'utilisation lu
admin-vendor-summary = { $lines ->
        [one] { $lines } ligne lue
       *[other] { $lines } lignes lues
    } : { $redeemed ->
        [one] { $redeemed } code marqué comme utilisé
       *[other] { $redeemed } codes marqués comme utilisés
    } ({ $held } détenus par des mainteneurs, { $never } jamais distribués), { $confirmed } déjà utilisés, { $unknown } inconnus, { $revoked } révoqués (laissés révoqués).
admin-vendor-unknown = Codes inconnus de keydrop
admin-vendor-never-assigned = Codes que keydrop n'a jamais distribués : utilisés hors de la distribution, désormais marqués comme utilisés pour que personne ne les reçoive
admin-vendor-revoked = Codes révoqués (laissés révoqués)
admin-vendor-list-heading = { $list } : { $count }
admin-vendor-line = Ligne { $line } :
admin-vendor-back = Retour aux codes

## Codes rendus
admin-release-heading = Codes rendus
admin-release-restocked = le { $day }, remis en stock
admin-release-retired = le { $day }, retiré
