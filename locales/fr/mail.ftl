# Les messages envoyés par keydrop (templates/mail/, src/mail/messages.rs).

mail-hello = Bonjour { $username },
mail-footer = keydrop, la distribution de clés de sécurité pour les mainteneurs de projets critiques.
mail-list-separator = {", "}
mail-sign-in-there = puis connectez-vous avec votre nom d'utilisateur du registre ou votre adresse e-mail.

mail-sign-in-subject = Votre lien de connexion à keydrop
mail-sign-in-asked = Quelqu'un, probablement vous, a demandé à se connecter à keydrop, la distribution de clés de sécurité pour les mainteneurs de projets critiques. Ouvrez ce lien pour vous connecter :
mail-sign-in-once = Il ne fonctionne qu'une seule fois, pendant { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }. Si vous n'en avez pas fait la demande, vous pouvez ignorer ce message : personne ne peut se connecter sans ce lien.

mail-invitation-subject = { $campaign } : une clé de sécurité matérielle gratuite pour votre travail sur { $projects }
mail-invitation-projects-none = des projets critiques
mail-invitation-projects-two = { $first } et { $second }
mail-invitation-projects-more = { $first } et { $others ->
        [one] un autre projet
       *[other] { $others } autres projets
    }
mail-invitation-granted = L'équipe qui mène { $campaign } vous a rendu éligible à une clé de sécurité matérielle gratuite.
mail-invitation-critical = Vous êtes Owner ou Maintainer { $count ->
        [one] d'un projet que le registre considère comme critique
       *[other] de projets que le registre considère comme critiques
    } :
mail-invitation-ranked = classé n° { $rank } en téléchargements sur les six mois précédant le { $since }, ce qui l'a placé parmi les 1 % les plus téléchargés.
mail-invitation-may-claim = Vous pouvez donc demander une clé de sécurité matérielle gratuite (un code pour { $keys ->
        [one] une clé
       *[other] { $keys } clés
    }) dans le cadre de { $campaign }.
mail-invitation-when = Quand :
mail-invitation-dates = les demandes ouvrent le { $starts } et ferment à la fin du { $ends } (UTC).
mail-invitation-where = Pays de livraison :
mail-invitation-asks-nothing = Ce message ne vous demande rien : ni réponse, ni mot de passe, et il ne contient aucun lien. Pour faire votre demande, saisissez vous-même l'adresse du service dans votre navigateur :
mail-invitation-why = Vous recevez ce message parce que l'adresse e-mail de votre compte est enregistrée auprès du registre. Si vous ne souhaitez plus recevoir de messages sur les distributions (invitations et rappels), désactivez-les sur votre page une fois connecté, ou utilisez la fonction « se désabonner » de votre messagerie.

mail-when = { $days ->
        [0] aujourd'hui
        [1] demain
       *[other] dans { $days } jours
    }
mail-claim-reminder-subject = { $campaign } ferme { $when } : vous n'avez pas encore demandé votre clé de sécurité
mail-claim-reminder-body = Vous pouvez demander une clé de sécurité matérielle gratuite dans le cadre de { $campaign }, et vous ne l'avez pas encore fait. Les demandes ferment à la fin du { $day } (UTC), { $when }.
mail-claim-type-address = Pour faire votre demande, saisissez vous-même l'adresse du service dans votre navigateur :
mail-redeem-reminder-subject = Votre code { $campaign } expire { $when }
mail-redeem-reminder-body = Le code que vous avez obtenu dans le cadre de { $campaign } (pour { $keys ->
        [one] une clé de sécurité
       *[other] { $keys } clés de sécurité
    }) n'a pas encore été utilisé, et il expire à la fin du { $day } (UTC), { $when }. Passé ce délai, il ne pourra plus être utilisé.
mail-redeem-type-address = Pour voir votre code et savoir comment commander vos clés, saisissez vous-même l'adresse du service dans votre navigateur :
mail-redeem-sign-in-there = puis connectez-vous.
mail-reminders-off = Vous ne voulez plus de rappels ? Désactivez-les sur votre page, ou ici :
