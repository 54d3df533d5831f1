skip-to-content = Aller au contenu
tagline = Des clés de sécurité gratuites pour les mainteneurs de projets critiques
signed-in-as = Connecté en tant que { $username }
sign-out = Se déconnecter
footer-never-asks = keydrop ne vous demande jamais votre mot de passe. Les codes sont à usage unique et liés à votre compte ; merci de ne pas les partager.
language-switcher = Langue
admin-area = Espace d’administration
help-contact = Aide et contact : l’équipe d’assistance du programme
