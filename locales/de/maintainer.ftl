# Die Seiten der Maintainer: Startseite, Anmeldung, Aktionsseite, Rückgabe, E-Mails, Fehler.

## Startseite
home-title = Sicherheitsschlüssel für kritische Projekte
home-heading = Sicherheitsschlüssel für die Maintainer kritischer Projekte
home-signed-out = Sie haben sich abgemeldet.
home-intro = Die Maintainer der meistheruntergeladenen Projekte der Registry erhalten kostenlos Hardware-Sicherheitsschlüssel. Ein Aktionscode von dieser Website, eingelöst im Shop des Herstellers, bezahlt die Schlüssel und ihren Versand.
home-how = Um zu sehen, ob Sie teilnehmen können, melden Sie sich mit Ihrem Benutzernamen bei der Registry oder Ihrer E-Mail-Adresse an: Wir senden einen einmaligen Anmeldelink an die Adresse Ihres Kontos.
home-who-heading = Wer teilnehmen kann
home-who-critical = Sie sind Owner oder Maintainer eines kritischen Projekts: eines Projekts im obersten 1 % nach Downloads der letzten sechs Monate. Ein Projekt, das einmal kritisch war, bleibt kritisch.
home-who-ships = Die Schlüssel können in Ihr Land geliefert werden.
home-who-no-key = Ihr Konto verwendet noch keinen Sicherheitsschlüssel (manche Aktionen stehen auch denen offen, die bereits einen haben).

## Anmeldung
login-sign-in = Anmelden
login-empty = Geben Sie Ihren Benutzernamen bei der Registry oder die E-Mail-Adresse Ihres Kontos ein.
login-link-used = Dieser Anmeldelink wurde bereits verwendet. Jeder Link funktioniert nur einmal: Fordern Sie unten einen neuen an.
login-link-expired = Dieser Anmeldelink ist abgelaufen: Links gelten { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }. Fordern Sie unten einen neuen an.
login-link-unknown = Dieser Anmeldelink ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder fordern Sie unten einen neuen an.
login-intro = Wir senden einen Anmeldelink an die E-Mail-Adresse Ihres Registry-Kontos. Er funktioniert einmal und gilt { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
login-field = Benutzername oder E-Mail-Adresse
login-send = Anmeldelink senden
login-sent-title = Sehen Sie in Ihr Postfach
login-sent-notice = Wenn dieser Benutzername oder diese E-Mail-Adresse zu einem Konto gehört, haben wir einen Anmeldelink an die E-Mail-Adresse dieses Kontos gesendet.
login-sent-works-once = Der Link funktioniert einmal und gilt { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
login-sent-nothing = Nichts angekommen? Sehen Sie in Ihrem Spam-Ordner nach, oder { $link }.
login-sent-ask-again = fordern Sie einen neuen Link an
login-confirm-heading = Bei keydrop anmelden
login-confirm-intro = Sie sind einem Anmeldelink gefolgt. Fahren Sie fort, um sich auf diesem Gerät anzumelden.
login-confirm-why = Die Anmeldung hat diesen zusätzlichen Schritt, damit E-Mail-Scanner, die Links öffnen, Ihren Link nicht verbrauchen.

## Die Aktionsseite
giveaway-title = Ihre Aktion
giveaway-heading = Ihre Sicherheitsschlüssel-Aktion
giveaway-none-heading = Noch keine Aktion
giveaway-none = Zurzeit läuft keine Sicherheitsschlüssel-Aktion.
giveaway-claims-open = Anforderungen sind vom { $start } bis zum { $end } möglich.
giveaway-revoked = Der Code, den Sie in dieser Aktion erhalten hatten, wurde am { $day } von den Administratoren widerrufen: Er funktioniert nicht mehr.
giveaway-projects-heading = Ihre kritischen Projekte
giveaway-no-projects = Keines der Projekte, deren Owner oder Maintainer Sie sind, ist kritisch (im obersten 1 % nach Downloads).
giveaway-projects-summary = { $count ->
        [one] 1 Projekt
       *[other] { $count } Projekte
    } im obersten 1 % nach Downloads, deren Owner oder Maintainer Sie sind
giveaway-column-project = Projekt
giveaway-column-role = Ihre Rolle
giveaway-column-rank = Rang, als es kritisch wurde
giveaway-column-since = Kritisch seit
giveaway-mail-heading = E-Mails zur Aktion
giveaway-mail-off-note = Sie haben Einladungen und Erinnerungen abgeschaltet. Anmeldelinks erhalten Sie weiterhin, wenn Sie einen anfordern.
giveaway-mail-turn-on = Einladungen und Erinnerungen einschalten
giveaway-mail-on-note = Wir schreiben Ihnen, um Sie zu einer Aktion einzuladen, an der Sie teilnehmen können, einige Tage vor deren Ende, falls Sie noch keinen Code angefordert haben, und einige Tage bevor Ihr Code abläuft, falls Sie ihn noch nicht verwendet haben. Keine dieser Nachrichten verlangt etwas von Ihnen.
giveaway-mail-turn-off = Einladungen und Erinnerungen abschalten

## Der Code
code-label = Ihr Aktionscode
code-copy = Code kopieren
code-copied = Kopiert
code-redeemed-vendor = Laut Shop wurde dieser Code verwendet.
code-redeemed-stripe = Sie haben Ihre Schlüssel in unserem Shop bestellt.
code-redeemed-admin = Das Team der Aktion hat diesen Code als verwendet markiert.
code-redeemed-self = Sie haben uns mitgeteilt, dass Sie Ihre Schlüssel bestellt haben.
code-redeemed-vendor-on = Laut Shop wurde dieser Code am { $day } verwendet.
code-redeemed-stripe-on = Sie haben Ihre Schlüssel am { $day } in unserem Shop bestellt.
code-redeemed-admin-on = Das Team der Aktion hat diesen Code am { $day } als verwendet markiert.
code-redeemed-self-on = Sie haben uns mitgeteilt, dass Sie Ihre Schlüssel am { $day } bestellt haben.
code-expired = Dieser Code ist am { $day } abgelaufen, ohne verwendet worden zu sein.
code-valid-until = Gültig bis { $day } ({ $days ->
        [0] heute letzter Tag
        [one] noch 1 Tag
       *[other] noch { $days } Tage
    }).
code-how-heading = So verwenden Sie ihn
code-stripe-how = Bestellen Sie { $keys ->
        [one] Ihren Schlüssel
       *[other] Ihre { $keys } Schlüssel
    } in unserem Shop bei Stripe: Der Code wird für Sie angewendet, die Bestellung kostet nichts, und Stripe fragt nach einer Lieferadresse in einem der Länder dieser Aktion.
code-stripe-redeem = Einlösen: meine Schlüssel bestellen
code-step-store = Gehen Sie zum { $store }.
code-store-name = Shop des Herstellers
code-step-cart = Legen Sie genau { $keys ->
        [one] einen Schlüssel
       *[other] { $keys } Schlüssel
    } in den Warenkorb: Der Code bezahlt { $keys ->
        [one] einen Schlüssel
       *[other] { $keys } Schlüssel
    } samt Versand.
code-step-checkout = Geben Sie den Code an der Kasse ein, mit einer Lieferadresse in Ihrem Land.
code-step-checkout-declared = Geben Sie den Code an der Kasse ein, mit einer Lieferadresse in dem Land, das Sie angegeben haben: { $country }.
code-does-not-apply = Wenn der Shop meldet, dass der Code nicht gilt, prüfen Sie, ob der Warenkorb genau { $keys ->
        [one] einen Schlüssel
       *[other] { $keys } Schlüssel
    } enthält, nicht mehr und nicht weniger, und ob der Code genau wie angezeigt eingegeben ist (Kopieren vermeidet Fehler).
code-ordered = Ich habe meine Schlüssel bestellt

## Das Anforderungsformular
claim-intro = Sie können einen Aktionscode für { $keys ->
        [one] einen Sicherheitsschlüssel
       *[other] { $keys } Sicherheitsschlüssel
    } anfordern.
claim-country-label = Lieferland der Schlüssel
claim-country-hint = Sein Name, auf Deutsch oder in einer der Sprachen des Landes (Deutschland, Schweiz, 日本), oder sein Code aus zwei Buchstaben, etwa DE oder GB. Die Schlüssel werden geliefert nach: { $countries }.
claim-list-separator = {", "}
claim-empty = Geben Sie das Land ein, in das Ihre Schlüssel geliefert werden sollen.
claim-common-mistake = { $given } ist kein ISO-Ländercode: Für dieses Land ({ $name }) geben Sie { $meant } ein.
claim-unknown-country = Wir kennen kein Land namens „{ $given }“. Geben Sie seinen Namen ein, auf Deutsch oder in einer der Sprachen des Landes, oder seinen ISO-Code aus zwei Buchstaben, etwa DE oder JP.
claim-not-served = Die Schlüssel dieser Aktion werden nicht in dieses Land geliefert: { $country }. Ihnen wurde nichts zugeteilt.
claim-none-left-for = Für dieses Land sind keine Codes mehr übrig: { $country }.
claim-unknown-offer = Der gewählte Schlüssel wird für dieses Land nicht angeboten: { $country }. Wählen Sie einen der aufgeführten.
claim-choose-offer = { $count } Schlüsselmodelle werden in dieses Land geliefert: { $country }. Wählen Sie unten eines aus.
claim-roles-gone = Laut Paket-Registry haben Sie heute keine Owner- oder Maintainer-Rolle mehr in einem kritischen Projekt, daher kann kein Code angefordert werden. Ihnen wurde nichts zugeteilt. Falls das nicht stimmt, bitten Sie die Owner des Projekts, Sie wieder hinzuzufügen, oder schreiben Sie dem Team der Aktion.
claim-button = Meinen Code anfordern
offer-choice-legend = Welchen Schlüssel möchten Sie?
offer-choice-plain = { $offer }: ein Code für { $keys ->
        [one] einen Schlüssel
       *[other] { $keys } Schlüssel
    }
offer-choice-by-vendor = { $offer } von { $vendor }: ein Code für { $keys ->
        [one] einen Schlüssel
       *[other] { $keys } Schlüssel
    }

## Warum ein Maintainer keinen Code anfordern kann
ineligible-closed = Die Anforderungen für diese Aktion sind geschlossen: Es werden keine Codes mehr ausgegeben.
ineligible-not-open-yet = Diese Aktion beginnt am { $day }. Kommen Sie dann wieder, um einen Code anzufordern.
ineligible-ended = Diese Aktion endete am { $day }. Es werden keine Codes mehr ausgegeben.
ineligible-no-codes-left = Alle Codes dieser Aktion wurden angefordert: Keiner ist mehr übrig.
ineligible-no-critical-role = Diese Aktion richtet sich an Owner und Maintainer kritischer Projekte, und Ihr Konto ist nicht Owner oder Maintainer eines kritischen Projekts.
ineligible-team-account = Wenn Sie ein kritisches Projekt über ein Team- oder Organisationskonto betreuen, bitten Sie { $support }, sich Ihren Fall anzusehen.
ineligible-support-team = das Support-Team der Registry
ineligible-account-too-new = Diese Aktion richtet sich an Konten, die spätestens am { $cutoff } angelegt wurden; Ihres wurde am { $joined } angelegt.
ineligible-has-security-key = Ihr Konto verwendet bereits einen Sicherheitsschlüssel, und diese Aktion richtet sich an Maintainer, die noch keinen haben. Danke, dass Sie Ihre Projekte schützen.
ineligible-has-totp = In dieser Phase richtet sich die Aktion an Maintainer ohne zweiten Faktor, und Ihr Konto verwendet bereits eine Authentifizierungs-App. Danke, dass Sie Ihre Projekte schützen.
ineligible-handed-back = Sie haben den Code zurückgegeben, den Sie in dieser Aktion erhalten hatten, und ein zurückgegebener Code kann hier nicht erneut angefordert werden.
phase-note-widens = Die Regeln dieser Aktion werden am { $day } erweitert, und ab diesem Tag sind Sie teilnahmeberechtigt: Kommen Sie dann wieder, um einen Code anzufordern, solange Codes übrig sind.

## Einen Code zurückgeben
release-hint = Sie werden diesen Code nicht verwenden? { $link }, damit er jemand anderem zugutekommt.
release-hint-link = Geben Sie ihn zurück
release-title = Ihren Code zurückgeben
release-about = Sie sind dabei, Ihren Aktionscode { $code } von { $campaign } zurückzugeben.
release-restock = Er geht an einen anderen Maintainer: Verwenden Sie ihn danach nicht mehr.
release-retire = Er funktioniert dann nicht mehr: Niemand kann ihn danach verwenden.
release-claim-again = Sie können später einen anderen Code anfordern, solange Codes übrig sind.
release-no-claim-again = Sie können in dieser Aktion keinen anderen Code anfordern.
release-button = Meinen Code zurückgeben
release-keep = Behalten

## Bestätigungsschritt
confirm-title = Bitte bestätigen
confirm-ordered-heading = Haben Sie Ihre Schlüssel bestellt?
confirm-ordered = Bestätigen Sie dies erst, wenn Ihre Bestellung mit dem Code von { $campaign } aufgegeben ist: Der Code gilt dann als verwendet, und das lässt sich nicht rückgängig machen.
confirm-ordered-button = Ja, ich habe meine Schlüssel bestellt
confirm-go-back = Nein, zurück

## Abmeldung von den E-Mails zur Aktion
unsubscribe-title = E-Mails zur Aktion
unsubscribe-ask = Einladungen und Erinnerungen zu Sicherheitsschlüssel-Aktionen für das Konto { $username } abbestellen? Anmeldelinks erhalten Sie weiterhin, wenn Sie einen anfordern.
unsubscribe-button = E-Mails zur Aktion abbestellen
unsubscribe-done = Erledigt: Das Konto { $username } erhält keine Einladungen oder Erinnerungen mehr.
unsubscribe-turn-on-again = Sie können sie auf Ihrer Seite wieder einschalten, sobald Sie { $signed_in }.
unsubscribe-signed-in = angemeldet sind
unsubscribe-unknown = Dieser Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder { $sign_in } und schalten Sie die E-Mails zur Aktion auf Ihrer Seite ab.
unsubscribe-sign-in = melden Sie sich an

## Meldungen nach einer Aktion
flash-signed-in = Sie sind angemeldet.
flash-claimed = Ihr Code ist bereit. Er gehört nur Ihnen: Er wird hier jedes Mal angezeigt, wenn Sie wiederkommen.
flash-already-held = Sie haben für diese Aktion bereits einen Code: Hier ist er noch einmal.
flash-redeemed = Danke: Wir haben vermerkt, dass Sie Ihre Schlüssel bestellt haben.
flash-checkout-done = Danke für Ihre Bestellung. Ihr Code wird als eingelöst angezeigt, sobald Stripe es bestätigt, meist innerhalb einer Minute.
flash-checkout-not-ready = Ihr Code wird im Shop noch eingerichtet. Bitte versuchen Sie es in einigen Minuten erneut.
flash-mail-on = Einladungen und Erinnerungen sind eingeschaltet: Wir schreiben Ihnen, wenn eine Aktion beginnt, bald endet oder Ihr Code bald abläuft.
flash-mail-off = Einladungen und Erinnerungen sind abgeschaltet: Sie erhalten keine mehr. Anmeldelinks erhalten Sie weiterhin, wenn Sie einen anfordern.
flash-checkout-failed = Der Shop war nicht erreichbar. Ihr Code ist unverändert: Bitte versuchen Sie es in einigen Minuten erneut.
flash-handed-back = Sie haben Ihren Code zurückgegeben: Sie können ihn nicht mehr verwenden. Danke, dass Sie Bescheid gegeben haben.
flash-nothing-to-hand-back = Sie haben in dieser Aktion keinen unbenutzten Code, den Sie zurückgeben könnten: Er wurde bereits zurückgegeben oder verwendet.

## Fehlerseiten
error-title = Fehler: { $title }
error-go-home = Zur Startseite
error-not-found-heading = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es keine Seite.
error-csrf-heading = Dieses Formular ist abgelaufen
error-csrf = Die Seite, von der Sie das Formular gesendet haben, war zu alt oder wurde in einer anderen Sitzung geöffnet. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-bad-request-heading = Diese Anfrage konnte nicht gelesen werden
error-bad-request = Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-internal-heading = Bei uns ist etwas schiefgegangen
error-internal = Wir konnten Ihre Anfrage nicht ausführen und haben das Problem protokolliert. Es liegt nicht an Ihnen. Bitte versuchen Sie es gleich noch einmal.
error-busy-heading = keydrop ist gerade sehr ausgelastet
error-busy = Ihre Anfrage konnte nicht rechtzeitig bearbeitet werden und hat nichts verändert. Bitte versuchen Sie es in einigen Sekunden erneut: Eine Anforderung, die nicht durchging, kann einfach wiederholt werden, und ein Code, den Sie bereits haben, bleibt Ihrer.
error-too-many-sign-ins-heading = Zu viele Anmeldeanfragen
error-too-many-sign-ins = Anmeldelinks wurden in kurzer Zeit zu oft angefordert. Wenn Sie ein Link erreicht hat, funktioniert der neueste: Er hat die vorherigen ersetzt. Andernfalls versuchen Sie es bitte in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut.
error-totp-locked-heading = Der Admin-Bereich Ihres Kontos ist gesperrt
error-totp-locked = Für Ihr Konto wurden zu viele falsche Codes eingegeben, daher ist sein Admin-Bereich für { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } gesperrt. Dies wurde protokolliert. Wenn Sie sie nicht eingegeben haben, hat womöglich jemand anderes Ihren Anmeldelink: Informieren Sie die anderen Admins.
error-too-many-claims-heading = Zu viele Anforderungen in kurzer Zeit
error-too-many-claims = Bitte versuchen Sie es in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut. Ein Code, den Sie bereits haben, bleibt Ihrer.
error-too-many-heading = Zu viele Anfragen
error-too-many = Bitte versuchen Sie es in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut.
error-too-large-heading = Das ist mehr, als diese Seite annimmt
error-too-large = Was Sie gesendet haben, ist größer, als diese Adresse annimmt, und es wurde nichts verändert. Gehen Sie zurück, kürzen Sie den Text (oder verkleinern Sie die Datei) und versuchen Sie es erneut.
error-not-text-heading = Diese Anfrage enthält Zeichen, die kein Text sind
error-not-text = Was Sie gesendet haben, enthält ein NUL-Zeichen, ein Steuerzeichen oder Bytes, die kein UTF-8 sind, und es wurde nichts verändert. Gehen Sie zurück, tippen Sie den Text neu ein (statt ihn einzufügen) und senden Sie ihn erneut.
error-signed-out-heading = Melden Sie sich zuerst an
error-signed-out = Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen, daher wurde nichts verändert. { $sign_in } und senden Sie das Formular dann erneut.
error-signed-out-link = Melden Sie sich an
error-field-too-long-heading = Ein Feld ist zu lang
error-field-too-long = Jedes Feld nimmt höchstens { $max } Zeichen an, und es wurde nichts verändert. Gehen Sie zurück, kürzen Sie den Text und senden Sie das Formular erneut.
error-method-heading = So wird diese Seite nicht verwendet
error-method = Diese Adresse beantwortet diese Art von Anfrage nicht.
error-uri-too-long-heading = Diese Adresse ist zu lang
error-uri-too-long = Der Dienst liest keine so langen Adressen.
error-timed-out-heading = Ihre Anfrage hat zu lange gebraucht
error-timed-out = Es wurde nichts verändert. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-unauthorized-heading = Anmeldung erforderlich
error-unauthorized = Diese Adresse erfordert ein gültiges Bearer-Token.
