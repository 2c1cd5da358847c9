#!/usr/bin/env bash
# The compose stack under podman, with every image built on this machine: no registry, no Docker engine.
# Runs deploy/docker-compose.yml — the file users run with Docker — with deploy/compose.podman.yml, which only
# swaps in the local images' names.
#
#   deploy/containers.sh build          # base images from Debian packages (mmdebstrap), the Matchday image (Jib)
#   deploy/containers.sh up             # start the stack; nginx on 127.0.0.1:18080
#   deploy/containers.sh status         # each service's state and health check
#   deploy/containers.sh kill-node N    # SIGKILL node N's container (1 or 2); start-node N starts it again
#   deploy/containers.sh down           # stop and remove every container, the network and the volumes
#
# Settings (environment): MATCHDAY_PORT (127.0.0.1:18080), MATCHDAY_NODE1_PORT (127.0.0.1:18181),
# MATCHDAY_NODE2_PORT (127.0.0.1:18182), MATCHDAY_PROMETHEUS_PORT (127.0.0.1:19190), MATCHDAY_ALERTMANAGER_PORT
# (127.0.0.1:19193), MATCHDAY_DATA_DIR (the data the init ingests; default the mirror beside the project),
# CONTAINERS_DIR (target/containers: base image tarballs, logs), DEBIAN_MIRROR (apt's own), REBUILD=1 (rebuild
# the base images even if present). Secrets come from deploy/.env.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mkdir -p "${CONTAINERS_DIR:-$here/target/containers}" && cd "${CONTAINERS_DIR:-$here/target/containers}" && pwd)"
project=matchday
export MATCHDAY_PORT=${MATCHDAY_PORT:-127.0.0.1:18080}
export MATCHDAY_NODE1_PORT=${MATCHDAY_NODE1_PORT:-127.0.0.1:18181}
export MATCHDAY_NODE2_PORT=${MATCHDAY_NODE2_PORT:-127.0.0.1:18182}
export MATCHDAY_PROMETHEUS_PORT=${MATCHDAY_PROMETHEUS_PORT:-127.0.0.1:19190}
export MATCHDAY_ALERTMANAGER_PORT=${MATCHDAY_ALERTMANAGER_PORT:-127.0.0.1:19193}
if [[ -z "${MATCHDAY_DATA_DIR:-}" && -d "$here/../shared/football-data/mmz4281" ]]; then
  export MATCHDAY_DATA_DIR="$(cd "$here/../shared/football-data/mmz4281" && pwd)"
fi
# Grafana's image cannot be built from Debian's packages: here the stack runs without it.
services=(postgres init matchday-1 matchday-2 nginx prometheus alertmanager)

say() { echo "containers: $*"; }
compose() { podman-compose -p "$project" -f "$here/deploy/docker-compose.yml" -f "$here/deploy/compose.podman.yml" "$@"; }
container() { echo "${project}_$1_1"; }

# podman from Debian, set up as this machine kind needs (crun fails here: runc, cgroupfs, no ulimits).
setup() {
  local missing=()
  for tool in podman podman-compose runc mmdebstrap; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if (( ${#missing[@]} )); then
    say "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      podman podman-compose runc mmdebstrap >/dev/null
  fi
  local conf=/etc/containers/containers.conf
  if ! grep -q '^runtime = "runc"' "$conf" 2>/dev/null; then
    mkdir -p /etc/containers
    cat >"$conf" <<'CONF'
# Written by Matchday's deploy/containers.sh: crun fails in this kind of sandbox (rlimits, hybrid cgroups).
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
CONF
    say "configured podman ($conf)"
  fi
}

mirror() {
  if [[ -n "${DEBIAN_MIRROR:-}" ]]; then echo "$DEBIAN_MIRROR"; return; fi
  local found
  found=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -1)
  [[ -z "$found" ]] && found=$(grep -hs '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v security | head -1)
  echo "${found:-http://deb.debian.org/debian}"
}

exists() { podman image exists "$1"; }

# A Debian bookworm root file system with PACKAGES, and any files copied in, as a tarball.
rootfs() {  # OUT PACKAGES [mmdebstrap options...]
  local out=$1 packages=$2; shift 2
  mmdebstrap --quiet --variant=apt --include="$packages" "$@" bookworm "$out" "$(mirror)" >"$out.log" 2>&1 \
    || { cat "$out.log" >&2; exit 1; }
}

build_bases() {
  local pids=()
  if [[ -n "${REBUILD:-}" ]] || ! exists localhost/matchday-jre:bookworm; then
    say "building the JRE base (Debian's openjdk-17-jre-headless, and libgomp1 for XGBoost) …"
    rootfs "$work/jre.tar" openjdk-17-jre-headless,ca-certificates,libgomp1 &
    pids+=($!)
  fi
  if [[ -n "${REBUILD:-}" ]] || ! exists localhost/matchday-postgres:bookworm; then
    say "building the services' base (Debian's postgresql, nginx, prometheus, prometheus-alertmanager) …"
    rootfs "$work/services.tar" postgresql,nginx-light,prometheus,prometheus-alertmanager,curl,wget,ca-certificates \
      --customize-hook="copy-in $here/deploy/containers/postgres-entrypoint.sh /usr/local/bin" \
      --customize-hook='mkdir -p "$1/prometheus" "$1/alertmanager" "$1/etc/alertmanager" "$1/var/lib/postgresql/data"' &
    pids+=($!)
  fi
  for pid in "${pids[@]}"; do wait "$pid"; done
  if [[ -f "$work/jre.tar" ]]; then
    podman import --quiet --change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' "$work/jre.tar" \
      localhost/matchday-jre:bookworm >/dev/null
    rm -f "$work/jre.tar"
  fi
  if [[ -f "$work/services.tar" ]]; then
    local t="$work/services.tar"
    podman import --quiet --change 'ENV PGDATA=/var/lib/postgresql/data' --change 'EXPOSE 5432' \
      --change 'ENTRYPOINT ["/usr/local/bin/postgres-entrypoint.sh"]' "$t" localhost/matchday-postgres:bookworm >/dev/null
    podman import --quiet --change 'EXPOSE 8080' --change 'CMD ["nginx", "-g", "daemon off;"]' \
      "$t" localhost/matchday-nginx:bookworm >/dev/null
    podman import --quiet --change 'EXPOSE 9090' --change 'ENTRYPOINT ["/usr/bin/prometheus"]' \
      --change 'CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"]' \
      "$t" localhost/matchday-prometheus:bookworm >/dev/null
    podman import --quiet --change 'EXPOSE 9093' --change 'ENTRYPOINT ["/usr/bin/prometheus-alertmanager"]' \
      --change 'CMD ["--config.file=/etc/alertmanager/alertmanager.yml", "--storage.path=/alertmanager"]' \
      "$t" localhost/matchday-alertmanager:bookworm >/dev/null
    rm -f "$t"
  fi
}

build_matchday() {
  # Jib builds onto the JRE base as a docker-archive, without a daemon, then podman loads the result.
  podman save --quiet --format docker-archive -o "$work/jre-base.tar" localhost/matchday-jre:bookworm
  say "building the Matchday image (Jib) …"
  (cd "$here" && ./mvnw -q -B -Pimage package -DskipTests -Djib.goal=buildTar -Dimage=localhost/matchday:latest \
    -Dimage.base="tar://$work/jre-base.tar" >"$work/jib.log" 2>&1) || { cat "$work/jib.log" >&2; exit 1; }
  podman load --quiet -i "$here/target/jib-image.tar" >/dev/null
  rm -f "$work/jre-base.tar"
  say "image localhost/matchday:latest, $(podman image inspect --format '{{.Size}}' localhost/matchday:latest | \
    awk '{printf "%.0f MB", $1 / 1e6}'), id $(podman image inspect --format '{{.Id}}' localhost/matchday:latest | cut -c1-12), \
$(podman run --rm localhost/matchday:latest --version | head -1)"
}

healthy() {  # SERVICE: its health check passes
  podman healthcheck run "$(container "$1")" >/dev/null 2>&1
}

wait_for() {  # WHAT SECONDS COMMAND...
  local what=$1 seconds=$2; shift 2
  local deadline=$(( $(date +%s) + seconds ))
  until "$@"; do
    (( $(date +%s) < deadline )) || { say "$what did not happen in ${seconds}s"; return 1; }
    sleep 1
  done
}

# podman-compose starts services in order but does not wait on health or completion: up waits itself, stage by stage,
# where docker compose follows the file's depends_on conditions.
up() {
  compose up -d postgres alertmanager >"$work/up.log" 2>&1 || { cat "$work/up.log" >&2; exit 1; }
  wait_for "PostgreSQL healthy" 90 healthy postgres
  say "PostgreSQL up"
  compose up -d init >>"$work/up.log" 2>&1
  local code
  code=$(podman wait "$(container init)")
  podman logs "$(container init)" >"$work/init.log" 2>&1 || true
  [[ "$code" == 0 ]] || { say "the init failed ($code); see $work/init.log"; tail -20 "$work/init.log" >&2; exit 1; }
  say "init done (champions registered)"
  compose up -d "${services[@]:2}" >>"$work/up.log" 2>&1
  wait_for "node 1 healthy" 180 healthy matchday-1
  wait_for "node 2 healthy" 180 healthy matchday-2
  wait_for "nginx healthy" 60 healthy nginx
  wait_for "Prometheus healthy" 60 healthy prometheus
  say "up: http://$MATCHDAY_PORT/ (console and API through nginx)"
}

status() {
  for s in "${services[@]}"; do
    local state
    state=$(podman inspect --format '{{.State.Status}}' "$(container "$s")" 2>/dev/null || echo absent)
    if [[ "$state" == running ]]; then
      if healthy "$s"; then state="running, healthy"; else state="running, not healthy yet"; fi
    fi
    say "$s: $state"
  done
}

case "${1:-}" in
  build)
    setup
    start=$(date +%s)
    build_bases
    build_matchday
    say "built in $(( $(date +%s) - start )) s"
    ;;
  up)
    setup
    for image in localhost/matchday:latest localhost/matchday-postgres:bookworm; do
      exists "$image" || { say "no image $image: run deploy/containers.sh build first"; exit 1; }
    done
    start=$(date +%s)
    up
    say "healthy in $(( $(date +%s) - start )) s"
    ;;
  status)
    status
    ;;
  kill-node)
    podman kill --signal KILL "$(container "matchday-${2:?node number}")" >/dev/null
    say "node $2 killed"
    ;;
  start-node)
    # (podman without systemd says it cannot schedule the health check timer: the checks run on demand here)
    podman start "$(container "matchday-${2:?node number}")" >/dev/null 2>>"$work/podman.log"
    wait_for "node $2 healthy" 180 healthy "matchday-$2"
    say "node $2 up"
    ;;
  down)
    compose down --volumes >"$work/down.log" 2>&1 || true
    # what podman-compose leaves: the project's network and volumes
    podman volume ls -q --filter "label=io.podman.compose.project=$project" | xargs -r podman volume rm -f >/dev/null
    podman network ls -q --filter "label=io.podman.compose.project=$project" | xargs -r podman network rm -f >/dev/null
    say "down"
    ;;
  *)
    sed -n '2,16p' "$0"
    exit 2
    ;;
esac
