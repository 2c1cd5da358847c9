#!/usr/bin/env bash
# How long the container stack takes here: the base images from Debian packages (mmdebstrap, from scratch), the
# Matchday image (Jib, twice: the second must give the same image id), the stack from `up` to every service healthy
# (on a synthetic league: the init's training is the larger part), and `down`. Prints a table and writes
# target/bench/containers.json.
#
#   bench/containers.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/bench
mkdir -p "$out"
data=$(mktemp -d) && chmod 755 "$data"   # the image's user reads it
trap 'deploy/containers.sh down >/dev/null 2>&1 || true; rm -rf "$data"' EXIT
[[ -f target/matchday.jar ]] || ./mvnw -q -B package -DskipTests
java -jar target/matchday.jar generate --out "$data" --seasons 3 --teams 20 >/dev/null

secs() { local start=$1; echo $(( $(date +%s) - start )); }
t=$(date +%s); REBUILD=1 deploy/containers.sh build | tee "$out/containers-build.log"; bases=$(secs "$t")
t=$(date +%s); deploy/containers.sh build | tee -a "$out/containers-build.log"; jib=$(secs "$t")
ids=$(grep -o 'id [0-9a-f]\{12\}' "$out/containers-build.log" | sort -u | wc -l)
size=$(podman image inspect --format '{{.Size}}' localhost/matchday:latest)
t=$(date +%s); MATCHDAY_DATA_DIR="$data" deploy/containers.sh up; upsecs=$(secs "$t")
t=$(date +%s); deploy/containers.sh down; downsecs=$(secs "$t")

printf '\n%-46s %8s\n' "step" "seconds"
printf '%-46s %8d\n' "build: base images (mmdebstrap) + Matchday (Jib)" "$bases" "build again: Matchday image only (Jib)" "$jib" \
  "up: start to every service healthy" "$upsecs" "down: no container, network or volume left" "$downsecs"
printf 'Matchday image: %d MB; the same image id from both builds: %s\n' $(( size / 1000000 )) "$([[ $ids == 1 ]] && echo yes || echo NO)"
cat >"$out/containers.json" <<JSON
{"benchmark": "container stack under podman", "cores": $(nproc), "build_seconds": $bases, "rebuild_image_seconds": $jib,
 "up_to_healthy_seconds": $upsecs, "down_seconds": $downsecs, "image_bytes": $size, "reproducible": $([[ $ids == 1 ]] && echo true || echo false)}
JSON
echo "bench: wrote $out/containers.json"
