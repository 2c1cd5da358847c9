# Sourced by the HTTP benchmarks: installs Debian's wrk when missing, builds the jar and its start-up archive
# when needed, and fills the data home $home by the demo pipeline once (its log in $out/$1-demo.log).
if ! command -v wrk >/dev/null 2>&1; then
  echo "bench: installing wrk (Debian package)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

./matchday --version >/dev/null
if ! ./matchday models --data-home "$home" 2>/dev/null | grep -q champion; then
  echo "bench: no champion in $home yet: running the demo pipeline there once" >&2
  ./matchday demo --no-serve --data-home "$home" >"$out/$1-demo.log"
fi
