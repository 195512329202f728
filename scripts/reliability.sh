#!/usr/bin/env bash
# Sanitizers and fuzzers, on demand: configures, builds and runs through ctest
#   1. the AddressSanitizer + UndefinedBehaviorSanitizer build of the core and
#      its tests (preset "asan", build-asan/), plus a self-check that a
#      sanitizer report really fails a test;
#   2. the libFuzzer build (preset "fuzz", build-fuzz/, clang): each fuzz
#      target replays its committed corpus, then explores for
#      SSF_FUZZ_SECONDS (default 25) seconds.
# Prints ctest's summaries and exits non-zero on any failure.
#   scripts/reliability.sh            both
#   scripts/reliability.sh asan       only the sanitizer build
#   scripts/reliability.sh fuzz       only the fuzzers
set -uo pipefail
cd "$(dirname "$0")/.."

jobs=${SSF_JOBS:-2}
what=${1:-all}
passed=0
failed=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

say() { printf '== reliability: %s\n' "$*"; }

# Runs a command with its output in a log; prints the log's tail on failure.
quiet() {
  local name=$1; shift
  if ! "$@" >"$log_dir/$name.log" 2>&1; then
    tail -n 40 "$log_dir/$name.log"
    say "FAILED: $*"
    return 1
  fi
}

# ctest with its summary shown; counts its tests into passed/failed.
run_ctest() {
  local name=$1; shift
  local out="$log_dir/$name.ctest" rc
  ctest "$@" >"$out" 2>&1
  rc=$?
  # Each test's line, the end of the output on failure, then the summary.
  grep -E '^ *[0-9]+/[0-9]+ Test' "$out" || true
  if [ $rc -ne 0 ]; then tail -n 120 "$out"; fi
  grep -E 'tests passed|tests failed out of|Total Test time' "$out"
  local total fail
  total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$out" | tail -n 1)
  fail=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$out" | tail -n 1)
  if [ -z "$total" ]; then
    say "ctest ($name) ran no test"
    failed=$((failed + 1))
    return 1
  fi
  passed=$((passed + total - fail))
  failed=$((failed + fail))
  [ $rc -eq 0 ]
}

# A hidden Catch2 test that must abort with a sanitizer report.
expect_abort() {
  local binary=$1 tag=$2 pattern=$3
  if "$binary" "$tag" >"$log_dir/selftest.log" 2>&1; then
    say "self-check $tag PASSED, so the build does not stop on a sanitizer report"
    failed=$((failed + 1))
  elif grep -q "$pattern" "$log_dir/selftest.log"; then
    say "self-check $tag aborted with a report, as it must"
    passed=$((passed + 1))
  else
    tail -n 20 "$log_dir/selftest.log"
    say "self-check $tag failed without a '$pattern' report"
    failed=$((failed + 1))
  fi
}

asan() {
  say "AddressSanitizer + UBSan build of the core and its tests (build-asan)"
  quiet asan-configure cmake --preset asan || { failed=$((failed + 1)); return; }
  quiet asan-build cmake --build --preset asan -j "$jobs" || { failed=$((failed + 1)); return; }
  run_ctest asan --preset asan
  expect_abort build-asan/tests/core_tests "[.ubsan-selftest]" "runtime error"
  expect_abort build-asan/tests/core_tests "[.asan-selftest]" "AddressSanitizer"
}

fuzz() {
  say "libFuzzer targets, ${SSF_FUZZ_SECONDS:-25} s each (build-fuzz)"
  if ! command -v clang++ >/dev/null; then
    say "FAILED: clang++ is missing (scripts/deps.sh installs it)"
    failed=$((failed + 1))
    return
  fi
  quiet fuzz-configure cmake --preset fuzz -DSSF_FUZZ_SECONDS="${SSF_FUZZ_SECONDS:-25}" || { failed=$((failed + 1)); return; }
  quiet fuzz-build cmake --build --preset fuzz -j "$jobs" || { failed=$((failed + 1)); return; }
  run_ctest fuzz --preset fuzz
}

case $what in
  all) asan; fuzz ;;
  asan) asan ;;
  fuzz) fuzz ;;
  *) echo "usage: $0 [all|asan|fuzz]" >&2; exit 2 ;;
esac

echo "reliability: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
