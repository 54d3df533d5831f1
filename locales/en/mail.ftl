# The mail keydrop sends (templates/mail/, src/mail/messages.rs), in its reader's language.
# Plain text and HTML share these messages; none holds markup.

# Every message.
# $username: the reader's registry username.
mail-hello = Hello { $username },
mail-footer = keydrop, the security-key giveaway for maintainers of critical projects.
# Between the countries of a list: "Germany (DE), United States (US)".
mail-list-separator = {", "}
# After the service's address, written out on a line of its own.
mail-sign-in-there = and sign in there with your registry username or your email address.

# The sign-in link, asked for on the sign-in page.
mail-sign-in-subject = Your keydrop sign-in link
mail-sign-in-asked = Someone, probably you, asked to sign in to keydrop, the security-key giveaway for maintainers of critical projects. Open this link to sign in:
# $minutes: how long the link works.
mail-sign-in-once = It works once, for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }. If you did not ask for it, you can ignore this message: nobody can sign in without the link.

# The invitation to a campaign ($campaign: its name).
# $projects: the projects named, as below.
mail-invitation-subject = { $campaign }: a free hardware security key for your work on { $projects }
mail-invitation-projects-none = critical projects
mail-invitation-projects-two = { $first } and { $second }
# $others: how many projects besides the first (2 or more).
mail-invitation-projects-more = { $first } and { $others ->
        [one] one other project
       *[other] { $others } other projects
    }
mail-invitation-granted = The team running { $campaign } has made you eligible for a free hardware security key.
# $count: how many projects are listed after it. Owner and Maintainer are the registry's role names.
mail-invitation-critical = You are an Owner or Maintainer of { $count ->
        [one] a project
       *[other] projects
    } that the registry counts as critical:
# After a project's name and role: $rank (a number), $since (a date).
mail-invitation-ranked = ranked { $rank } by downloads over the six months before { $since }, which put it in the top 1%.
# $keys: how many security keys one code buys.
mail-invitation-may-claim = Because of that, you may claim a free hardware security key (a code for { $keys ->
        [one] one key
       *[other] { $keys } keys
    }) in { $campaign }.
mail-invitation-when = When:
# $starts, $ends: dates.
mail-invitation-dates = claims open on { $starts } and close at the end of { $ends } (UTC).
mail-invitation-where = Where the keys ship:
mail-invitation-asks-nothing = This message asks you for nothing: no reply, no password, and it holds no link. To claim, type the service's address into your browser yourself:
mail-invitation-why = You receive this because your account's email address is on record with the registry. If you want no more mail about giveaways (invitations and reminders), turn it off on your page once signed in, or use your mail program's "unsubscribe".

# The reminders: $campaign, $day (the last day, a date), $when (as mail-when), $keys (keys per code).
# $days: days left until the last day (0 for today).
mail-when = { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }
mail-claim-reminder-subject = { $campaign } closes { $when }: your security key is still unclaimed
mail-claim-reminder-body = You may claim a free hardware security key in { $campaign }, and you have not claimed it yet. Claims close at the end of { $day } (UTC), { $when }.
mail-claim-type-address = To claim, type the service's address into your browser yourself:
mail-redeem-reminder-subject = Your { $campaign } code expires { $when }
mail-redeem-reminder-body = The code you claimed in { $campaign } (for { $keys ->
        [one] one security key
       *[other] { $keys } security keys
    }) has not been used yet, and it expires at the end of { $day } (UTC), { $when }. After that it cannot be used.
mail-redeem-type-address = To see your code and how to order your keys, type the service's address into your browser yourself:
mail-redeem-sign-in-there = and sign in there.
mail-reminders-off = No more reminders? Turn them off on your page, or here:
