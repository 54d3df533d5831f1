skip-to-content = Naar de inhoud
tagline = Gratis beveiligingssleutels voor de maintainers van kritieke projecten
signed-in-as = Aangemeld als { $username }
sign-out = Afmelden
footer-never-asks = keydrop vraagt nooit om je wachtwoord. Codes zijn eenmalig en aan je account gekoppeld; deel ze alsjeblieft niet.
language-switcher = Taal
admin-area = Beheeromgeving
help-contact = Hulp en contact: het ondersteuningsteam van de actie
