# The layout around every page.
skip-to-content = Skip to content
tagline = Free security keys for the maintainers of critical projects
signed-in-as = Signed in as { $username }
sign-out = Sign out
footer-never-asks = keydrop never asks for your password. Codes are single-use and tied to your account; please do not share them.
language-switcher = Language
admin-area = Admin area
help-contact = Help and contact: the giveaway's support team
