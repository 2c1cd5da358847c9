#!/usr/bin/env bash
# A Matchday cluster without Docker: PostgreSQL, two app nodes, nginx in front, Prometheus scraping
# both and evaluating deploy/alerts/matchday-rules.yml, Alertmanager receiving the nodes' and the rules'
# alerts — from Debian's packages and the jar. The same topology as docker-compose.yml.
#
#   deploy/cluster.sh up            # start everything (initialising the database on first use)
#   deploy/cluster.sh status        # what runs, and its health
#   deploy/cluster.sh down          # stop everything
#   deploy/cluster.sh kill-node N   # SIGKILL node N (1 or 2); start-node N starts it again
#
# Settings (environment): CLUSTER_DIR (target/cluster), JAR (target/matchday.jar), PG_PORT (15432),
# NODE1_PORT (18081), NODE2_PORT (18082), LB_PORT (18080), PROM_PORT (19090), AM_PORT (19093), MATCHDAY_API_KEYS
# (change-me), NODE_HEAP (256m, each node's heap), MATCHDAY_DATA_URL (the source the one-time init ingests; default the mirror beside
# the project), SPRING_APPLICATION_JSON (extra settings for the nodes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(mkdir -p "${CLUSTER_DIR:-$here/target/cluster}" && cd "${CLUSTER_DIR:-$here/target/cluster}" && pwd)"
jar="${JAR:-$here/target/matchday.jar}"
pg_port=${PG_PORT:-15432}
node_ports=("${NODE1_PORT:-18081}" "${NODE2_PORT:-18082}")
lb_port=${LB_PORT:-18080}
prom_port=${PROM_PORT:-19090}
am_port=${AM_PORT:-19093}
heap=${NODE_HEAP:-256m}
keys=${MATCHDAY_API_KEYS:-change-me}
mirror="$here/../shared/football-data/mmz4281"
if [[ -z "${MATCHDAY_DATA_URL:-}" && -d "$mirror" ]]; then
  export MATCHDAY_DATA_URL="file:$(cd "$mirror" && pwd)"
fi
db_url="jdbc:postgresql://127.0.0.1:$pg_port/matchday"

say() { echo "cluster: $*"; }

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n "$found" ]] && echo "$found"
}

require() {
  local missing=()
  [[ -n "$(pg_bin)" ]] || missing+=(postgresql)
  command -v nginx >/dev/null 2>&1 || missing+=(nginx)
  command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
  command -v prometheus-alertmanager >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if (( ${#missing[@]} )); then
    echo "cluster: missing ${missing[*]}; install with: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  [[ -f "$jar" ]] || { echo "cluster: no jar at $jar; build it with ./mvnw package -DskipTests" >&2; exit 1; }
}

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() {  # URL WHAT [SECONDS]
  local deadline=$(( $(date +%s) + ${3:-90} ))
  until curl -sf -o /dev/null "$1"; do
    (( $(date +%s) < deadline )) || { echo "cluster: $2 did not come up ($1)" >&2; return 1; }
    sleep 0.2
  done
}

start_postgres() {
  local bin; bin=$(pg_bin)
  mkdir -p "$dir/pgsock"
  if [[ ! -d "$dir/pg" ]]; then
    mkdir -p "$dir/pg"
    [[ "$(id -u)" == 0 ]] && chown postgres "$dir/pg" "$dir/pgsock"
    as_pg "$bin/initdb" -D "$dir/pg" -U matchday --auth=trust >"$dir/pg-init.log"
  fi
  [[ "$(id -u)" == 0 ]] && chown postgres "$dir/pgsock"
  if ! as_pg "$bin/pg_ctl" -D "$dir/pg" status >/dev/null 2>&1; then
    [[ "$(id -u)" == 0 ]] && { touch "$dir/pg.log"; chown postgres "$dir/pg.log"; }
    as_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w \
      -o "-p $pg_port -k $dir/pgsock -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U matchday -d postgres -tAc "select 1 from pg_database where datname = 'matchday'" \
    | grep -q 1 || "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U matchday matchday
  say "PostgreSQL on 127.0.0.1:$pg_port"
}

node_env() {  # N: the environment of node N
  echo MATCHDAY_DB_URL="$db_url" MATCHDAY_DB_USER=matchday MATCHDAY_DB_PASSWORD= \
    MATCHDAY_HOME="$dir/node-$1" MATCHDAY_ARTIFACTS="$dir/artifacts" MATCHDAY_SERVE_NODE="node-$1" \
    MATCHDAY_API_KEYS="$keys" MATCHDAY_JOBS_POLLING=1s \
    MATCHDAY_ALERTMANAGER_URL="http://127.0.0.1:$am_port" MATCHDAY_CONSOLE_URL="http://127.0.0.1:$lb_port"
}

init_once() {
  # The one-time init: ingest, train and promote through the gate when no champion is registered yet.
  if env $(node_env 0) java -jar "$jar" models 2>/dev/null | grep -q champion; then
    return
  fi
  say "initialising: ingest, train, promote (log: $dir/init.log)"
  env $(node_env 0) java -jar "$jar" demo --no-serve >"$dir/init.log" 2>&1
}

start_node() {  # N
  local n=$1 port=${node_ports[$(( $1 - 1 ))]}
  if running "$dir/node-$n.pid"; then return; fi
  mkdir -p "$dir/node-$n"
  env $(node_env "$n") java -XX:+UseParallelGC -Xmx"$heap" -jar "$jar" serve --port "$port" >>"$dir/node-$n.log" 2>&1 &
  echo $! >"$dir/node-$n.pid"
  wait_for "http://127.0.0.1:$port/actuator/health/readiness" "node $n" 120
  say "node $n on 127.0.0.1:$port"
}

start_nginx() {
  mkdir -p "$dir/nginx/tmp"
  cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1; pid nginx.pid; error_log nginx-error.log notice;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path tmp/body; proxy_temp_path tmp/proxy;
  fastcgi_temp_path tmp/fastcgi; uwsgi_temp_path tmp/uwsgi; scgi_temp_path tmp/scgi;
  # Every node serves everything (API and console: console sessions live in the shared database), round robin;
  # a request that fails on one node (refused, reset, 502/503) is retried on the other.
  upstream nodes { server 127.0.0.1:${node_ports[0]} max_fails=0; server 127.0.0.1:${node_ports[1]} max_fails=0; keepalive 32; }
  server {
    listen 127.0.0.1:$lb_port;
    proxy_connect_timeout 1s;
    proxy_next_upstream error timeout http_502 http_503 non_idempotent;
    proxy_next_upstream_tries 2;
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    location / { proxy_pass http://nodes; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
  if ! running "$dir/nginx/nginx.pid"; then
    nginx -p "$dir/nginx" -c nginx.conf -t >/dev/null 2>&1 || { nginx -p "$dir/nginx" -c nginx.conf -t; exit 1; }
    nginx -p "$dir/nginx" -c nginx.conf
  fi
  say "nginx on 127.0.0.1:$lb_port"
}

start_prometheus() {
  mkdir -p "$dir/prometheus"
  cat >"$dir/prometheus/prometheus.yml" <<CONF
global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: ['$here/deploy/alerts/matchday-rules.yml']
alerting:
  alertmanagers: [{static_configs: [{targets: ['127.0.0.1:$am_port']}]}]
scrape_configs:
  - job_name: matchday
    metrics_path: /actuator/prometheus
    static_configs: [{targets: ['127.0.0.1:${node_ports[0]}', '127.0.0.1:${node_ports[1]}']}]
CONF
  if ! running "$dir/prometheus.pid"; then
    prometheus --config.file="$dir/prometheus/prometheus.yml" --storage.tsdb.path="$dir/prometheus/data" \
      --web.listen-address="127.0.0.1:$prom_port" >"$dir/prometheus.log" 2>&1 &
    echo $! >"$dir/prometheus.pid"
  fi
  wait_for "http://127.0.0.1:$prom_port/-/ready" prometheus 30
  say "Prometheus on 127.0.0.1:$prom_port"
}

start_alertmanager() {
  mkdir -p "$dir/alertmanager"
  # The shipped routing (grouped by alert and division); its receiver only records, until you add yours.
  cp "$here/deploy/alertmanager.yml" "$dir/alertmanager/alertmanager.yml"
  if ! running "$dir/alertmanager.pid"; then
    prometheus-alertmanager --config.file="$dir/alertmanager/alertmanager.yml" --storage.path="$dir/alertmanager/data" \
      --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address= >"$dir/alertmanager.log" 2>&1 &
    echo $! >"$dir/alertmanager.pid"
  fi
  wait_for "http://127.0.0.1:$am_port/-/ready" alertmanager 30
  say "Alertmanager on 127.0.0.1:$am_port"
}

stop_pid() {  # PIDFILE [SIGNAL]
  if running "$1"; then kill "-${2:-TERM}" "$(cat "$1")" 2>/dev/null || true; fi
  rm -f "$1"
}

case "${1:-}" in
  up)
    require
    start_postgres
    start_alertmanager
    init_once
    start_node 1
    start_node 2
    start_nginx
    start_prometheus
    say "up: http://127.0.0.1:$lb_port/ (console and API through nginx)"
    ;;
  status)
    bin=$(pg_bin || true)
    if [[ -n "$bin" ]] && as_pg "$bin/pg_ctl" -D "$dir/pg" status >/dev/null 2>&1; then say "postgres up"; else say "postgres down"; fi
    for n in 1 2; do
      port=${node_ports[$(( n - 1 ))]}
      if curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; then say "node $n up (:$port)"; else say "node $n down"; fi
    done
    if curl -sf -o /dev/null "http://127.0.0.1:$lb_port/api/v1/health"; then say "nginx up (:$lb_port)"; else say "nginx down"; fi
    if curl -sf -o /dev/null "http://127.0.0.1:$prom_port/-/ready"; then say "prometheus up (:$prom_port)"; else say "prometheus down"; fi
    if curl -sf -o /dev/null "http://127.0.0.1:$am_port/-/ready"; then say "alertmanager up (:$am_port)"; else say "alertmanager down"; fi
    ;;
  down)
    stop_pid "$dir/prometheus.pid"
    stop_pid "$dir/alertmanager.pid"
    if running "$dir/nginx/nginx.pid"; then kill "$(cat "$dir/nginx/nginx.pid")"; fi
    stop_pid "$dir/node-1.pid"
    stop_pid "$dir/node-2.pid"
    bin=$(pg_bin || true)
    if [[ -n "$bin" && -d "$dir/pg" ]]; then as_pg "$bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null 2>&1 || true; fi
    say "down"
    ;;
  kill-node)
    stop_pid "$dir/node-${2:?node number}.pid" KILL
    say "node $2 killed"
    ;;
  start-node)
    start_node "${2:?node number}"
    ;;
  *)
    sed -n '2,14p' "$0"
    exit 2
    ;;
esac
