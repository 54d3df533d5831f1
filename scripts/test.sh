#!/usr/bin/env bash
# Runs every test of keydrop: unit tests, and the integration suite on SQLite and, when
# KEYDROP_TEST_POSTGRES_URL names a PostgreSQL server, on PostgreSQL too (each PostgreSQL test
# makes a database of its own there and drops it afterwards).
#
# The browser tests (e2e) drive headless Chromium through chromedriver when both are installed
# (`apt-get install chromium chromium-driver`; .ci/run does it), and say SKIPPED otherwise.
#
# The sign-in tests talk to a real SMTP server, aiosmtpd (Python); it is installed with pip
# when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
  echo "installing aiosmtpd (the SMTP server the sign-in tests send mail to)"
  python3 -m pip install --quiet --disable-pip-version-check aiosmtpd \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages aiosmtpd
fi

if [ -n "${KEYDROP_TEST_POSTGRES_URL:-}" ]; then
  echo "integration suite: SQLite and PostgreSQL (KEYDROP_TEST_POSTGRES_URL is set)"
else
  echo "================================================================================"
  echo "KEYDROP_TEST_POSTGRES_URL is not set: the PostgreSQL half of the integration suite"
  echo "and the replica test are SKIPPED (each such test prints 'SKIPPED on PostgreSQL')."
  echo "To run them: KEYDROP_TEST_POSTGRES_URL=postgres://USER@HOST:5432/DB scripts/test.sh"
  echo "================================================================================"
fi

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "================================================================================"
  echo "chromium or chromedriver is missing: the browser tests (e2e) are SKIPPED (each says"
  echo "'SKIPPED browser test'). To run them: apt-get install chromium chromium-driver"
  echo "================================================================================"
fi

if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --no-fail-fast --success-output never --failure-output final
else
  cargo test --no-fail-fast
fi

if [ -z "${KEYDROP_TEST_POSTGRES_URL:-}" ]; then
  echo "NOTE: the PostgreSQL tests were SKIPPED (KEYDROP_TEST_POSTGRES_URL is not set)."
fi
