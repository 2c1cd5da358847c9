#!/usr/bin/env bash
# Soak: MINUTES (10) of POST /api/v1/predict at half the measured peak rate, through the cluster of
# deploy/cluster.sh (PostgreSQL, two nodes, nginx), with a monitoring run and a forced retraining in
# the middle. Per minute: requests/s, p50 and p99 latency, errors, each node's resident memory. At the
# end: ledger rows added against forecasts answered. Prints a table and writes target/bench/soak.json.
# Installs Debian's hey when missing; needs what deploy/cluster.sh needs.
#
#   bench/soak.sh                 # 10 minutes
#   MINUTES=2 bench/soak.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

minutes=${MINUTES:-10}
out=target/bench
mkdir -p "$out"
export CLUSTER_DIR=${CLUSTER_DIR:-$PWD/target/bench/soak-cluster}
export PG_PORT=${PG_PORT:-25432} NODE1_PORT=${NODE1_PORT:-28081} NODE2_PORT=${NODE2_PORT:-28082} LB_PORT=${LB_PORT:-28080}
export PROM_PORT=${PROM_PORT:-29090} MATCHDAY_API_KEYS=${MATCHDAY_API_KEYS:-soak-key}
if ! command -v hey >/dev/null 2>&1; then
  echo "soak: installing hey (Debian package)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null
fi
[[ -f target/matchday.jar ]] || ./mvnw -q -B package -DskipTests
deploy/cluster.sh up
trap 'deploy/cluster.sh down >/dev/null' EXIT

url="http://127.0.0.1:$LB_PORT/api/v1/predict"
body='{"home":"Arsenal","away":"Chelsea","odds":{"home":2.1,"draw":3.4,"away":3.6}}'
pg() { psql -h 127.0.0.1 -p "$PG_PORT" -U matchday -d matchday -tAc "$1"; }
psql() { "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql" "$@"; }
field() { grep -m1 "$1" "$2" | awk '{print $'"$3"'}'; }

hey -z 20s -c 32 -m POST -T application/json -d "$body" "$url" >"$out/soak-peak.txt"
peak=$(field "Requests/sec:" "$out/soak-peak.txt" 2)
rate=$(awk -v p="$peak" 'BEGIN { printf "%d", p / 2 }')
workers=16
per_worker=$(awk -v r="$rate" -v w="$workers" 'BEGIN { printf "%.1f", r / w }')
sleep 3   # the peak's forecasts reach the ledger first
before=$(pg "select count(*) from predictions")
echo "soak: peak ${peak%.*} req/s through nginx; soaking at $rate req/s for $minutes min"
printf "%-6s %9s %8s %8s %7s %9s %9s  %s\n" minute "req/s" "p50 ms" "p99 ms" errors "rss1 MB" "rss2 MB" event
answered=0
rows="[]"
for (( m = 1; m <= minutes; m++ )); do
  event=""
  if (( m == minutes / 2 - 1 || (minutes < 4 && m == 1) )); then
    curl -sf -X POST -H "X-API-Key: $MATCHDAY_API_KEYS" "http://127.0.0.1:$LB_PORT/api/v1/jobs/monitor/run" >/dev/null && event="monitoring run"
  fi
  if (( m == minutes / 2 + 1 || (minutes < 4 && m == 2) )); then
    curl -sf -X POST -H "X-API-Key: $MATCHDAY_API_KEYS" -H 'Content-Type: application/json' \
      -d '{"reason":"soak","force":true}' "http://127.0.0.1:$LB_PORT/api/v1/retraining/trigger" >/dev/null && event="retraining"
  fi
  hey -z 60s -c "$workers" -q "$per_worker" -m POST -T application/json -d "$body" "$url" >"$out/soak-$m.txt"
  rps=$(field "Requests/sec:" "$out/soak-$m.txt" 2)
  p50=$(awk '/ 50%+ in/ {print $3 * 1000}' "$out/soak-$m.txt")
  p99=$(awk '/ 99%+ in/ {print $3 * 1000}' "$out/soak-$m.txt")
  ok=$(awk '/\[200\]/ {print $2}' "$out/soak-$m.txt")
  ok=${ok:-0}
  total=$(awk '/\[[0-9]+\]/ {n += $2} END {print n + 0}' "$out/soak-$m.txt")
  errors=$(( total - ok + $(awk '/Error distribution/ {e = 1; next} e && /\[/ {n += substr($1, 2)} END {print n + 0}' "$out/soak-$m.txt") ))
  answered=$(( answered + ok ))
  rss1=$(( $(ps -o rss= -p "$(cat "$CLUSTER_DIR/node-1.pid")") / 1024 ))
  rss2=$(( $(ps -o rss= -p "$(cat "$CLUSTER_DIR/node-2.pid")") / 1024 ))
  printf "%-6d %9.0f %8.2f %8.2f %7d %9d %9d  %s\n" "$m" "$rps" "$p50" "$p99" "$errors" "$rss1" "$rss2" "$event"
  rows=$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); r.append(dict(minute=$m, rps=$rps, p50_ms=$p50, p99_ms=$p99, errors=$errors, rss_node1_mb=$rss1, rss_node2_mb=$rss2, event='$event')); print(json.dumps(r))" "$rows")
done
sleep 3
after=$(pg "select count(*) from predictions")
added=$(( after - before ))
echo "soak: $answered forecasts answered, $added ledger rows added ($( [[ $added -eq $answered ]] && echo equal || echo DIFFERENT ))"
python3 -c "import json,sys; print(json.dumps(dict(peak_rps=float(sys.argv[1]), rate=int(sys.argv[2]), minutes=int(sys.argv[3]), answered=int(sys.argv[4]), ledger_rows_added=int(sys.argv[5]), per_minute=json.loads(sys.argv[6])), indent=2))" \
  "$peak" "$rate" "$minutes" "$answered" "$added" "$rows" >"$out/soak.json"
echo "soak: wrote $out/soak.json"
