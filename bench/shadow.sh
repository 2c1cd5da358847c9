#!/usr/bin/env bash
# The cost of shadow scoring: POST /api/v1/predict at 32 connections with no challenger, then with two
# challengers shadowing the champion, in the same run on the same service (machines of one kind differ
# by up to 4x, so only a same-run comparison means anything). Target: throughput within 15 % of none,
# p99 within 1 ms.
#
# Uses bench/serve.sh's data home (running the demo pipeline there once), sends price-free requests
# only (the champion they reach is the one challenged), and removes the challengers again at the end.
# Prints a table and writes target/bench/shadow.json. Installs Debian's wrk when missing.
#
#   bench/shadow.sh                     # defaults: DURATION=20s WARMUP=60s PORT=18081
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=${DURATION:-20s}
warmup=${WARMUP:-60s}
port=${PORT:-18081}
home=${BENCH_HOME:-target/bench/serve-home}
out=target/bench
mkdir -p "$out"

source bench/prepare.sh shadow
# Two versions of e0-outcome that are not its champion become its challengers.
read -r -a versions <<<"$(./matchday models --json --data-home "$home" | python3 -c '
import json, sys
rows = [r for r in json.load(sys.stdin) if r["name"] == "e0-outcome" and "champion" not in r["aliases"]]
print(" ".join(str(r["version"]) for r in rows[:2]))')"
[[ ${#versions[@]} -eq 2 ]] || { echo "bench: e0-outcome needs two versions besides its champion" >&2; exit 1; }
for v in "${versions[@]}"; do ./matchday challenge e0-outcome "$v" --remove --data-home "$home" >/dev/null 2>&1 || true; done

url="http://127.0.0.1:$port"
./matchday serve --data-home "$home" --port "$port" >"$out/shadow.log" 2>&1 &
pid=$!
cleanup() {
  for v in "${versions[@]}"; do ./matchday challenge e0-outcome "$v" --remove --data-home "$home" >/dev/null 2>&1 || true; done
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
}
trap cleanup EXIT
until curl -sf "$url/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "bench: the service died; see $out/shadow.log" >&2; exit 1; }
  sleep 0.05
done

run() { PRICED=0 wrk -t2 -c32 -d"$duration" -s bench/predict.lua "$url" | sed -n 's/^RESULT //p'; }
echo "bench: warming up for $warmup at 32 connections" >&2
PRICED=0 wrk -t2 -c32 -d"$warmup" -s bench/predict.lua "$url" >/dev/null
# none, two, none again: the service keeps warming up for minutes on two cores, so the two runs without
# challengers bracket the one with them and the comparison is against their mean.
none=$(run)
for v in "${versions[@]}"; do
  ./matchday challenge e0-outcome "$v" --reason "bench/shadow.sh" --data-home "$home" >/dev/null
done
sleep 12   # every node picks challengers up within its refresh interval (default 5 s)
two=$(run)
for v in "${versions[@]}"; do ./matchday challenge e0-outcome "$v" --remove --data-home "$home" >/dev/null; done
sleep 12
again=$(run)
metric() { curl -s "$url/actuator/prometheus" | sed -n "s/^$1 \([0-9.E]*\).*/\1/p"; }
shadowed=$(metric matchday_shadow_forecasts_total)
dropped=$(metric matchday_shadow_dropped_total)

field() { sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p" <<<"$1"; }
printf '\n%-16s %10s %9s %9s %9s %8s\n' "challengers" "req/s" "p50 ms" "p99 ms" "max ms" "errors"
for row in "0:$none" "2:$two" "0 again:$again"; do
  c=${row%%:*}; r=${row#*:}
  printf '%-16s %10s %9s %9s %9s %8s\n' "$c" "$(field "$r" rps)" "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" \
    "$(field "$r" max_ms)" "$(field "$r" errors)"
done
ratio=$(python3 -c "print(round($(field "$two" rps) / (($(field "$none" rps) + $(field "$again" rps)) / 2), 3))")
p99=$(python3 -c "print(round($(field "$two" p99_ms) - ($(field "$none" p99_ms) + $(field "$again" p99_ms)) / 2, 3))")
printf '\nthroughput with two challengers: %s of the mean without (target >= 0.85); p99 %+.3f ms (target <= +1 ms)\n' "$ratio" "$p99"
printf 'shadow forecasts recorded: %s; shadow work dropped (queue full): %s\n' "${shadowed:-0}" "${dropped:-0}"

cat >"$out/shadow.json" <<JSON
{
  "benchmark": "POST /api/v1/predict at 32 connections, price-free requests, 0 then 2 challengers",
  "duration": "$duration",
  "cores": $(nproc),
  "challenger_versions": [${versions[0]}, ${versions[1]}],
  "none": $none,
  "two_challengers": $two,
  "none_again": $again,
  "throughput_ratio": $ratio,
  "p99_delta_ms": $p99,
  "shadow_forecasts": ${shadowed:-0},
  "shadow_dropped": ${dropped:-0}
}
JSON
echo "bench: wrote $out/shadow.json"
