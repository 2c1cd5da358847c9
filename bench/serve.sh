#!/usr/bin/env bash
# Throughput and latency of POST /api/v1/predict, measured with wrk on 127.0.0.1.
#
# Starts the service from the jar (building it, and training a champion in its own data home on
# first use), times its start-up to ready, warms it up, then drives /api/v1/predict for
# DURATION at 1 and at 32 connections and checks the prediction ledger drains afterwards.
# Prints a table and writes target/bench/serve.json. Installs Debian's wrk when missing.
#
# Prints the node's resident memory (now and at its peak) and heap limit beside the throughput.
#
#   bench/serve.sh                      # defaults: DURATION=20s WARMUP=40s PORT=18080, the node's 256 MB heap
#   DURATION=60s bench/serve.sh
#   MATCHDAY_HEAP=default bench/serve.sh  # the JVM's default heap (a quarter of the machine's memory), to compare
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=${DURATION:-20s}
warmup=${WARMUP:-40s}
port=${PORT:-18080}
home=${BENCH_HOME:-target/bench/serve-home}
out=target/bench
mkdir -p "$out"

source bench/prepare.sh serve

url="http://127.0.0.1:$port"
start=$(date +%s%N)
./matchday serve --data-home "$home" --port "$port" >"$out/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf "$url/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "bench: the service died; see $out/serve.log" >&2; exit 1; }
  sleep 0.02
done
startup=$(( ($(date +%s%N) - start) / 1000000 ))
echo "bench: ready after ${startup} ms (process start to readiness UP)"

echo "bench: warming up for $warmup at 32 connections" >&2
wrk -t2 -c32 -d"$warmup" -s bench/predict.lua "$url" >/dev/null

run() {  # connections threads
  wrk -t"$2" -c"$1" -d"$duration" -s bench/predict.lua "$url" | sed -n 's/^RESULT //p'
}
one=$(run 1 1)
many=$(run 32 2)

# The ledger must keep up: after the load, its queue drains within seconds.
drain_start=$(date +%s%N)
while :; do
  queued=$(curl -s "$url/api/v1/health" | sed -n 's/.*"queued":\([0-9]*\).*/\1/p')
  [[ "$queued" == "0" ]] && break
  sleep 0.05
done
drain=$(( ($(date +%s%N) - drain_start) / 1000000 ))
rss_mb=$(( $(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\).*/\1/p' /proc/$pid/status) / 1024 ))
peak_mb=$(( $(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' /proc/$pid/status) / 1024 ))
heap_mb=$(( $(jcmd $pid VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p') / 1048576 ))
spooled=$(curl -s "$url/api/v1/health" | sed -n 's/.*"spooled":\([0-9]*\).*/\1/p')

field() { sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p" <<<"$1"; }
printf '\n%-12s %10s %9s %9s %9s %8s\n' "connections" "req/s" "p50 ms" "p99 ms" "max ms" "errors"
for row in "1:$one" "32:$many"; do
  c=${row%%:*}; r=${row#*:}
  printf '%-12s %10s %9s %9s %9s %8s\n' "$c" "$(field "$r" rps)" "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" \
    "$(field "$r" max_ms)" "$(field "$r" errors)"
done
printf '\nmemory: resident %d MB now, %d MB at peak; heap limit %d MB (MATCHDAY_HEAP=%s)\n' "$rss_mb" "$peak_mb" "$heap_mb" \
  "${MATCHDAY_HEAP:-256m}"
printf 'start-up to ready: %d ms; ledger queue drained %d ms after the load; rows spooled: %s\n' "$startup" "$drain" "$spooled"
printf 'reference FastAPI service on this machine kind: ~68 req/s at any concurrency, p99 ~1 s at 32 connections\n'

cat >"$out/serve.json" <<JSON
{
  "benchmark": "POST /api/v1/predict",
  "duration": "$duration",
  "warmup": "$warmup",
  "cores": $(nproc),
  "java": "$(java -version 2>&1 | head -1 | sed 's/"/\\"/g')",
  "startup_ms": $startup,
  "ledger_drain_ms": $drain,
  "ledger_spooled": ${spooled:-0},
  "heap": "${MATCHDAY_HEAP:-256m}",
  "heap_limit_mb": $heap_mb,
  "rss_mb": $rss_mb,
  "rss_peak_mb": $peak_mb,
  "connections_1": $one,
  "connections_32": $many,
  "reference_fastapi_rps": 68
}
JSON
echo "bench: wrote $out/serve.json"
