#!/usr/bin/env bash
# Gateway benchmark: one run on loopback measures a cached GET (profile-service's GET /taxonomy/sectors, served
# from memory with Cache-Control) three ways — directly, through the gateway, through nginx as a plain reverse
# proxy in front of the same service instance — and prints req/s, p50, p99 and the ratios.
#
#   gateway/bench/run.sh            (builds with ./mvnw package -DskipTests if a service jar is missing)
#
# Environment (all optional):
#   BENCH_CONNECTIONS=16 BENCH_WARMUP=120 BENCH_DURATION=10 BENCH_ROUNDS=3 BENCH_MAX_REQUESTS=2000000
#   BENCH_LIGHT_CONNECTIONS=1        connections of the light-load latency rounds after the saturated ones (0: none)
#   BENCH_JAVA_OPTS="-Xms128m -Xmx512m -XX:+UseSerialGC"   JVM options of the services (both sides get the same)
#   INNOMATCH_BENCH_API_KEY=...      the gateway's X-API-Key (default: the stack's own dev admin key)
#   BENCH_KEEP=1                     keep the temporary directory (logs) afterwards
#   BENCH_TARGETS="direct gateway nginx"   which of them to measure; add vertx-floor for a bare proxy on the
#                                    gateway's own Vert.x and Netty jars (VertxFloor.java): what the foundation costs
#   BENCH_JFR=1                      record the gateway with Java Flight Recorder into <temp dir>/gateway.jfr
#   BENCH_CPUS=shared                shared: every process may run on every core (the default). split: the service
#                                    alone on core 0, everything else (proxies, load generator, the rest of the
#                                    stack) on the other cores, as when a gateway runs on machines of its own
#
# It starts its own stack (local-stack on free ports, temporary state directory) and its own nginx (installed with
# apt-get if missing), stops both when done, and touches nothing else. Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="$ROOT/gateway/bench"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
# Two minutes per target, in 10 s slices alternating between the targets (LoadGen): a gateway still cost about
# 120 us per call after 70 s of load, 65-75 us from about 100 s on.
WARMUP="${BENCH_WARMUP:-120}"
DURATION="${BENCH_DURATION:-10}"
ROUNDS="${BENCH_ROUNDS:-3}"
MAX_REQUESTS="${BENCH_MAX_REQUESTS:-2000000}"
LIGHT_CONNECTIONS="${BENCH_LIGHT_CONNECTIONS:-1}"
CPUS="${BENCH_CPUS:-shared}"
case "$CPUS" in
  shared) ;;
  split)
    command -v taskset >/dev/null || { echo "BENCH_CPUS=split needs taskset (util-linux)" >&2; exit 2; }
    (( $(nproc) >= 2 )) || { echo "BENCH_CPUS=split needs at least 2 cores" >&2; exit 2; } ;;
  *) echo "BENCH_CPUS must be shared or split, not '$CPUS'" >&2; exit 2 ;;
esac
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms128m -Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
PATH_UNDER_TEST="/taxonomy/sectors"

WORK="$(mktemp -d /tmp/innomatch-bench.XXXXXX)"
STACK_PID=""
NGINX_PID=""
FLOOR_PID=""

cleanup() {
  set +e
  if [[ -n "$FLOOR_PID" ]] && kill -0 "$FLOOR_PID" 2>/dev/null; then
    kill -TERM "$FLOOR_PID"; wait "$FLOOR_PID" 2>/dev/null
  fi
  if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -QUIT "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null
  fi
  if [[ -n "$STACK_PID" ]] && kill -0 "$STACK_PID" 2>/dev/null; then
    # local-stack's shutdown hook stops its services and infrastructure (SIGINT is ignored by background jobs).
    kill -TERM "$STACK_PID"
    for _ in $(seq 1 60); do kill -0 "$STACK_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$STACK_PID" 2>/dev/null
  fi
  if [[ "${BENCH_KEEP:-0}" == 1 ]]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[bench] %s\n' "$*" >&2; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Below the kernel's ephemeral range: a port picked there could be taken by some client's outgoing connection
# (Kafka's, PostgreSQL's) between this check and the server binding it.
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

# The temporary directory goes away with its logs (unless BENCH_KEEP=1): show why the stack did not come up.
stack_log_tail() {
  if [[ -f "$WORK/stack.log" ]]; then log "last lines of $WORK/stack.log:"; tail -n 40 "$WORK/stack.log" >&2; fi
}

wait_http() { # url, seconds[, header]
  local deadline=$(( SECONDS + $2 ))
  until curl -fsS -o /dev/null ${3:+-H "$3"} "$1" 2>/dev/null; do
    if (( SECONDS > deadline )); then log "timed out waiting for $1"; stack_log_tail; return 1; fi
    if [[ -n "$STACK_PID" ]] && ! kill -0 "$STACK_PID" 2>/dev/null; then
      log "local-stack exited"; stack_log_tail; return 1
    fi
    sleep 1
  done
}

# --- build if needed
need_build=0
for jar in gateway profile-service project-service matching-service notification-service; do
  [[ -f "$ROOT/$jar/target/quarkus-app/quarkus-run.jar" ]] || need_build=1
done
[[ -f "$ROOT/local-stack/target/local-stack.jar" ]] || need_build=1
if (( need_build )); then
  log "building (./mvnw -q package -DskipTests)"
  (cd "$ROOT" && ./mvnw -q package -DskipTests)
fi

# --- nginx
if ! command -v nginx >/dev/null; then
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  log "installing nginx (apt-get)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
fi

# --- ports
GATEWAY_PORT=$(free_port); PROFILE_PORT=$(free_port); PROJECT_PORT=$(free_port); MATCHING_PORT=$(free_port)
NOTIFICATION_PORT=$(free_port); KAFKA_PORT=$(free_port); KAFKA_CONTROLLER_PORT=$(free_port)
POSTGRES_PORT=$(free_port); MONGO_PORT=$(free_port); NGINX_PORT=$(free_port); GATEWAY_MANAGEMENT_PORT=$(free_port)

# --- the stack. The gateway keeps its rate limiter in the path, with limits no benchmark reaches.
log "starting the stack in $WORK/stack (log: $WORK/stack.log)"
INNOMATCH_RATE_LIMIT_DEFAULT_CAPACITY=1000000000 INNOMATCH_RATE_LIMIT_DEFAULT_REFILL_PER_MINUTE=1000000000 \
INNOMATCH_RATE_LIMIT_ROLES_ADMIN_CAPACITY=1000000000 INNOMATCH_RATE_LIMIT_ROLES_ADMIN_REFILL_PER_MINUTE=1000000000 \
INNOMATCH_RATE_LIMIT_ROLES_PARTNER_CAPACITY=1000000000 INNOMATCH_RATE_LIMIT_ROLES_PARTNER_REFILL_PER_MINUTE=1000000000 \
INNOMATCH_RATE_LIMIT_ROLES_PARTICIPANT_CAPACITY=1000000000 INNOMATCH_RATE_LIMIT_ROLES_PARTICIPANT_REFILL_PER_MINUTE=1000000000 \
  java -jar "$ROOT/local-stack/target/local-stack.jar" up --dir "$WORK/stack" --home "$ROOT" \
    --gateway-port "$GATEWAY_PORT" --gateway-management-port "$GATEWAY_MANAGEMENT_PORT" \
    --profile-port "$PROFILE_PORT" --project-port "$PROJECT_PORT" \
    --matching-port "$MATCHING_PORT" --notification-port "$NOTIFICATION_PORT" --kafka-port "$KAFKA_PORT" \
    --kafka-controller-port "$KAFKA_CONTROLLER_PORT" --postgres-port "$POSTGRES_PORT" --mongo-port "$MONGO_PORT" \
    --java-opts "$JAVA_OPTS" >"$WORK/stack.log" 2>&1 </dev/null &
STACK_PID=$!
wait_http "http://127.0.0.1:$PROFILE_PORT/q/health/ready" 300
wait_http "http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/q/health/ready" 120

# --- credentials: the gateway takes an API key and forwards its own internal token; called directly (or through
# nginx, which adds nothing) the service wants that internal token, so the benchmark signs one with the stack's key,
# exactly as the gateway would: RS256, issuer innomatch-gateway, audience innomatch-services, an hour long.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
internal_token() {
  local now unsigned
  now=$(date +%s)
  unsigned="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '{"iss":"innomatch-gateway","aud":"innomatch-services","sub":"bench","groups":["admin"],"innomatch_role":"admin","iat":%d,"exp":%d}' "$now" "$((now + 3600))" | b64url)"
  printf '%s.%s' "$unsigned" "$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$1" | b64url)"
}
API_KEY="${INNOMATCH_BENCH_API_KEY:-$(cat "$WORK/stack/keys/dev-admin-key")}"
SERVICE_AUTH="Authorization: Bearer $(internal_token "$WORK/stack/keys/internal-private.pem")"
GATEWAY_AUTH="X-API-Key: $API_KEY"

# --- nginx as a plain reverse proxy, configured as an operator would: keep-alive to the upstream, one worker per
# core, access log on (the gateway writes one too).
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log $WORK/nginx/logs/access.log combined buffer=64k flush=1s;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream profile_service {
    server 127.0.0.1:$PROFILE_PORT;
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location /api/v1/ {
      proxy_pass http://profile_service/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Request-Id \$request_id;
      proxy_connect_timeout 1s;
      proxy_read_timeout 10s;
    }
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
wait_http "http://127.0.0.1:$NGINX_PORT/api/v1$PATH_UNDER_TEST" 30 "$SERVICE_AUTH"

# --- optionally, the floor: a bare proxy on the gateway's Vert.x and Netty, doing what nginx does and no more
TARGETS="${BENCH_TARGETS:-direct gateway nginx}"
if [[ " $TARGETS " == *" vertx-floor "* ]]; then
  FLOOR_PORT=$(free_port)
  FLOOR_CP=$(find "$ROOT/gateway/target/quarkus-app/lib/main" \
    -name 'io.vertx.vertx-core-*.jar' -o -name 'io.netty.netty-*.jar' | paste -sd: -)
  mkdir -p "$WORK/floor"
  javac -cp "$FLOOR_CP" -d "$WORK/floor" "$BENCH_DIR/VertxFloor.java"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java $JAVA_OPTS -cp "$FLOOR_CP:$WORK/floor" VertxFloor "$FLOOR_PORT" "$PROFILE_PORT" /api/v1 >"$WORK/floor.log" 2>&1 &
  FLOOR_PID=$!
  wait_http "http://127.0.0.1:$FLOOR_PORT/api/v1$PATH_UNDER_TEST" 30 "$SERVICE_AUTH"
fi

# --- sanity: all answer the same body
direct_body=$(curl -fsS -H "$SERVICE_AUTH" "http://127.0.0.1:$PROFILE_PORT$PATH_UNDER_TEST")
[[ "$(curl -fsS -H "$GATEWAY_AUTH" "http://127.0.0.1:$GATEWAY_PORT/api/v1$PATH_UNDER_TEST")" == "$direct_body" ]] \
  || { log "the gateway answers differently"; exit 1; }
[[ "$(curl -fsS -H "$SERVICE_AUTH" "http://127.0.0.1:$NGINX_PORT/api/v1$PATH_UNDER_TEST")" == "$direct_body" ]] \
  || { log "nginx answers differently"; exit 1; }
if [[ -n "$FLOOR_PID" ]]; then
  [[ "$(curl -fsS -H "$SERVICE_AUTH" "http://127.0.0.1:$FLOOR_PORT/api/v1$PATH_UNDER_TEST")" == "$direct_body" ]] \
    || { log "vertx-floor answers differently"; exit 1; }
fi

# --- load
mkdir -p "$WORK/loadgen"
javac -d "$WORK/loadgen" "$BENCH_DIR/LoadGen.java"
HEADER_ARGS=(--target-header "direct=$SERVICE_AUTH" --target-header "nginx=$SERVICE_AUTH"
             --target-header "gateway=$GATEWAY_AUTH" --target-header "vertx-floor=$SERVICE_AUTH")
declare -A URLS=(
  [direct]="http://127.0.0.1:$PROFILE_PORT$PATH_UNDER_TEST"
  [gateway]="http://127.0.0.1:$GATEWAY_PORT/api/v1$PATH_UNDER_TEST"
  [nginx]="http://127.0.0.1:$NGINX_PORT/api/v1$PATH_UNDER_TEST"
  [vertx-floor]="http://127.0.0.1:${FLOOR_PORT:-0}/api/v1$PATH_UNDER_TEST")
TARGET_ARGS=()
for target in $TARGETS; do TARGET_ARGS+=("$target=${URLS[$target]}"); done
# CPU per call: the gateway's process, nginx's workers and the service, from /proc, around every round.
GATEWAY_PID=$(sed -n 's/.*gateway *started *pid \([0-9]*\).*/\1/p' "$WORK/stack.log" | head -1)
PROFILE_PID=$(sed -n 's/.*profile-service *started *pid \([0-9]*\).*/\1/p' "$WORK/stack.log" | head -1)
NGINX_WORKERS=$(pgrep -P "$NGINX_PID" | paste -sd, -)
CPU_ARGS=(--clock-ticks "$(getconf CLK_TCK)" --service-pids "$PROFILE_PID" --proxy-pids "gateway=$GATEWAY_PID"
          --proxy-pids "nginx=$NGINX_WORKERS")
if [[ -n "$FLOOR_PID" ]]; then CPU_ARGS+=(--proxy-pids "vertx-floor=$FLOOR_PID"); fi
# --- split: the service gets core 0 to itself; every other process of the benchmark, and the load generator
# started below, the remaining cores. Threads and processes started later inherit their parent's affinity.
LOADGEN_PREFIX=()
if [[ "$CPUS" == split ]]; then
  OTHER_CPUS="1-$(( $(nproc) - 1 ))"
  descendants() { local child; for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done; }
  for pid in "$STACK_PID" $(descendants "$STACK_PID") "$NGINX_PID" $(descendants "$NGINX_PID") \
             ${FLOOR_PID:+"$FLOOR_PID"}; do
    [[ "$pid" == "$PROFILE_PID" ]] && continue
    taskset -a -cp "$OTHER_CPUS" "$pid" >/dev/null 2>&1 || true  # a process may have ended meanwhile
  done
  taskset -a -cp 0 "$PROFILE_PID" >/dev/null
  LOADGEN_PREFIX=(taskset -c "$OTHER_CPUS")
  log "cores split: profile-service (pid $PROFILE_PID) on core 0; proxies, load generator and the rest on $OTHER_CPUS"
fi
if [[ "${BENCH_JFR:-0}" == 1 ]]; then
  jcmd "$GATEWAY_PID" JFR.start name=bench settings=profile filename="$WORK/gateway.jfr" >/dev/null
fi
log "GET $PATH_UNDER_TEST: $CONNECTIONS connections, ${WARMUP}s warm-up, $ROUNDS rounds of ${DURATION}s per target," \
    "on $(nproc) cores ($CPUS)"
${LOADGEN_PREFIX[@]+"${LOADGEN_PREFIX[@]}"} java -Xms64m -Xmx512m -cp "$WORK/loadgen" LoadGen \
  --connections "$CONNECTIONS" --warmup "$WARMUP" \
  --duration "$DURATION" --rounds "$ROUNDS" --max-requests "$MAX_REQUESTS" ${HEADER_ARGS[@]+"${HEADER_ARGS[@]}"} \
  "${CPU_ARGS[@]}" --light-connections "$LIGHT_CONNECTIONS" --cpus "$CPUS" \
  "${TARGET_ARGS[@]}"
if [[ "${BENCH_JFR:-0}" == 1 ]]; then
  jcmd "$GATEWAY_PID" JFR.dump name=bench filename="$WORK/gateway.jfr" >/dev/null && log "recording: $WORK/gateway.jfr"
fi
