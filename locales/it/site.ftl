skip-to-content = Vai al contenuto
tagline = Chiavi di sicurezza gratuite per i maintainer dei progetti critici
signed-in-as = Accesso effettuato come { $username }
sign-out = Esci
footer-never-asks = keydrop non chiede mai la tua password. I codici sono monouso e legati al tuo account; per favore non condividerli.
language-switcher = Lingua
admin-area = Area di amministrazione
help-contact = Aiuto e contatti: il team di supporto dell’iniziativa
