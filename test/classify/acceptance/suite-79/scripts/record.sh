#!/bin/sh
# Records the acceptance run of kilnyard (../holdout-79.log, ../holdout-79.xml) with pytest 9.0.3 on Python 3.11
# and the team's command, `python -m pytest -v --tb=short --junitxml=…` (no xdist, no reruns; -p no:cacheprovider
# so the copy stays clean). Run from this folder:
#   PYTHON=/path/to/python3.11-with-pytest-9 sh scripts/record.sh OUT
# The suite is copied to /src/holdout79/kilnyard (so the log shows that folder) and run there with an empty
# environment but the script's variables (TZ=Pacific/Kiritimati, UTC+14, the studio's zone; HOME=/home/ci, which
# does not exist; USER=ci and a fresh TMPDIR, so pytest's temporary folders are under
# /src/holdout79/tmp/pytest-of-ci/pytest-0) and open files limited to 256 (prlimit), against the kiln controller of
# scripts/peers.py on a free port (one process, stopped by its pid at the end). A scale address and a cache address
# where nothing listens, a supplier URL without its scheme, an archive database given as a URL, and an empty partner
# key are the runner's settings. The free ports are replaced by fixed ones in the log and XML, the interpreter's
# prefix by /usr/local.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT}" && cd "$1" && pwd)
python=${PYTHON:?the python3.11 that has pytest 9}
run=/src/holdout79/kilnyard
rm -rf "$run" /src/holdout79/tmp /tmp/kilnyard-report.csv
mkdir -p "$run" /src/holdout79/tmp
cp -r "$here/kilnyard" "$here/tests" "$here/config" "$here/scripts" "$here/pytest.ini" "$run/"
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
scale_port=$(free_port)
cache_port=$(free_port)
ports="$run/.ports.json"
"$python" "$run/scripts/peers.py" "$ports" > /dev/null 2>&1 &
peers=$!
while [ ! -s "$ports" ]; do sleep 0.05; done
controller_port=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["controller"])' "$ports")
cd "$run"
timeout 600 prlimit --nofile=256 -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 TZ=Pacific/Kiritimati HOME=/home/ci USER=ci LOGNAME=ci TMPDIR=/src/holdout79/tmp \
    PYTHONDONTWRITEBYTECODE=1 \
    KILNYARD_CONTROLLER_URL="http://127.0.0.1:$controller_port" KILNYARD_SCALE_URL="http://127.0.0.1:$scale_port" \
    KILNYARD_CACHE_ADDR="127.0.0.1:$cache_port" KILNYARD_SUPPLIER_URL="127.0.0.1:$controller_port/api" \
    KILNYARD_ARCHIVE_DB="sqlite:///src/holdout79/var/archive.db" KILNYARD_PARTNER_KEY= \
    KILNYARD_TOKEN_SECRET=kiln-ci-secret \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --junitxml="$run/holdout-79.xml" \
    > "$out/holdout-79.log" 2>&1 || true
cd /
kill "$peers"
wait "$peers" 2> /dev/null || true
rm -f /tmp/kilnyard-report.csv
sed_ports=""
number=17901
for p in "$controller_port" "$scale_port" "$cache_port"; do
    sed_ports="$sed_ports -e s#127.0.0.1:$p\\b#127.0.0.1:$number#g -e s#port=$p\\b#port=$number#g"
    sed_ports="$sed_ports -e s#'127.0.0.1',\\s$p)#'127.0.0.1',\\s$number)#g -e s#,\\s$p)#,\\s$number)#g"
    number=$((number + 1))
done
prefix=$(dirname "$(dirname "$(readlink -f "$python")")")
# shellcheck disable=SC2086
sed -i $sed_ports -e "s#$prefix#/usr/local#g" "$out/holdout-79.log" "$run/holdout-79.xml"
cp "$run/holdout-79.xml" "$out/holdout-79.xml"
