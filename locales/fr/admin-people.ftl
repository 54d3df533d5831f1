# Les pages codes, mainteneurs, connexion et clés de sécurité de l’administration, sa
# navigation et ses étapes de confirmation (templates/admin/, src/web/admin/).

## Navigation (toutes les pages d’administration)
admin-nav-label = Administration
admin-nav-dashboard = Tableau de bord
admin-nav-campaigns = Campagnes
admin-nav-batches = Lots
admin-nav-codes = Codes
admin-nav-maintainers = Mainteneurs
admin-nav-security-keys = Vos clés de sécurité

## Codes : la recherche et le rapport d’utilisation du fournisseur
admin-codes-title = Codes · administration
admin-codes-heading = Codes
admin-codes-search-label = Code (ou son début), nom d’utilisateur ou adresse e-mail
admin-codes-search = Rechercher
admin-codes-none-match = Aucun code ne correspond à « { $query } ».
admin-codes-found = Codes trouvés
admin-codes-matching = Codes correspondant à « { $query } »
admin-code-column-code = Code
admin-code-column-campaign = Campagne
admin-code-column-state = État
admin-code-column-holder = Titulaire
admin-code-column-country = Pays
admin-code-column-expires = Expiration
admin-codes-report-heading = Rapport d’utilisation du fournisseur
admin-codes-report-explained = Un fichier CSV avec une colonne « code » et une colonne « date » (le jour où chaque code a été utilisé). Les codes qu’il contient sont marqués comme utilisés ; rien n’est marqué tant que chaque ligne n’est pas lisible.
admin-codes-report-no-file = Choisissez un fichier à envoyer.
admin-codes-report-too-large = Le fichier dépasse { $mib } Mio : découpez-le.
admin-codes-report-bad-lines = Rien n’a été marqué : { $count ->
        [one] { $count } ligne du rapport est illisible
       *[other] { $count } lignes du rapport sont illisibles
    }. Corrigez-les et envoyez-le de nouveau.
admin-codes-report-line = Ligne { $line } : { $problem }
admin-codes-report-file = Rapport ({ $mib } Mio au maximum)
admin-codes-report-submit = Marquer les codes du rapport comme utilisés

## États d’un code
admin-code-state-available = disponible
admin-code-state-assigned = attribué
admin-code-state-redeemed = utilisé
admin-code-state-expired = expiré
admin-code-state-revoked = révoqué

## La page d’un code
admin-code-title = Code { $code } · administration
admin-code-heading = Code
admin-code-campaign = Campagne
admin-code-campaign-batch = { $campaign } (lot { $batch })
admin-code-state = État
admin-code-expires = Expiration
admin-code-holder = Titulaire
admin-code-holder-nobody = personne
admin-code-country = Pays déclaré
admin-code-assigned = Attribué le
admin-code-redeemed = Utilisé le
admin-code-redeemed-via-holder = signalé par le titulaire
admin-code-redeemed-via-vendor = rapport du fournisseur
admin-code-redeemed-via-admin = marqué par un administrateur
admin-code-redeemed-via-stripe = paiement Stripe
admin-code-revoked = Révoqué le
admin-code-revoked-because = { $when } : { $reason }
admin-code-stripe = Stripe
admin-code-stripe-published-as = publié sous l’identifiant
admin-code-stripe-inactive = , inactif dans Stripe
admin-code-stripe-times-redeemed = ; utilisé { $count } fois sur Stripe
admin-code-stripe-failed = échec
admin-code-stripe-failed-details = ({ $attempts ->
        [one] { $attempts } tentative
       *[other] { $attempts } tentatives
    }, prochain essai le { $next }) :
admin-code-stripe-deactivated = désactivé dans Stripe ({ $when })
admin-code-stripe-waiting = en attente de publication
admin-code-act-heading = Agir sur ce code
admin-code-revoke-reason = Motif de la révocation (conservé dans le journal d’audit)
admin-code-revoke = Révoquer le code
admin-code-revoke-hint = Le titulaire voit que le code a été révoqué et peut en demander un autre tant que la campagne est ouverte.
admin-code-mark-redeemed = Marquer comme utilisé

## L’historique d’un code
admin-history-heading = Historique
admin-history-empty = Aucun événement enregistré.
admin-history-when = Date
admin-history-who = Auteur
admin-history-what = Action
admin-history-details = Détails
admin-history-code-claim = Demandé
admin-history-code-redeem = Marqué comme utilisé
admin-history-code-revoke = Révoqué
admin-history-code-expire = Expiré sans avoir servi
admin-history-code-hand-back = Rendu par son titulaire
admin-history-stripe-publish = Publié sur Stripe comme code promotionnel
admin-history-stripe-checkout-ignored = Un paiement Stripe le concernant a été ignoré
admin-history-stripe-checkout-unknown = Stripe a signalé un paiement inconnu de keydrop
admin-history-grant-add = Éligibilité accordée
admin-history-grant-withdraw = Dérogation retirée
admin-history-login = Connexion
admin-history-actor-maintainer = mainteneur { $name }
admin-history-actor-admin = administrateur { $name }
admin-history-actor-api-token = jeton d’API { $token }
admin-history-actor-command-line = ligne de commande
admin-history-actor-command-line-of = ligne de commande ({ $who })
admin-history-actor-stripe = Stripe
admin-history-actor-system = système
admin-history-detail-declared-country = pays déclaré : { $country }
admin-history-detail-reported-by-holder = signalé par le titulaire
admin-history-detail-marked-by-admin = marqué par un administrateur
admin-history-detail-handed-back-restocked = remis en stock
admin-history-detail-handed-back-retired = retiré

## Étapes de confirmation des actions des administrateurs
admin-action-close-claims-heading = Fermer dès maintenant les demandes de { $campaign } ?
admin-action-close-claims-explained = Toutes les demandes s’arrêtent immédiatement, sur chaque serveur, quelles que soient les dates. Les codes déjà demandés restent à leurs titulaires. Vous pourrez rouvrir les demandes plus tard depuis la page de la campagne.
admin-action-close-claims-yes = Oui, fermer les demandes maintenant
admin-action-revoke-heading = Révoquer le code { $code } ?
admin-action-revoke-explained = Le code cesse de fonctionner pour son titulaire, qui voit qu’il a été révoqué et peut en demander un autre tant que la campagne est ouverte. Cette action est irréversible.
admin-action-revoke-reason = Motif, conservé dans le journal d’audit : { $reason }
admin-action-revoke-yes = Oui, révoquer le code

## Mainteneurs
admin-maintainers-title = Mainteneurs · administration
admin-maintainers-heading = Mainteneurs
admin-maintainers-search-label = Nom d’utilisateur (ou son début) ou adresse e-mail
admin-maintainers-search = Rechercher
admin-maintainers-none-match = Personne ne correspond à « { $query } ».

## La page d’un mainteneur
admin-maintainer-title = { $username } · administration
admin-maintainer-email = E-mail
admin-maintainer-joined = Compte créé le
admin-maintainer-two-factors = Double authentification
admin-maintainer-two-factors-key = clé de sécurité
admin-maintainer-two-factors-totp = TOTP
admin-maintainer-two-factors-none = aucune
admin-maintainer-projects = Projets critiques
admin-maintainer-no-projects = Aucun rôle sur un projet critique.
admin-maintainer-project = { $project } : { $role },
admin-maintainer-project-rank = au rang { $rank } lorsqu’il est devenu critique, le
admin-maintainer-eligibility = Éligibilité
admin-maintainer-holds = Détient
admin-maintainer-may-claim = Éligible : peut demander un code.
admin-maintainer-grant-heading = Dérogation
admin-maintainer-granted-by = Éligibilité accordée par { $admin } le { $when } :
admin-maintainer-withdraw-reason = Motif du retrait
admin-maintainer-withdraw = Retirer la dérogation
admin-maintainer-grant-explained = Une dérogation rend ce mainteneur éligible quels que soient ses rôles, l’ancienneté de son compte ou ses clés, par exemple lorsque ses projets sont enregistrés sous le compte d’une équipe ou d’une organisation. Les dates et le stock de la campagne s’appliquent toujours.
admin-maintainer-grant-needs-reason = Indiquez le motif de la dérogation.
admin-maintainer-grant-reason = Motif (conservé dans le journal d’audit)
admin-maintainer-grant = Accorder l’éligibilité

## Le second facteur de la connexion d’administration
admin-signin-title = Connexion d’administration : second facteur
admin-signin-title-error = Erreur : connexion d’administration : second facteur
admin-signin-heading = Second facteur requis
admin-signin-needs-code = L’espace d’administration demande, en plus de votre lien de connexion, un code de votre application d’authentification.
admin-signin-needs-code-or-key = L’espace d’administration demande, en plus de votre lien de connexion, un code de votre application d’authentification ou l’une de vos clés de sécurité.
admin-signin-needs-key = L’espace d’administration demande, en plus de votre lien de connexion, l’une de vos clés de sécurité : sur ce service, un code d’application ne suffit pas.
admin-signin-use-key-heading = Utiliser une clé de sécurité
admin-signin-key-refused = Cette clé de sécurité n’a pas été acceptée (clé d’un autre compte, clé supprimée ou réponse déjà utilisée). Réessayez.
admin-signin-use-key = Utiliser ma clé de sécurité
admin-signin-or-code-heading = Ou saisissez un code
admin-signin-code-refused = Ce code est incorrect ou a déjà été utilisé. Saisissez le code que votre application affiche maintenant.
admin-signin-enrol-heading = Configurez votre application d’authentification
admin-signin-enrol-scan = Scannez ce code QR avec une application d’authentification (ou saisissez à la main la clé ci-dessous).
admin-signin-enrol-qr = Code QR de la clé pour votre application d’authentification
admin-signin-enrol-enter = Saisissez le code à six chiffres qu’elle affiche pour terminer.
admin-signin-enrol-secret = Clé, à saisir à la main :
admin-signin-enrol-keep-secret = Cette clé n’est affichée que jusqu’à ce que votre premier code la confirme. Gardez-la secrète.
admin-signin-recovery-hint = Vous avez perdu votre téléphone ? À la place du code, saisissez l’un des codes de récupération reçus lors de la configuration de l’application ; chacun ne sert qu’une fois. Ils ressemblent à ceci :
admin-signin-code-label = Code à six chiffres
admin-signin-code-or-recovery-label = Code à six chiffres ou code de récupération
admin-signin-continue = Continuer

## Codes de récupération, affichés une fois après la configuration de l’application
admin-recovery-title = Vos codes de récupération
admin-recovery-heading = Votre application d’authentification est configurée
admin-recovery-explained = Si vous perdez un jour le téléphone qui porte votre application d’authentification, chacun de ces codes de récupération vous ouvre une fois l’espace d’administration, à la place d’un code à six chiffres.
admin-recovery-shown-once = Ils ne sont affichés que maintenant
admin-recovery-keep =  : imprimez-les ou conservez-les dans votre gestionnaire de mots de passe, loin de votre téléphone.
admin-recovery-continue = Je les ai enregistrés : continuer

## Les clés de sécurité de l’administrateur
admin-keys-title = Vos clés de sécurité
admin-keys-explained = Une clé de sécurité peut servir de second facteur pour l’espace d’administration, à la place d’un code de votre application d’authentification.
admin-keys-required = Sur ce service, une clé est obligatoire : les codes de l’application ne permettent que d’enregistrer votre première clé.
admin-keys-added = Votre clé « { $name } » a été ajoutée. Utilisez-la la prochaine fois que l’espace d’administration vous demandera votre second facteur.
admin-keys-removed = La clé « { $name } » a été supprimée : elle n’ouvre plus l’espace d’administration.
admin-keys-not-added = La clé n’a pas été ajoutée : sa réponse n’a pas pu être vérifiée, ou l’enregistrement a pris plus de cinq minutes. Réessayez.
admin-keys-already-registered = Cette clé est déjà enregistrée.
admin-keys-last-factor = Cette clé est votre dernier second facteur : elle ne peut donc pas être supprimée. Ajoutez d’abord une autre clé.
admin-keys-last-accepted-factor = Cette clé est le dernier second facteur que ce service accepte de votre part : elle ne peut donc pas être supprimée. Ajoutez d’abord une autre clé.
admin-keys-none = Vous n’avez encore aucune clé de sécurité.
admin-keys-column-name = Nom
admin-keys-column-added = Ajoutée le
admin-keys-column-last-used = Dernière utilisation
admin-keys-column-remove = Supprimer
admin-keys-never-used = jamais
admin-keys-remove = Supprimer « { $name } »
admin-keys-add-heading = Ajouter une clé
admin-keys-name-label = Un nom pour la clé, pour la distinguer de vos autres clés
admin-keys-press-hint = Appuyez sur le bouton, puis touchez votre clé lorsqu’elle clignote. JavaScript est nécessaire.
admin-keys-add = Ajouter cette clé
admin-keys-unavailable = Les clés de sécurité ne peuvent pas être utilisées ici : l’adresse du service (KEYDROP_BASE_URL) doit être un nom de domaine, et non une adresse IP.
admin-keys-totp-stays = Votre application d’authentification reste configurée.
admin-keys-totp-stays-fallback = Votre application d’authentification reste configurée comme solution de secours.
admin-keys-js-unsupported = Ce navigateur ne peut pas utiliser de clés de sécurité.
admin-keys-js-failed = La clé de sécurité n’a pas pu être utilisée.
admin-keys-js-touch = Touchez maintenant votre clé de sécurité.
admin-keys-js-no-answer = La clé de sécurité n’a pas répondu, ou la demande a été annulée. Réessayez.
admin-keys-start-needs-domain = Les clés de sécurité exigent que le service soit sur un nom de domaine.
admin-keys-start-name-length = Donnez à la clé un nom de 1 à { $max } caractères.
admin-keys-start-unavailable = Aucune clé de sécurité ne peut être utilisée ici.
admin-keys-start-no-key = Ce compte n’a aucune clé de sécurité.

## L’espace d’administration, pour qui n’est pas administrateur
admin-forbidden-title = Réservé aux administrateurs
admin-forbidden-explained = Cette partie de keydrop est réservée aux administrateurs de l’opération, et votre compte n’en fait pas partie.
admin-forbidden-giveaway-link = Aller à votre page de l’opération
