# Les pages des mainteneurs : accueil, connexion, page de la distribution, restitution, courriels, erreurs.

## Accueil
home-title = Des clés de sécurité pour les projets critiques
home-heading = Des clés de sécurité pour les mainteneurs de projets critiques
home-signed-out = Vous êtes déconnecté.
home-intro = Les mainteneurs des projets les plus téléchargés du registre peuvent obtenir gratuitement des clés de sécurité matérielles. Un code promotionnel obtenu sur ce site, utilisé dans la boutique du fabricant, règle les clés et leur livraison.
home-how = Pour savoir si vous pouvez en bénéficier, connectez-vous avec votre nom d’utilisateur du registre ou votre adresse e-mail : nous envoyons un lien de connexion à usage unique à l’adresse de votre compte.
home-who-heading = Qui peut en bénéficier
home-who-critical = Vous êtes Owner ou Maintainer d’un projet critique : un projet du premier centile des téléchargements sur les six derniers mois. Un projet qui a été critique le reste.
home-who-ships = Les clés peuvent être livrées dans votre pays.
home-who-no-key = Votre compte n’utilise pas encore de clé de sécurité (certaines opérations accueillent aussi ceux qui en ont une).

## Connexion
login-sign-in = Se connecter
login-empty = Saisissez votre nom d’utilisateur du registre ou l’adresse e-mail de votre compte.
login-link-used = Ce lien de connexion a déjà servi. Chaque lien ne fonctionne qu’une fois : demandez-en un nouveau ci-dessous.
login-link-expired = Ce lien de connexion a expiré : les liens sont valables { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Demandez-en un nouveau ci-dessous.
login-link-unknown = Ce lien de connexion n’est pas valable. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau ci-dessous.
login-intro = Nous enverrons un lien de connexion à l’adresse e-mail de votre compte du registre. Il ne fonctionne qu’une fois, pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
login-field = Nom d’utilisateur ou adresse e-mail
login-send = M’envoyer un lien de connexion
login-sent-title = Consultez vos e-mails
login-sent-notice = Si ce nom d’utilisateur ou cette adresse e-mail correspond à un compte, nous avons envoyé un lien de connexion à l’adresse e-mail de ce compte.
login-sent-works-once = Le lien ne fonctionne qu’une fois, pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
login-sent-nothing = Rien reçu ? Regardez dans vos courriers indésirables, ou { $link }.
login-sent-ask-again = demandez un autre lien
login-confirm-heading = Se connecter à keydrop
login-confirm-intro = Vous avez suivi un lien de connexion. Continuez pour vous connecter sur cet appareil.
login-confirm-why = Cette étape supplémentaire empêche les logiciels d’analyse de courrier, qui ouvrent les liens, d’épuiser le vôtre.

## La page de la distribution
giveaway-title = Votre distribution
giveaway-heading = Votre distribution de clés de sécurité
giveaway-none-heading = Pas encore de distribution
giveaway-none = Aucune distribution de clés de sécurité n’a lieu en ce moment.
giveaway-claims-open = Les demandes sont ouvertes du { $start } au { $end }.
giveaway-revoked = Le code qui vous avait été attribué dans cette distribution a été révoqué par ses administrateurs le { $day } : il ne fonctionne plus.
giveaway-projects-heading = Vos projets critiques
giveaway-no-projects = Aucun des projets dont vous êtes Owner ou Maintainer n’est critique (dans le premier centile des téléchargements).
giveaway-projects-summary = { $count ->
        [one] 1 projet
       *[other] { $count } projets
    } du premier centile des téléchargements dont vous êtes Owner ou Maintainer
giveaway-column-project = Projet
giveaway-column-role = Votre rôle
giveaway-column-rank = Rang lorsqu’il est devenu critique
giveaway-column-since = Critique depuis le
giveaway-mail-heading = Courriels de la distribution
giveaway-mail-off-note = Vous avez désactivé les invitations et les rappels. Les liens de connexion vous parviennent toujours quand vous en demandez un.
giveaway-mail-turn-on = Activer les invitations et les rappels
giveaway-mail-on-note = Nous vous écrivons pour vous inviter à une distribution à laquelle vous avez droit, quelques jours avant sa clôture si vous n’avez pas fait de demande, et quelques jours avant l’expiration de votre code si vous ne l’avez pas utilisé. Aucun de ces messages ne vous demande quoi que ce soit.
giveaway-mail-turn-off = Désactiver les invitations et les rappels

## Le code
code-label = Votre code promotionnel
code-copy = Copier le code
code-copied = Copié
code-redeemed-vendor = La boutique signale que ce code a été utilisé.
code-redeemed-stripe = Vous avez commandé vos clés dans notre boutique.
code-redeemed-admin = L’équipe de la distribution a marqué ce code comme utilisé.
code-redeemed-self = Vous nous avez indiqué avoir commandé vos clés.
code-redeemed-vendor-on = La boutique signale que ce code a été utilisé le { $day }.
code-redeemed-stripe-on = Vous avez commandé vos clés dans notre boutique le { $day }.
code-redeemed-admin-on = L’équipe de la distribution a marqué ce code comme utilisé le { $day }.
code-redeemed-self-on = Vous nous avez indiqué avoir commandé vos clés le { $day }.
code-expired = Ce code a expiré le { $day } sans avoir été utilisé.
code-valid-until = Valable jusqu’au { $day } ({ $days ->
        [0] dernier jour aujourd’hui
        [one] encore 1 jour
       *[other] encore { $days } jours
    }).
code-how-heading = Comment l’utiliser
code-stripe-how = Commandez { $keys ->
        [one] votre clé
       *[other] vos { $keys } clés
    } dans notre boutique sur Stripe : le code est appliqué pour vous, la commande ne coûte rien, et Stripe demande une adresse de livraison dans l’un des pays de cette distribution.
code-stripe-redeem = Utiliser le code : commander mes clés
code-step-store = Rendez-vous sur { $store }.
code-store-name = la boutique du fabricant
code-step-cart = Mettez exactement { $keys ->
        [one] une clé
       *[other] { $keys } clés
    } dans le panier : le code règle { $keys ->
        [one] une clé
       *[other] { $keys } clés
    } et leur livraison.
code-step-checkout = Saisissez le code lors du paiement, avec une adresse de livraison dans votre pays.
code-step-checkout-declared = Saisissez le code lors du paiement, avec une adresse de livraison dans le pays que vous avez indiqué : { $country }.
code-does-not-apply = Si la boutique indique que le code ne s’applique pas, vérifiez que le panier contient { $keys ->
        [one] une clé
       *[other] { $keys } clés
    }, ni plus ni moins, et que le code est saisi exactement comme affiché (le copier évite les erreurs).
code-ordered = J’ai commandé mes clés

## Le formulaire de demande
claim-intro = Vous pouvez demander un code promotionnel pour { $keys ->
        [one] une clé de sécurité
       *[other] { $keys } clés de sécurité
    }.
claim-country-label = Pays de livraison des clés
claim-country-hint = Son nom, en français ou dans l’une des langues du pays (Deutschland, Schweiz, 日本), ou son code à deux lettres, par exemple DE ou GB. Les clés sont livrées dans ces pays : { $countries }.
claim-list-separator = {", "}
claim-empty = Saisissez le pays où vos clés doivent être livrées.
claim-common-mistake = { $given } n’est pas un code de pays ISO : pour ce pays ({ $name }), saisissez { $meant }.
claim-unknown-country = Nous ne connaissons aucun pays nommé « { $given } ». Saisissez son nom, en français ou dans l’une des langues du pays, ou son code ISO à deux lettres, par exemple DE ou JP.
claim-not-served = Les clés de cette distribution ne sont pas livrées dans ce pays : { $country }. Aucun code ne vous a été attribué.
claim-none-left-for = Il ne reste aucun code pour ce pays : { $country }.
claim-unknown-offer = La clé choisie n’est pas proposée pour ce pays : { $country }. Choisissez l’une des clés de la liste.
claim-choose-offer = { $count } modèles de clé sont livrés dans ce pays : { $country }. Choisissez-en un ci-dessous.
claim-roles-gone = Le registre de paquets indique qu’aujourd’hui vous n’avez plus de rôle Owner ou Maintainer sur aucun projet critique : aucun code ne peut donc être demandé. Aucun code ne vous a été attribué. S’il s’agit d’une erreur, demandez aux propriétaires du projet de vous ajouter à nouveau, ou écrivez à l’équipe de la distribution.
claim-button = Demander mon code
offer-choice-legend = Quelle clé souhaitez-vous ?
offer-choice-plain = { $offer } : un code pour { $keys ->
        [one] une clé
       *[other] { $keys } clés
    }
offer-choice-by-vendor = { $offer }, de { $vendor } : un code pour { $keys ->
        [one] une clé
       *[other] { $keys } clés
    }

## Pourquoi un mainteneur ne peut pas faire de demande
ineligible-closed = Les demandes pour cette distribution sont closes : plus aucun code n’est attribué.
ineligible-not-open-yet = Cette distribution ouvre le { $day }. Revenez à cette date pour demander un code.
ineligible-ended = Cette distribution s’est terminée le { $day }. Plus aucun code n’est attribué.
ineligible-no-codes-left = Tous les codes de cette distribution ont été demandés : il n’en reste aucun.
ineligible-no-critical-role = Cette distribution est réservée aux Owners et Maintainers de projets critiques, et votre compte n’est Owner ou Maintainer d’aucun projet critique.
ineligible-team-account = Si vous maintenez un projet critique au moyen d’un compte d’équipe ou d’organisation, demandez à { $support } d’examiner votre situation.
ineligible-support-team = l’équipe d’assistance du registre
ineligible-account-too-new = Cette distribution est réservée aux comptes créés au plus tard le { $cutoff } ; le vôtre a été créé le { $joined }.
ineligible-has-security-key = Votre compte utilise déjà une clé de sécurité, et cette distribution s’adresse aux mainteneurs qui n’en ont pas encore. Merci de protéger vos projets.
ineligible-has-totp = À ce stade, la distribution s’adresse aux mainteneurs qui n’ont pas encore de second facteur, et votre compte utilise déjà une application d’authentification. Merci de protéger vos projets.
ineligible-handed-back = Vous avez restitué le code qui vous avait été attribué dans cette distribution, et un code restitué ne peut pas être demandé à nouveau ici.
phase-note-widens = Les conditions de cette distribution s’élargissent le { $day } et, à partir de cette date, vous y avez droit : revenez alors demander un code, tant qu’il en reste.

## Restituer un code
release-hint = Vous n’utiliserez pas ce code ? { $link } pour qu’il puisse profiter à quelqu’un d’autre.
release-hint-link = Restituez-le
release-title = Restituer votre code
release-about = Vous êtes sur le point de restituer votre code promotionnel { $code } de { $campaign }.
release-restock = Il sera attribué à un autre mainteneur : ne l’utilisez plus ensuite.
release-retire = Il cessera de fonctionner : personne ne pourra plus l’utiliser.
release-claim-again = Vous pourrez demander un autre code plus tard, tant qu’il en reste.
release-no-claim-again = Vous ne pourrez pas demander d’autre code dans cette distribution.
release-button = Restituer mon code
release-keep = Le garder

## Étape de confirmation
confirm-title = Veuillez confirmer
confirm-ordered-heading = Avez-vous commandé vos clés ?
confirm-ordered = Ne l’indiquez qu’une fois votre commande passée avec le code de { $campaign } : le code sera alors considéré comme utilisé, et cette action est définitive.
confirm-ordered-button = Oui, j’ai commandé mes clés
confirm-go-back = Non, revenir en arrière

## Se désabonner des courriels de la distribution
unsubscribe-title = Courriels de la distribution
unsubscribe-ask = Ne plus recevoir d’invitations ni de rappels concernant les distributions de clés de sécurité pour le compte { $username } ? Les liens de connexion vous parviennent toujours quand vous en demandez un.
unsubscribe-button = Ne plus recevoir ces courriels
unsubscribe-done = C’est fait : le compte { $username } ne recevra plus d’invitations ni de rappels.
unsubscribe-turn-on-again = Vous pouvez les réactiver sur votre page, une fois { $signed_in }.
unsubscribe-signed-in = connecté
unsubscribe-unknown = Ce lien n’est pas valable. Vérifiez que vous l’avez copié en entier ; ou { $sign_in } et désactivez les courriels de la distribution sur votre page.
unsubscribe-sign-in = connectez-vous

## Messages après une action
flash-signed-in = Vous êtes connecté.
flash-claimed = Votre code est prêt. Il n’appartient qu’à vous : il s’affiche ici chaque fois que vous revenez.
flash-already-held = Vous avez déjà un code pour cette distribution : le voici de nouveau.
flash-redeemed = Merci : nous avons noté que vous avez commandé vos clés.
flash-checkout-done = Merci pour votre commande. Votre code apparaîtra comme utilisé dès que Stripe l’aura confirmé, généralement en moins d’une minute.
flash-checkout-not-ready = Votre code est encore en cours de préparation dans la boutique. Veuillez réessayer dans quelques minutes.
flash-mail-on = Les invitations et les rappels sont activés : nous vous écrirons quand une distribution ouvre, va bientôt fermer, ou quand votre code est sur le point d’expirer.
flash-mail-off = Les invitations et les rappels sont désactivés : vous n’en recevrez plus. Les liens de connexion vous parviennent toujours quand vous en demandez un.
flash-checkout-failed = La boutique est injoignable. Votre code n’a pas changé : veuillez réessayer dans quelques minutes.
flash-handed-back = Vous avez restitué votre code : vous ne pouvez plus l’utiliser. Merci de nous l’avoir signalé.
flash-nothing-to-hand-back = Vous n’avez aucun code inutilisé à restituer dans cette distribution : il a déjà été restitué ou utilisé.

## Pages d’erreur
error-title = Erreur : { $title }
error-go-home = Aller à la page d’accueil
error-not-found-heading = Page introuvable
error-not-found = Il n’y a aucune page à cette adresse.
error-csrf-heading = Ce formulaire a expiré
error-csrf = La page d’où vous avez envoyé le formulaire était trop ancienne, ou a été ouverte dans une autre session. Revenez en arrière, rechargez la page et réessayez.
error-bad-request-heading = Cette requête n’a pas pu être lue
error-bad-request = Revenez en arrière, rechargez la page et réessayez.
error-internal-heading = Un problème est survenu de notre côté
error-internal = Nous n’avons pas pu traiter votre demande et avons consigné le problème. Vous n’y êtes pour rien. Veuillez réessayer dans un instant.
error-busy-heading = keydrop est très sollicité en ce moment
error-busy = Votre demande n’a pas pu être traitée à temps, et elle n’a rien modifié. Veuillez réessayer dans quelques secondes : une demande de code qui n’a pas abouti peut simplement être refaite, et un code que vous détenez déjà reste le vôtre.
error-too-many-sign-ins-heading = Trop de demandes de connexion
error-too-many-sign-ins = Des liens de connexion ont été demandés trop souvent en peu de temps. Si un lien vous est parvenu, le plus récent fonctionne : il remplace les précédents. Sinon, veuillez réessayer dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-totp-locked-heading = L’espace d’administration de votre compte est verrouillé
error-totp-locked = Trop de codes erronés ont été saisis pour votre compte : son espace d’administration est verrouillé pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Cet événement a été enregistré. Si ce n’est pas vous qui les avez saisis, quelqu’un d’autre dispose peut-être de votre lien de connexion : prévenez les autres administrateurs.
error-too-many-claims-heading = Trop de demandes de code en peu de temps
error-too-many-claims = Veuillez réessayer dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Un code que vous détenez déjà reste le vôtre.
error-too-many-heading = Trop de requêtes
error-too-many = Veuillez réessayer dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
error-too-large-heading = C’est plus que ce que cette page accepte
error-too-large = Ce que vous avez envoyé dépasse la taille acceptée à cette adresse, et rien n’a été modifié. Revenez en arrière, raccourcissez le texte (ou réduisez le fichier) et réessayez.
error-not-text-heading = Cette requête contient des caractères qui ne sont pas du texte
error-not-text = Ce que vous avez envoyé contient un caractère NUL, un caractère de contrôle ou des octets qui ne sont pas de l’UTF-8, et rien n’a été modifié. Revenez en arrière, saisissez à nouveau le texte (plutôt que de le coller) et renvoyez-le.
error-signed-out-heading = Connectez-vous d’abord
error-signed-out = Vous n’êtes pas connecté, ou votre session a pris fin : rien n’a donc été modifié. { $sign_in }, puis renvoyez le formulaire.
error-signed-out-link = Connectez-vous
error-field-too-long-heading = Un champ est trop long
error-field-too-long = Chaque champ accepte au plus { $max } caractères, et rien n’a été modifié. Revenez en arrière, raccourcissez le texte et renvoyez le formulaire.
error-method-heading = Cette page ne s’utilise pas ainsi
error-method = Cette adresse ne répond pas à ce type de requête.
error-uri-too-long-heading = Cette adresse est trop longue
error-uri-too-long = Le service ne lit pas des adresses aussi longues.
error-timed-out-heading = Votre requête a mis trop de temps à arriver
error-timed-out = Rien n’a été modifié. Veuillez vérifier votre connexion et réessayer.
error-unauthorized-heading = Connexion requise
error-unauthorized = Cette adresse exige un jeton d’accès (bearer token) valide.
