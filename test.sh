#!/usr/bin/env bash
# WsisConnect's one test command, for developers and CI alike.
#
#   ./test.sh                    install what is missing, build, run every test: .NET (dotnet test),
#                                PWA unit (vitest, mobile/src/**/*.test.ts), browser (node --test mobile/e2e)
#   ./test.sh --filter EXPR      only the .NET tests matching EXPR (dotnet test --filter)
#
# On a bare Debian 12 machine with the .NET SDK and Node.js it installs redis-server and chromium from
# Debian (tests start their own private redis-server; no system service is used or started). Results go to
# test-results/ (TRX per test project, vitest.json, e2e.tap). The last line printed is always
# "N passed, N failed, N skipped"; the exit code is non-zero when anything failed or no test ran.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RESULTS="$ROOT/test-results"
SOLUTION="$ROOT/WsisConnect.sln"
E2E_DIR="$ROOT/mobile/e2e"
CONFIGURATION=Debug
# Caps that keep a hung step from eating CI's 90 minutes; normal runs take a fraction of them.
DOTNET_TEST_TIMEOUT=45m
PWA_UNIT_TEST_TIMEOUT=10m
BROWSER_TEST_TIMEOUT=15m

FILTER=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --filter)
      [[ $# -ge 2 ]] || { echo "test.sh: --filter needs an expression" >&2; exit 2; }
      FILTER="$2"
      shift 2
      ;;
    -h | --help)
      sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "test.sh: unknown argument '$1' (try --help)" >&2
      exit 2
      ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDTERMINALLOGGER=off MSBUILDDISABLENODEREUSE=1
# A browser download of its own cannot work on this network: the tests use Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Escape codes only clutter a log file.
if [[ ! -t 1 ]]; then
  export NO_COLOR=1
fi

# ---------------------------------------------------------------------------------------------------
# Cleanup: every long step runs in a process group of its own, so whatever it leaves behind (a server
# or redis-server orphaned by a crashed test host) can be stopped by group id, and nothing else.
CURRENT_GROUP=""
POLICY_RC_CREATED=""

# Live (non-zombie) members of a process group, read from /proc so that no procps is needed.
group_members() { # pgid
  local stat line pid state pgrp
  for stat in /proc/[0-9]*/stat; do
    { line="$(<"$stat")"; } 2>/dev/null || continue
    pid="${line%% *}"
    read -r state _ pgrp _ <<<"${line##*) }"
    if [[ "$pgrp" == "$1" && "$state" != Z ]]; then echo "$pid"; fi
  done
}

stop_group() { # pgid
  local pgid="$1" pid
  [[ -n "$(group_members "$pgid")" ]] || return 0
  echo "test.sh: stopping processes left running by the last step (group $pgid):"
  for pid in $(group_members "$pgid"); do
    echo "  $pid $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-150)"
  done
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    [[ -n "$(group_members "$pgid")" ]] || return 0
    sleep 0.5
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

cleanup() {
  if [[ -n "$CURRENT_GROUP" ]]; then
    stop_group "$CURRENT_GROUP"
    CURRENT_GROUP=""
  fi
  if [[ -n "$POLICY_RC_CREATED" ]]; then
    as_root rm -f /usr/sbin/policy-rc.d || true
    POLICY_RC_CREATED=""
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs "$@" in a new process group and returns its exit code, stopping any leftovers of the group.
run_in_group() {
  if ! command -v setsid >/dev/null 2>&1; then
    "$@"
    return
  fi
  setsid "$@" &
  CURRENT_GROUP=$!
  local rc=0
  wait "$CURRENT_GROUP" || rc=$?
  stop_group "$CURRENT_GROUP"
  CURRENT_GROUP=""
  return "$rc"
}

section() {
  printf '\n==== %s\n' "$*"
}

# ---------------------------------------------------------------------------------------------------
# Debian packages
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    echo "test.sh: '$*' needs root and sudo is not installed" >&2
    return 1
  fi
}

have_redis_server() {
  command -v redis-server >/dev/null 2>&1 || [[ -x /usr/bin/redis-server ]]
}

find_chromium() {
  local candidate
  for candidate in "$(command -v chromium 2>/dev/null || true)" /usr/bin/chromium; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

install_missing_packages() {
  local missing=()
  have_redis_server || missing+=(redis-server)
  find_chromium >/dev/null || missing+=(chromium fonts-liberation)
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "redis-server and chromium are installed"
    return 0
  fi

  section "installing ${missing[*]} (apt-get)"
  # Keep the package scripts from starting Debian's redis-server service: tests run their own.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod 755 /usr/sbin/policy-rc.d
    POLICY_RC_CREATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  if [[ -n "$POLICY_RC_CREATED" ]]; then
    as_root rm -f /usr/sbin/policy-rc.d
    POLICY_RC_CREATED=""
  fi
}

# ---------------------------------------------------------------------------------------------------
# Result accounting: one line per suite, totals at the end.
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
SUITE_LINES=()
NOTES=()

record_suite() { # name passed failed skipped
  SUITE_LINES+=("$(printf '  %-34s %5d passed %5d failed %5d skipped' "$1" "$2" "$3" "$4")")
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + $4))
}

trx_counter() { # file attribute
  local value
  value="$(grep -o '<Counters [^>]*>' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)"
  echo "${value:-0}"
}

trx_suite_name() { # file
  local code_base
  code_base="$(grep -o 'codeBase="[^"]*"' "$1" | head -n 1 | sed 's/^codeBase="//; s/"$//' || true)"
  if [[ -n "$code_base" ]]; then
    basename "$code_base" .dll
  else
    basename "$1" .trx
  fi
}

summarise_trx() { # dotnet-test-exit-code
  local trx_files=() file
  if [[ -d "$RESULTS/dotnet" ]]; then
    while IFS= read -r -d '' file; do trx_files+=("$file"); done \
      < <(find "$RESULTS/dotnet" -maxdepth 1 -name '*.trx' -print0 | sort -z)
  fi

  local before_failed=$TOTAL_FAILED
  for file in "${trx_files[@]}"; do
    local total executed passed failed
    total=$(trx_counter "$file" total)
    executed=$(trx_counter "$file" executed)
    passed=$(trx_counter "$file" passed)
    failed=$(($(trx_counter "$file" failed) + $(trx_counter "$file" error) + $(trx_counter "$file" timeout) + $(trx_counter "$file" aborted)))
    record_suite "$(trx_suite_name "$file")" "$passed" "$failed" "$((total > executed ? total - executed : 0))"
    while IFS= read -r name; do
      if [[ -n "$name" ]]; then NOTES+=("failed: $name"); fi
    done < <(grep -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"' "$file" \
      | grep -o 'testName="[^"]*"' | sed 's/^testName="//; s/"$//' || true)
  done

  if [[ "$1" -ne 0 && $TOTAL_FAILED -eq $before_failed ]]; then
    # A crashed or hung test host, or a project that did not run, leaves no failed test behind.
    record_suite "dotnet test (exit $1)" 0 1 0
    NOTES+=("dotnet test exited $1 without a failed test in its results: see its output above")
  fi
}

tap_count() { # file key: the number on the run's closing "# key N" line, 0 if absent
  local value
  value="$(sed -n "s/^# $2 \\([0-9][0-9]*\\)\$/\\1/p" "$1" | tail -n 1)"
  echo "${value:-0}"
}

summarise_tap() { # tap-file node-exit-code
  local tap="$1" passed=0 failed=0 skipped=0 name
  if [[ -f "$tap" ]]; then
    passed=$(tap_count "$tap" pass)
    failed=$(($(tap_count "$tap" fail) + $(tap_count "$tap" cancelled)))
    skipped=$(($(tap_count "$tap" skipped) + $(tap_count "$tap" todo)))
  fi
  if [[ "$2" -ne 0 && $failed -eq 0 ]]; then
    failed=1
    NOTES+=("browser tests exited $2 without a failed test in their TAP output")
  fi
  if [[ -f "$tap" ]]; then
    while IFS= read -r name; do
      if [[ -n "$name" ]]; then NOTES+=("failed (browser): $name"); fi
    done < <(sed -n 's/^ *not ok [0-9][0-9]* - \(.*\)$/\1/p' "$tap")
  fi
  record_suite "browser (mobile/e2e)" "$passed" "$failed" "$skipped"
}

summarise_vitest() { # json-file vitest-exit-code
  local json="$1" counts passed=0 failed=0 skipped=0 name
  if [[ -s "$json" ]]; then
    counts="$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + (r.numTodoTests || 0));
      for (const f of r.testResults || []) {
        for (const a of f.assertionResults || []) if (a.status === "failed") console.error(a.fullName);
        if (f.status === "failed" && !(f.assertionResults || []).some(a => a.status === "failed")) console.error(f.name);
      }' "$json" 2>"$json.failed")" || counts=""
    if [[ -n "$counts" ]]; then
      read -r passed failed skipped <<<"$counts"
    fi
    while IFS= read -r name; do
      if [[ -n "$name" ]]; then NOTES+=("failed (PWA unit): $name"); fi
    done <"$json.failed"
    rm -f "$json.failed"
  fi
  if [[ "$2" -ne 0 && $failed -eq 0 ]]; then
    failed=1
    NOTES+=("PWA unit tests (vitest) exited $2 without a failed test in their report")
  fi
  record_suite "PWA unit (vitest)" "$passed" "$failed" "$skipped"
}

print_summary_and_exit() {
  section "summary"
  local line
  for line in "${SUITE_LINES[@]}"; do echo "$line"; done
  for line in "${NOTES[@]}"; do echo "  $line"; done
  echo "  results: $RESULTS"
  local code=0
  if [[ $TOTAL_FAILED -gt 0 ]]; then
    code=1
  elif [[ $((TOTAL_PASSED + TOTAL_FAILED)) -eq 0 ]]; then
    echo "  no test ran: treating the run as failed"
    code=1
  fi
  cleanup
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
  exit "$code"
}

# ---------------------------------------------------------------------------------------------------
cd "$ROOT"
rm -rf "$RESULTS"
mkdir -p "$RESULTS/dotnet"
STARTED_AT=$SECONDS

section "tools"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK (dotnet) is not on PATH; install .NET SDK 10 first" >&2
  record_suite "setup" 0 1 0
  print_summary_and_exit
fi
dotnet --version
install_missing_packages
echo "redis-server: $(redis-server --version 2>/dev/null || echo missing)"
CHROMIUM="$(find_chromium || true)"
echo "chromium: ${CHROMIUM:-missing}"
# The browser tests launch this binary (playwright-core cannot download a browser here).
export CHROMIUM_PATH="${CHROMIUM_PATH:-${CHROMIUM:-/usr/bin/chromium}}"

NODE_OK=1
if [[ -f mobile/package.json ]]; then
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    NODE_OK=0
    echo "test.sh: Node.js and npm are needed to build the PWA (mobile/) and run its browser tests, and are not on PATH." >&2
    echo "test.sh: install Node.js 20.19 or newer with its npm (Debian 12's own nodejs is too old for Vite)." >&2
  else
    echo "node $(node --version), npm $(npm --version)"
  fi
fi

if [[ $NODE_OK -eq 0 ]]; then
  record_suite "setup (node/npm missing)" 0 1 0
  print_summary_and_exit
fi

if [[ -f mobile/package.json && ! -d mobile/node_modules ]]; then
  section "npm ci (mobile)"
  npm_rc=0
  if [[ -f mobile/package-lock.json ]]; then
    run_in_group npm --prefix mobile ci || npm_rc=$?
  else
    run_in_group npm --prefix mobile install || npm_rc=$?
  fi
  if [[ $npm_rc -ne 0 ]]; then
    record_suite "npm ci (exit $npm_rc)" 0 1 0
    print_summary_and_exit
  fi
fi

section "build ($CONFIGURATION)"
build_rc=0
run_in_group dotnet build "$SOLUTION" -c "$CONFIGURATION" --disable-build-servers || build_rc=$?
if [[ $build_rc -ne 0 ]]; then
  record_suite "build (exit $build_rc)" 0 1 0
  print_summary_and_exit
fi

section ".NET tests"
test_args=(test "$SOLUTION" --no-build -c "$CONFIGURATION"
  --logger "trx;LogFilePrefix=wsis" --results-directory "$RESULTS/dotnet"
  --blame-hang-timeout 10m --blame-hang-dump-type none)
if [[ -n "$FILTER" ]]; then
  test_args+=(--filter "$FILTER")
fi
dotnet_rc=0
run_in_group timeout --kill-after=30s "$DOTNET_TEST_TIMEOUT" dotnet "${test_args[@]}" || dotnet_rc=$?
summarise_trx "$dotnet_rc"

if [[ -n "$FILTER" ]]; then
  echo "PWA unit tests skipped: --filter selects .NET tests only"
elif [[ -x mobile/node_modules/.bin/vitest ]] \
  && [[ -n "$(find mobile/src -path '*/node_modules' -prune -o -type f \( -name '*.test.ts' -o -name '*.test.tsx' \) -print -quit 2>/dev/null)" ]]; then
  section "PWA unit tests (vitest)"
  vitest_rc=0
  run_in_group timeout --kill-after=30s "$PWA_UNIT_TEST_TIMEOUT" mobile/node_modules/.bin/vitest run --root mobile \
    --reporter=default --reporter=json --outputFile.json="$RESULTS/vitest.json" || vitest_rc=$?
  summarise_vitest "$RESULTS/vitest.json" "$vitest_rc"
fi

if [[ -n "$FILTER" ]]; then
  echo "browser tests skipped: --filter selects .NET tests only"
elif [[ -d "$E2E_DIR" ]]; then
  e2e_files=()
  while IFS= read -r -d '' file; do e2e_files+=("$file"); done < <(find "$E2E_DIR" -path '*/node_modules' -prune -o -type f \
    \( -name '*.test.js' -o -name '*.test.mjs' -o -name '*.test.cjs' -o -name '*.spec.js' -o -name '*.spec.mjs' -o -name '*.spec.cjs' \) \
    -print0 | sort -z)
  if [[ ${#e2e_files[@]} -gt 0 ]]; then
    section "browser tests (${#e2e_files[@]} files)"
    node_rc=0
    run_in_group timeout --kill-after=30s "$BROWSER_TEST_TIMEOUT" node --test \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$RESULTS/e2e.tap" \
      "${e2e_files[@]}" || node_rc=$?
    summarise_tap "$RESULTS/e2e.tap" "$node_rc"
  else
    echo "no browser test files in mobile/e2e"
  fi
fi

echo "test.sh: finished in $((SECONDS - STARTED_AT)) s"
print_summary_and_exit
