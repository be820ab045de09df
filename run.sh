#!/usr/bin/env bash
# The single entry point: ./run.sh COMMAND [args]; ./run.sh help lists the commands.
# Every command installs what is missing first, so a fresh machine needs nothing else.
set -euo pipefail
# Relative paths the user types (--settings, --output, --selectors, ...) are theirs: the robot runs in this folder.
CALLER_DIR=$(pwd)
cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIG=${CONFIGURATION:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '[run.sh] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_system_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
  [ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd dovecot-pop3d dovecot-lmtpd)
  if [ "${NEED_XVFB:-0}" = 1 ] && ! command -v Xvfb >/dev/null 2>&1; then missing+=(xvfb); fi
  if [ "${NEED_XVFB:-0}" = 1 ] && ! command -v xwininfo >/dev/null 2>&1; then missing+=(x11-utils); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# True when a program is not built, or a project's files (or the shared build files) changed since its last successful
# build: Directory.Build.targets touches obj/run-sh-CONFIG.stamp in each project after it builds.
needs_build() {
  local project dir stamp
  for project in Robot.Cli/robot Robot.Sandbox/Robot.Sandbox Robot.Bench/Robot.Bench; do
    [ -e "$(dll "${project%/*}" "${project#*/}")" ] || return 0
  done
  for project in src/*/*.csproj tests/*/*.csproj; do
    dir=$(dirname "$project")
    stamp="$dir/obj/run-sh-$CONFIG.stamp"
    [ -e "$stamp" ] || return 0
    if [ -n "$(find "$dir" Robot.sln Directory.Build.props Directory.Build.targets Directory.Packages.props global.json \
        \( -path "$dir/bin" -o -path "$dir/obj" \) -prune -o -type f -newer "$stamp" -print -quit)" ]; then
      return 0
    fi
  done
  return 1
}

build() {
  if [ "${FORCE_BUILD:-0}" != 1 ] && ! needs_build; then
    log "up to date ($CONFIG): no source changed since the last build"
    return 0
  fi
  log "restoring and building ($CONFIG)"
  # One compiler server for the build's dozen compiles, even where the environment says UseSharedCompilation=false: a
  # csc process of its own per project starts (and warms up) the compiler each time, about a fifth of a full build's
  # CPU. Stopped afterwards, so nothing of the build stays running.
  local status=0
  dotnet build Robot.sln -c "$CONFIG" -nologo -v quiet -clp:ErrorsOnly -p:UseSharedCompilation=true >&2 || status=$?
  dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
  return $status
}

usage() {
  cat <<'USAGE'
usage: ./run.sh COMMAND [options]        (./run.sh COMMAND --help: the command's options)
  setup       install what is missing (Debian's chromium, dovecot) and build
  test        run every test project (TRX in artifacts/test-results/); arguments go to dotnet test
              --fast: the unit and sandbox tiers only (no robot runs end to end); fails on any test not run
  demo        start the sandbox, migrate its connections, print the summary and the CSV path, stop the sandbox
  sandbox     start the rehearsal sandbox (both admin UIs and a real Dovecot) until Ctrl-C
  inventory   read every Server connection -> inventory.csv (no passwords)
  probe       walk every page and panel a migration uses on both sites, check every selector -> probe.csv; saves nothing
  plan        dry run: read both sites -> plan.csv with each connection's decision; changes nothing
  migrate     carry the plan out on Cloud -> results.csv (and report.html with --evidence)
  verify      read every Cloud connection back and compare it with the Server -> verify.csv
  login       log in to a site yourself in a visible browser (SSO, one-time codes) and save the session (--site cloud|server)
  mailcheck   send a test email to every password connection's mailbox and confirm it arrived
  report      write report.html again from results.csv and the evidence folder
  merge       join the shards' results.csv files into one
  bench       the robot against the HTTP floor on a generated sandbox -> bench.csv
  robot       the robot's own command line, e.g. ./run.sh robot --help
  help        this list
Relative paths are taken from the folder you run ./run.sh in. It builds only when a source changed
(FORCE_BUILD=1 builds anyway); the built robot also runs directly: dotnet src/Robot.Cli/bin/Release/net10.0/robot.dll
USAGE
}

setup() { install_system_packages; build; }

dll() { echo "$ROOT/src/$1/bin/$CONFIG/net10.0/$2.dll"; }

# ./run.sh test [--fast] [dotnet test arguments]: every test project, or with --fast the unit and sandbox tiers only
# (every project but the end-to-end one, and its unit tests). The end-to-end project is the long pole: it starts first, in
# the background, and every other project runs beside it, one after another (its fixtures wait on browsers and mail more
# than they compute), so nothing waits for a fast project before the end-to-end tests begin.
# TEST_PROJECTS_TOGETHER=0 runs them one after another.
run_tests() {
  local results="$ROOT/artifacts/test-results" fast=0 args=() a
  for a in "$@"; do if [ "$a" = --fast ]; then fast=1; else args+=("$a"); fi; done
  rm -rf "$results"; mkdir -p "$results"
  local status=0 project name e2e=tests/Robot.EndToEnd.Tests/Robot.EndToEnd.Tests.csproj e2e_pid= beside=()
  if [ "$fast" = 1 ]; then
    test_project "$e2e" "$results" --filter "TestCategory=unit" "${args[@]}" || status=1
  elif [ "${TEST_PROJECTS_TOGETHER:-1}" = 1 ]; then
    log "testing Robot.EndToEnd.Tests in the background (its console: artifacts/test-results/Robot.EndToEnd.Tests.log)"
    test_project "$e2e" "$results" "${args[@]}" >"$results/Robot.EndToEnd.Tests.log" 2>&1 &
    e2e_pid=$!
    # Beside the end-to-end browsers, the other projects run one fixture at a time: two cores are enough for both only
    # if the sandbox tests' timing-sensitive pages are not squeezed by a second fixture of their own.
    case " ${args[*]-} " in *" -- "*) ;; *) beside=(-- NUnit.NumberOfTestWorkers=1) ;; esac
  else
    test_project "$e2e" "$results" "${args[@]}" || status=1
  fi
  for project in tests/*/*.Tests.csproj; do
    [ "$project" = "$e2e" ] && continue
    test_project "$project" "$results" "${args[@]}" "${beside[@]}" || status=1
  done
  if [ -n "$e2e_pid" ]; then
    log "waiting for Robot.EndToEnd.Tests"
    wait "$e2e_pid" || status=1
    tail -n 40 "$results/Robot.EndToEnd.Tests.log"
  fi
  summarize_trx "$results" || status=1
  return $status
}

# One project's tests, TRX in the results folder; a test that hangs past 20 minutes ends its project's run. It tests the
# built assembly: given the project, dotnet test first runs MSBuild only to find that assembly (about 1-2 CPU-s and a few
# seconds before the first test, per project, measured on the Bench tests).
test_project() {
  local project=$1 results=$2 name; shift 2
  name=$(basename "$project" .csproj)
  log "testing $name"
  dotnet test "$(dirname "$project")/bin/$CONFIG/net10.0/$name.dll" --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=normal" --results-directory "$results" \
    --blame-hang-timeout 20m --blame-hang-dump-type none "$@"
}

# Prints "N passed, N failed, N skipped" summed over the TRX files the test run wrote. Fails on a failure and on any
# test that did not run, unless it is [Explicit("reason")] (its result carries that reason): nothing is skipped silently.
summarize_trx() {
  local dir=$1 passed=0 failed=0 skipped=0 files=0 f counters value unexplained
  for f in "$dir"/*.trx; do
    [ -e "$f" ] || continue
    files=$((files + 1))
    counters=$(grep -o '<Counters [^>]*' "$f" | head -n 1)
    attr() { local v; v=$(printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'); echo "${v:-0}"; }
    passed=$((passed + $(attr passed)))
    failed=$((failed + $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
    value=$(( $(attr total) - $(attr executed) ))
    skipped=$((skipped + value))
  done
  if [ "$files" -eq 0 ]; then log "no test results were written"; return 1; fi
  echo "$passed passed, $failed failed, $skipped skipped"
  unexplained=$(not_run_tests "$dir"/*.trx | while IFS=$'\t' read -r test reason; do
    explicit_reason "$reason" || printf '  %s: %s\n' "$test" "${reason:-no reason given}"
  done)
  if [ -n "$unexplained" ]; then
    log "tests that did not run and are not [Explicit(\"reason\")]:"
    printf '%s\n' "$unexplained" >&2
    return 1
  fi
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

# "test name<TAB>message" of every result in the TRX files that neither passed nor failed (skipped, ignored, inconclusive).
not_run_tests() {
  cat "$@" | tr '\r\n' '  ' | sed 's#</UnitTestResult>#&\n#g; s#<UnitTestResult [^>]*/>#&\n#g' | grep '<UnitTestResult ' \
    | grep -v 'outcome="Passed"' | grep -v 'outcome="Failed"' | while IFS= read -r record; do
      printf '%s\t%s\n' "$(printf '%s' "$record" | grep -o 'testName="[^"]*"' | head -n 1 | cut -d'"' -f2)" \
        "$(printf '%s' "$record" | grep -o '<Message>[^<]*</Message>' | head -n 1 | sed 's#</\?Message>##g')"
    done
}

# True when a skip message is the reason of an [Explicit("reason")] in tests/ (on a fixture, NUnit puts "OneTimeSetUp: " first).
explicit_reason() {
  local reason=${1#OneTimeSetUp: } declared
  [ -n "$reason" ] || return 1
  while IFS= read -r declared; do
    [ -n "$declared" ] && [ "${reason#"$declared"}" != "$reason" ] && return 0
  done < <(grep -rhoE '\[Explicit\("[^"]+' tests --include='*.cs' | sed 's/^\[Explicit("//')
  return 1
}

# --headed on a machine without a display: a private Xvfb for the run (NEED_XVFB=1 makes setup install it).
# robot login always shows its browser: a person logs in there.
wants_headed() { local a; [ "${1:-}" = login ] && return 0; for a in "$@"; do [ "$a" = --headed ] && return 0; done; return 1; }
XVFB_PID=
start_xvfb() {
  local n=99
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1366x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  trap '[ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true' EXIT
  local i; for i in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  export DISPLAY=":$n"
  log "headed run on Xvfb display $DISPLAY"
  log "to see and use it: x11vnc -display $DISPLAY -localhost -once (apt-get install x11vnc), then a VNC viewer on localhost:5900 (from elsewhere: ssh -L 5900:localhost:5900)"
}
run_robot() {
  export ROBOT_SANDBOX_COMMAND="${ROBOT_SANDBOX_COMMAND:-dotnet $(dll Robot.Sandbox Robot.Sandbox)}"
  local robot; robot=$(dll Robot.Cli robot)
  cd "$CALLER_DIR"
  if wants_headed "$@" && [ -z "${DISPLAY:-}" ]; then
    start_xvfb
    dotnet "$robot" "$@"
  else
    exec dotnet "$robot" "$@"
  fi
}
# Runs a built program of src/ in the caller's folder.
run_program() { local program; program=$(dll "$1" "$2"); shift 2; cd "$CALLER_DIR"; exec dotnet "$program" "$@"; }
if wants_headed "$@" && [ -z "${DISPLAY:-}" ]; then export NEED_XVFB=1; fi

cmd=${1:-help}; shift || true
case "$cmd" in
  setup) setup ;;
  test) NEED_XVFB=1 setup; run_tests "$@" ;;
  sandbox) setup; run_program Robot.Sandbox Robot.Sandbox "$@" ;;
  robot) setup; run_robot "$@" ;;
  bench) setup; run_program Robot.Bench Robot.Bench "$@" ;;
  demo|inventory|probe|plan|migrate|verify|mailcheck|report|merge|login)
    setup; run_robot "$cmd" "$@" ;;
  help|-h|--help) usage ;;
  *) echo "unknown command: $cmd (try ./run.sh help)" >&2; exit 2 ;;
esac
