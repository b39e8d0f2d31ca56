#!/usr/bin/env bash
# Load benchmark: a busy event through the gateway of a local stack (`innomatch up --demo`, free ports, temporary
# state), driven by Gatling on the same machine. Mixes: mixed (create, read, patch with If-Match, recommendations,
# interest), browsing (recommendations, profiles, notifications, agenda) and import (profile creations only), each at
# every client count. Prints per round: throughput, p50/p99 of all requests and of each kind, failures, CPU ms per
# request of every process (from /proc), and at the end the outbox rows and consumer lag left, how long they took to
# drain and how long a new profile then took to show in recommendations.
#
#   load-bench/run.sh                  this checkout only
#   BENCH_BEFORE=<rev> load-bench/run.sh   also <rev>, built in a git worktree beside, measured first in the same
#                                      run; then the ratios after/before (the figures of a noisy machine compare)
#
# Environment (all optional):
#   BENCH_CLIENTS=20,100  BENCH_DURATION=60 (s per round)  BENCH_MIXES=mixed,browsing,import  BENCH_SEED=1000
#   BENCH_JFR=1    record every service with Java Flight Recorder (<work dir>/<label>/jfr/<service>.jfr)
#   BENCH_KEEP=1   keep the work directory (stack logs, Gatling reports, figures) afterwards
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLIENTS="${BENCH_CLIENTS:-20,100}"
DURATION="${BENCH_DURATION:-60}"
MIXES="${BENCH_MIXES:-mixed,browsing,import}"
SEED="${BENCH_SEED:-1000}"
WORK="$(mktemp -d /tmp/innomatch-load.XXXXXX)"
STACK_PID=""

log() { printf '[load] %s\n' "$*" >&2; }

stop_stack() {
  if [[ -n "$STACK_PID" ]] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID"
    for _ in $(seq 1 60); do kill -0 "$STACK_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$STACK_PID" 2>/dev/null || true
  fi
  STACK_PID=""
}

cleanup() {
  set +e
  stop_stack
  [[ -n "${BEFORE_TREE:-}" ]] && git -C "$ROOT" worktree remove --force "$BEFORE_TREE" >/dev/null 2>&1
  if [[ "${BENCH_KEEP:-0}" == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
read -r EPHEMERAL_LOW _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || EPHEMERAL_LOW=32768
(( EPHEMERAL_LOW > 12000 )) || EPHEMERAL_LOW=32768
TAKEN=" "
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 10000 + RANDOM % (EPHEMERAL_LOW - 10000) ))
    if [[ "$TAKEN" != *" $p "* ]] && ! port_in_use "$p"; then TAKEN+="$p "; echo "$p"; return; fi
  done
  echo "no free port found" >&2; exit 1
}

wait_http() { # url, seconds
  local deadline=$(( SECONDS + $2 ))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    if (( SECONDS > deadline )) || ! kill -0 "$STACK_PID" 2>/dev/null; then
      log "the stack did not come up; last lines of its log:"; tail -n 40 "$STACK_LOG" >&2; return 1
    fi
    sleep 1
  done
}

build() { # checkout
  local tree="$1" need=0
  for module in gateway profile-service project-service matching-service notification-service; do
    [[ -f "$tree/$module/target/quarkus-app/quarkus-run.jar" ]] || need=1
  done
  [[ -f "$tree/local-stack/target/local-stack.jar" ]] || need=1
  if (( need )); then
    log "building $tree (./mvnw -q package -DskipTests)"
    (cd "$tree" && ./mvnw -B -q package -DskipTests)
  fi
}

# The load generator is this checkout's, whichever stack it drives.
build "$ROOT"
[[ -f "$ROOT/load-bench/target/classpath.txt" ]] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl load-bench)
BENCH_CP="$ROOT/load-bench/target/classes:$(cat "$ROOT/load-bench/target/classpath.txt")"
bench() { java -Xms256m -Xmx768m --add-opens java.base/java.lang=ALL-UNNAMED -cp "$BENCH_CP" \
  org.innomatch.loadbench.LoadBench "$@"; }

measure() { # checkout, label
  local tree="$1" label="$2" dir="$WORK/$2"
  mkdir -p "$dir"
  local gateway_port management_port; gateway_port=$(free_port); management_port=$(free_port)
  local java_opts="-Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError"
  if [[ "${BENCH_JFR:-0}" == 1 ]]; then
    mkdir -p "$dir/jfr"
    java_opts+=" -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$dir/jfr/"
  fi
  STACK_LOG="$dir/stack.log"
  log "$label: starting the stack of $tree (log: $STACK_LOG)"
  # Rate limits the benchmark never reaches: it measures capacity, not the limiter's refusals.
  INNOMATCH_RATE_LIMIT_DEFAULT_CAPACITY=1000000000 INNOMATCH_RATE_LIMIT_DEFAULT_REFILL_PER_MINUTE=1000000000 \
  INNOMATCH_RATE_LIMIT_ROLES_ADMIN_CAPACITY=1000000000 INNOMATCH_RATE_LIMIT_ROLES_ADMIN_REFILL_PER_MINUTE=1000000000 \
  INNOMATCH_RATE_LIMIT_ROLES_PARTNER_CAPACITY=1000000000 INNOMATCH_RATE_LIMIT_ROLES_PARTNER_REFILL_PER_MINUTE=1000000000 \
  INNOMATCH_RATE_LIMIT_ROLES_PARTICIPANT_CAPACITY=1000000000 \
  INNOMATCH_RATE_LIMIT_ROLES_PARTICIPANT_REFILL_PER_MINUTE=1000000000 \
    java -jar "$tree/local-stack/target/local-stack.jar" up --demo --dir "$dir/stack" --home "$tree" \
      --gateway-port "$gateway_port" --gateway-management-port "$management_port" \
      --profile-port "$(free_port)" --project-port "$(free_port)" --matching-port "$(free_port)" \
      --notification-port "$(free_port)" --kafka-port "$(free_port)" --kafka-controller-port "$(free_port)" \
      --postgres-port "$(free_port)" --mongo-port "$(free_port)" --java-opts "$java_opts" \
      >"$STACK_LOG" 2>&1 </dev/null &
  STACK_PID=$!
  local deadline=$(( SECONDS + 600 ))
  until grep -q "Press Ctrl-C" "$STACK_LOG" 2>/dev/null; do
    if (( SECONDS > deadline )) || ! kill -0 "$STACK_PID" 2>/dev/null; then
      log "the stack did not come up; last lines of its log:"; tail -n 40 "$STACK_LOG" >&2; return 1
    fi
    sleep 2
  done
  wait_http "http://127.0.0.1:$management_port/q/health/ready" 120
  bench run --gateway "http://127.0.0.1:$gateway_port" --key "$(cat "$dir/stack/keys/dev-admin-key")" \
    --stack-dir "$dir/stack" --dataset "$ROOT/local-stack/src/main/resources/demo/beijing-2026.json" \
    --label "$label" --out "$dir/figures.json" --clients "$CLIENTS" --duration "$DURATION" --mixes "$MIXES" \
    --seed "$SEED" --results "$dir/gatling" | grep -v '^ *waiting:\|^ *\[[|#-]\|^ *> \|^=\+$\|^-\+ \|^ *$\|^Simulation \|^Parsing \|^Generating \|^Reports \|^[0-9-]\+ [0-9:]\+ GMT'
  stop_stack
}

if [[ -n "${BENCH_BEFORE:-}" ]]; then
  BEFORE_TREE="$WORK/before-tree"
  git -C "$ROOT" worktree add --detach "$BEFORE_TREE" "$BENCH_BEFORE" >/dev/null
  build "$BEFORE_TREE"
  measure "$BEFORE_TREE" "before-$(git -C "$ROOT" rev-parse --short "$BENCH_BEFORE")"
fi
measure "$ROOT" "after-$(git -C "$ROOT" rev-parse --short HEAD)"
if [[ -n "${BENCH_BEFORE:-}" ]]; then
  bench compare "$WORK"/before-*/figures.json "$WORK"/after-*/figures.json
fi
