#!/usr/bin/env bash
# Runs keydrop's fuzz targets (fuzz/fuzz_targets) for a bounded time each with cargo-fuzz
# (libFuzzer); not part of CI's default path. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# A crash leaves its input in fuzz/artifacts/TARGET/ and fails this script: reproduce it with
# `cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-...`, fix it, and add the input as a
# regression test beside the code it broke (see the unit tests of src/domain/).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(batch_file code_normaliser check_symbol)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

# Without a sanitizer the targets build on the stable toolchain; libFuzzer's coverage still
# guides the search, and every assertion in the targets still stops it.
for target in "${targets[@]}"; do
  echo "fuzzing $target for ${seconds}s"
  cargo fuzz run --sanitizer none "$target" -- -max_total_time="$seconds" -print_final_stats=1
done
echo "fuzzing: no crash in ${targets[*]}"
