#!/usr/bin/env python3
"""Make keydrop's seed data: projects, made-up maintainers, their roles, and vendor promo codes.

Usage (from the repository root):

    python3 seed-data/make_seed.py PATH/TO/pypi-top-projects.tsv [--out seed-data]

The input is a TSV file with the header `rank<TAB>name`, one line per PyPI project, rank 1 being
the most downloaded. Everything else is made up from a fixed random seed, so the same input gives
byte-identical output. Only the Python standard library is used.
"""

import argparse
import csv
import datetime
import math
import os
import random
import re
import sys

SEED = 20261101

# Downloads over six months: DOWNLOADS_RANK_1 * rank ** -DOWNLOADS_EXPONENT, times a little noise.
DOWNLOADS_RANK_1 = 1.5e9
DOWNLOADS_EXPONENT = 0.93
DOWNLOADS_NOISE_SIGMA = 0.08

N_USERS = 6000
N_USERS_WITHOUT_ROLES = 50
N_RECENT_USERS = 220  # joined in 2026-09..2026-10
JOIN_FIRST = datetime.date(2005, 1, 1)
JOIN_BULK_LAST = datetime.date(2026, 8, 31)
RECENT_FIRST = datetime.date(2026, 9, 1)
RECENT_LAST = datetime.date(2026, 10, 31)

P_WEBAUTHN = 0.08
P_TOTP_GIVEN_WEBAUTHN = 0.85
P_TOTP_OVERALL = 0.45

CRITICAL_TOP = 8860  # a project ranked 1..8860 is "critical"
LONG_TAIL_FROM = 9000  # condition (a): users with roles only on projects ranked worse than this

N_CODES_ANY = 1700
N_CODES_US = 300
CODE_PREFIX = "TITAN"
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

FIRST_NAMES = """
ada alan alice amara ana andrei anja anna arjun ben bruno carla carlos chen chloe dan daniel
david diego dmitri elena emil emma erik eva fatima felix finn george hana hannah hiro igor ines
ivan jakub james jan javier jin joao jonas jose julia kai karin kenji kofi lars laura lea leo
lena lina lucas luis maria marek marta mateo max maya mei mia michal mikko nadia nina noah olga
omar oscar pablo paul pedro petra priya rafael ravi rosa ryan sam sara sofia sven tariq tom
tomas uma victor wei yuki yusuf zara zoe
""".split()

SURNAMES = """
abbott ahmed alvarez andersen baker bauer becker berg bianchi brown novak campbell chen costa
cruz dahl dubois eriksson fischer fernandes garcia gomez gupta hansen hoffmann horvat ivanova
jensen jones kaur khan kim klein kowalski kumar larsen lee lindqvist lopez martin meyer moreau
muller nakamura nguyen nielsen okafor olsen park patel perez petrov quinn rossi sato schmidt
schneider silva singh smith sokolov suzuki tanaka taylor torres wagner walker wang weber
williams wilson wojcik yamamoto young zhang ziegler lovelace hopper turing knuth
""".split()

WORDS = """
amber anvil aster birch bramble brook cedar cinder cobalt comet coral cricket delta drift ember
fern fjord flint fox frost gale garnet glade granite harbor hazel heron indigo iris juniper
kestrel lark lichen lumen maple marble meadow mesa moss nebula nimbus oak onyx orbit otter pebble
pine pixel plume prism quartz quill raven reef ridge river robin rune sable sage shale slate
sparrow spruce storm summit tide tidepool timber topaz tundra vale willow wren yarrow zephyr
byte code data dev hack lab loop node parse patch stack async lambda tensor vector kernel
""".split()

SUFFIX_WORDS = "dev code labs py hq io tech works".split()

USERNAME_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$")
CODE_RE = re.compile(r"^[A-Z]+(?:-[A-Z0-9]{4}){3}$")


def read_projects(path):
    """(rank, name) pairs from the TSV, in rank order."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    if not rows or [c.strip() for c in rows[0]] != ["rank", "name"]:
        sys.exit(f"{path}: expected the header 'rank<TAB>name'")
    projects = []
    for line_no, row in enumerate(rows[1:], start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != 2:
            sys.exit(f"{path}:{line_no}: expected 2 columns, got {len(row)}")
        projects.append((int(row[0]), row[1].strip()))
    projects.sort()
    ranks = [r for r, _ in projects]
    if len(set(ranks)) != len(ranks):
        sys.exit(f"{path}: duplicate ranks")
    if len({n.lower() for _, n in projects}) != len(projects):
        sys.exit(f"{path}: duplicate project names")
    return projects


def make_downloads(rng, projects):
    """Downloads over six months for each project, strictly decreasing with rank."""
    raw = [
        DOWNLOADS_RANK_1 * rank ** -DOWNLOADS_EXPONENT * math.exp(rng.gauss(0.0, DOWNLOADS_NOISE_SIGMA))
        for rank, _ in projects
    ]
    # The noise perturbs the gaps between neighbours; sorting keeps the ranks of the TSV.
    raw.sort(reverse=True)
    downloads = []
    for value in raw:
        value = int(round(value))
        if downloads and value >= downloads[-1]:
            value = downloads[-1] - 1
        downloads.append(value)
    return downloads


def digits(rng):
    kind = rng.random()
    if kind < 0.45:
        return str(rng.randint(1, 99))
    if kind < 0.75:
        return str(rng.randint(1970, 2008))
    return str(rng.randint(100, 999))


def make_username(rng):
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(SURNAMES)
    word = rng.choice(WORDS)
    word2 = rng.choice(WORDS)
    patterns = [
        (14, lambda: f"{first}-{last}"),
        (12, lambda: f"{first[0]}{last}" + (digits(rng) if rng.random() < 0.5 else "")),
        (10, lambda: f"{first}{last}"),
        (7, lambda: f"{first}.{last}"),
        (5, lambda: f"{first}_{last}"),
        (8, lambda: f"{first}{digits(rng)}"),
        (6, lambda: f"{last}{digits(rng)}"),
        (5, lambda: f"{last}{first[0]}"),
        (9, lambda: word if word == word2 else f"{word}{word2}"),
        (5, lambda: f"{word}-{word2}"),
        (6, lambda: f"{word}{digits(rng)}"),
        (5, lambda: f"{first}-{rng.choice(SUFFIX_WORDS)}"),
        (4, lambda: f"{first}{last[0]}" + (digits(rng) if rng.random() < 0.6 else "")),
        (4, lambda: f"{first[0]}{first[-1]}{last}"),
    ]
    weights = [w for w, _ in patterns]
    make = rng.choices([p for _, p in patterns], weights=weights)[0]
    return make()


def make_users(rng):
    users = []
    seen = set()
    while len(users) < N_USERS:
        name = make_username(rng)
        if name in seen or not USERNAME_RE.match(name):
            continue
        seen.add(name)
        users.append({"username": name, "email": f"{name}@example.org"})

    # Join dates: most skewed towards recent years, plus a batch of very recent accounts.
    bulk_days = (JOIN_BULK_LAST - JOIN_FIRST).days
    recent_days = (RECENT_LAST - RECENT_FIRST).days
    recent = set(rng.sample(range(N_USERS), N_RECENT_USERS))
    for i, user in enumerate(users):
        if i in recent:
            joined = RECENT_FIRST + datetime.timedelta(days=rng.randint(0, recent_days))
        else:
            # density grows like t ** 0.8 over the span: few early accounts, many recent ones
            t = rng.random() ** (1.0 / 1.8)
            joined = JOIN_FIRST + datetime.timedelta(days=int(t * bulk_days))
        user["date_joined"] = joined

    # 2FA: WebAuthn mostly together with TOTP; TOTP overall about P_TOTP_OVERALL.
    p_totp_without_webauthn = (P_TOTP_OVERALL - P_WEBAUTHN * P_TOTP_GIVEN_WEBAUTHN) / (1 - P_WEBAUTHN)
    for user in users:
        webauthn = rng.random() < P_WEBAUTHN
        p_totp = P_TOTP_GIVEN_WEBAUTHN if webauthn else p_totp_without_webauthn
        user["has_webauthn"] = webauthn
        user["has_totp"] = rng.random() < p_totp
    return users


def roles_for_rank(rng, rank):
    """How many roles (owners plus maintainers) a project of this rank has."""
    if rank <= 50:
        return rng.randint(3, 8)
    if rank <= 500:
        return rng.choices([2, 3, 4, 5, 6], weights=[20, 30, 25, 15, 10])[0]
    if rank <= 3000:
        return rng.choices([1, 2, 3, 4, 5], weights=[30, 35, 20, 10, 5])[0]
    return rng.choices([1, 2, 3, 4], weights=[52, 32, 13, 3])[0]


def make_roles(rng, projects, users):
    slots = [roles_for_rank(rng, rank) for rank, _ in projects]
    total = sum(slots)

    # Users with roles, and how many projects each has: at least one, heavy-tailed above that.
    user_idx = list(range(len(users)))
    without_roles = set(rng.sample(user_idx, N_USERS_WITHOUT_ROLES))
    active = [i for i in user_idx if i not in without_roles]
    weights = [min(rng.paretovariate(1.15), 400.0) for _ in active]
    counts = [1] * len(active)
    extra = total - len(active)
    if extra < 0:
        sys.exit("fewer role slots than users with roles: lower N_USERS or add roles")
    cum = []
    acc = 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    for k in rng.choices(range(len(active)), cum_weights=cum, k=extra):
        counts[k] += 1

    # Deal the users' tokens out over the projects' slots, then repair duplicate pairs by swaps.
    tokens = [u for u, c in zip(active, counts) for _ in range(c)]
    rng.shuffle(tokens)
    starts = []
    pos = 0
    for s in slots:
        starts.append(pos)
        pos += s
    project_of = [p for p, s in enumerate(slots) for _ in range(s)]

    def members(p):
        return tokens[starts[p]:starts[p] + slots[p]]

    for _ in range(50):
        fixed_any = False
        for p in range(len(slots)):
            seen = set()
            for j in range(starts[p], starts[p] + slots[p]):
                u = tokens[j]
                if u not in seen:
                    seen.add(u)
                    continue
                # swap tokens[j] with a token elsewhere so that neither project gets a duplicate
                for _attempt in range(1000):
                    k = rng.randrange(len(tokens))
                    q = project_of[k]
                    if q == p:
                        continue
                    v = tokens[k]
                    if v in seen or u in members(q):
                        continue
                    tokens[j], tokens[k] = v, u
                    seen.add(v)
                    fixed_any = True
                    break
                else:
                    sys.exit("could not repair a duplicate role")
        if not fixed_any:
            break

    roles = []
    for p, (rank, name) in enumerate(projects):
        for n, u in enumerate(members(p)):
            role = "Owner" if n == 0 or rng.random() < 0.3 else "Maintainer"
            roles.append((name, users[u]["username"], role))
    return roles


def make_codes(rng, n, taken):
    codes = []
    while len(codes) < n:
        groups = ["".join(rng.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3)]
        code = "-".join([CODE_PREFIX] + groups)
        if code in taken:
            continue
        taken.add(code)
        codes.append(code)
    return codes


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_lines(path, lines):
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))


def check_and_summarize(projects, downloads, users, roles, codes_any, codes_us, out):
    problems = []

    def check(ok, what):
        if not ok:
            problems.append(what)

    rank_of = {name: rank for rank, name in projects}
    user_by_name = {u["username"]: u for u in users}

    # projects
    check(all(a > b for a, b in zip(downloads, downloads[1:])), "downloads not strictly decreasing")
    check(downloads[-1] > 0, "non-positive downloads")

    # users
    lower = [u["username"].lower() for u in users]
    check(len(set(lower)) == len(users), "usernames not unique case-insensitively")
    check(all(USERNAME_RE.match(u["username"]) for u in users), "username with bad characters")
    check(len({u["email"].lower() for u in users}) == len(users), "emails not unique")

    # roles
    pairs = [(p, u) for p, u, _ in roles]
    check(len(set(pairs)) == len(pairs), "duplicate (project, username) roles")
    check(all(p in rank_of for p, _ in pairs), "role on an unknown project")
    check(all(u in user_by_name for _, u in pairs), "role of an unknown user")
    owners = {p for p, _, r in roles if r == "Owner"}
    check(owners == set(rank_of), "a project without an Owner")
    check(all(r in ("Owner", "Maintainer") for _, _, r in roles), "unknown role")

    user_ranks = {}
    for p, u, _ in roles:
        user_ranks.setdefault(u, []).append(rank_of[p])
    project_roles = {}
    for p, _, _ in roles:
        project_roles[p] = project_roles.get(p, 0) + 1

    only_long_tail = [u for u, rs in user_ranks.items() if min(rs) > LONG_TAIL_FROM]
    critical_users = [u for u, rs in user_ranks.items() if min(rs) <= CRITICAL_TOP]
    cutoff = datetime.date(2026, 1, 1)
    critical_no_key_old = [
        u for u in critical_users
        if not user_by_name[u]["has_webauthn"] and user_by_name[u]["date_joined"] < cutoff
    ]
    no_roles = [u["username"] for u in users if u["username"] not in user_ranks]
    check(len(only_long_tail) >= 200, "(a) fewer than 200 users only on projects ranked > 9000")
    check(len(critical_no_key_old) >= 300, "(b) fewer than 300 critical users without WebAuthn joined before 2026")
    check(30 <= len(no_roles) <= 70, "(c) not about 50 users without roles")

    # codes
    all_codes = codes_any + codes_us
    check(len(set(all_codes)) == len(all_codes), "codes not unique")
    check(all(CODE_RE.match(c) for c in all_codes), "badly formed code")

    # summary
    per_user = sorted((len(rs) for rs in user_ranks.values()), reverse=True)
    n = len(users)
    totp = sum(u["has_totp"] for u in users)
    webauthn = sum(u["has_webauthn"] for u in users)
    webauthn_totp = sum(u["has_totp"] and u["has_webauthn"] for u in users)
    neither = sum(not u["has_totp"] and not u["has_webauthn"] for u in users)
    recent = sum(u["date_joined"] >= RECENT_FIRST for u in users)
    years = {}
    for u in users:
        years[u["date_joined"].year] = years.get(u["date_joined"].year, 0) + 1
    roles_per_project = {}
    for c in project_roles.values():
        roles_per_project[c] = roles_per_project.get(c, 0) + 1

    def pct(k):
        return f"{k} ({100.0 * k / n:.1f}%)"

    lines = [
        f"seed {SEED}",
        f"projects: {len(projects)}; downloads rank 1 = {downloads[0]:,}, "
        f"median = {downloads[len(downloads) // 2]:,}, last (rank {projects[-1][0]}) = {downloads[-1]:,}",
        f"critical projects (rank <= {CRITICAL_TOP}): {sum(r <= CRITICAL_TOP for r, _ in projects)}",
        f"users: {n}; TOTP {pct(totp)}, WebAuthn {pct(webauthn)} (of which with TOTP {webauthn_totp}), "
        f"neither {pct(neither)}",
        f"joined 2026-09..2026-10: {recent}; first {min(u['date_joined'] for u in users)}, "
        f"last {max(u['date_joined'] for u in users)}",
        "joined per year: " + ", ".join(f"{y}:{c}" for y, c in sorted(years.items())),
        f"roles: {len(roles)} ({sum(r == 'Owner' for _, _, r in roles)} Owner, "
        f"{sum(r == 'Maintainer' for _, _, r in roles)} Maintainer)",
        "roles per project: " + ", ".join(f"{k}:{c}" for k, c in sorted(roles_per_project.items())),
        f"projects per user: max {per_user[0]}, top 10 {per_user[:10]}, "
        f"users with >= 100: {sum(c >= 100 for c in per_user)}, "
        f"1-5: {sum(c <= 5 for c in per_user)} of {len(per_user)}, median {per_user[len(per_user) // 2]}",
        f"(a) users with roles only on projects ranked > {LONG_TAIL_FROM}: {len(only_long_tail)}",
        f"(b) users with a role on a top-{CRITICAL_TOP} project, no WebAuthn, joined before 2026: "
        f"{len(critical_no_key_old)} (all users on a critical project: {len(critical_users)})",
        f"(c) users without any role: {len(no_roles)}",
        f"codes: {len(codes_any)} any + {len(codes_us)} US, all unique: {len(set(all_codes)) == len(all_codes)}",
    ]
    for name in ("projects.csv", "users.csv", "roles.csv", "codes-any.txt", "codes-us.txt"):
        path = os.path.join(out, name)
        with open(path, "rb") as f:
            data = f.read()
        n_lines = data.count(b"\n")
        lines.append(f"{name}: {n_lines} lines, {len(data):,} bytes")
    print("\n".join(lines))
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tsv", help="pypi-top-projects.tsv: 'rank<TAB>name', rank 1 = most downloaded")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)),
                        help="output folder (default: the folder of this script, seed-data/)")
    args = parser.parse_args()

    rng = random.Random(SEED)
    projects = read_projects(args.tsv)
    downloads = make_downloads(rng, projects)
    users = make_users(rng)
    roles = make_roles(rng, projects, users)
    taken = set()
    codes_any = make_codes(rng, N_CODES_ANY, taken)
    codes_us = make_codes(rng, N_CODES_US, taken)

    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, "projects.csv"), ["name", "downloads"],
              [(name, d) for (_, name), d in zip(projects, downloads)])
    write_csv(os.path.join(args.out, "users.csv"),
              ["username", "email", "date_joined", "has_totp", "has_webauthn"],
              [(u["username"], u["email"], u["date_joined"].isoformat(),
                "true" if u["has_totp"] else "false", "true" if u["has_webauthn"] else "false")
               for u in users])
    write_csv(os.path.join(args.out, "roles.csv"), ["project", "username", "role"], roles)
    write_lines(os.path.join(args.out, "codes-any.txt"), codes_any)
    write_lines(os.path.join(args.out, "codes-us.txt"), codes_us)

    check_and_summarize(projects, downloads, users, roles, codes_any, codes_us, args.out)


if __name__ == "__main__":
    main()
