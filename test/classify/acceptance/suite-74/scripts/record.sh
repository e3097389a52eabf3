#!/bin/sh
# Records the acceptance run of loomhouse (../holdout-74.log, ../holdout-74.xml) with Debian's pytest 7.2.1 on
# Python 3.11 and exactly the team's command: `python3 -m pytest -v --tb=short --junitxml=…`, no other option, no
# plugin beyond what Debian's python3-pytest loads, and PyYAML (python3-yaml). Run as root from this folder:
#   sh scripts/record.sh OUT
# The suite is copied to /src/holdout74/loomhouse (so the log shows that folder) and run there as the user nobody
# with an empty environment, files limited to 8 MB (prlimit), against the peers of scripts/servers.py on free ports
# (one process, stopped by its pid at the end), a dyehouse address where nothing listens, a 64 KiB tmpfs as the
# export spool (unmounted at the end) and no LOOMHOUSE_SIGNING_KEY. The free ports are replaced by fixed ones.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT}" && cd "$1" && pwd)
run=/src/holdout74/loomhouse
spool=/src/holdout74/spool
rm -rf "$run"
mkdir -p "$run" "$spool"
cp -r "$here/loomhouse" "$here/tests" "$here/config" "$here/scripts" "$here/pytest.ini" "$run/"
mount -t tmpfs -o size=64k,mode=1777 tmpfs "$spool"
chown -R nobody "$run"
free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
dyehouse_port=$(free_port)
ports="$run/.ports.json"
runuser -u nobody -- /usr/bin/python3 "$run/scripts/servers.py" "$ports" > /dev/null 2>&1 &
servers=$!
while [ ! -s "$ports" ]; do sleep 0.05; done
port() {
    /usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$ports" "$1"
}
url() {
    echo "http://127.0.0.1:$(port "$1")"
}
cd "$run"
timeout 900 prlimit --fsize=8000000 --nofile=1024 -- runuser -u nobody -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 LOOMHOUSE_SPOOL="$spool" \
    LOOMHOUSE_DYEHOUSE_URL="http://127.0.0.1:$dyehouse_port" LOOMHOUSE_CATALOGUE_URL="$(url catalogue)" \
    LOOMHOUSE_ORDERS_URL="$(url orders)" LOOMHOUSE_SLOW_URL="$(url slow)" LOOMHOUSE_BROKEN_URL="$(url broken)" \
    LOOMHOUSE_GATEWAY_URL="$(url gateway)" LOOMHOUSE_BUSY_URL="$(url busy)" LOOMHOUSE_RESET_URL="$(url reset)" \
    LOOMHOUSE_TELEMETRY_URL="$(url telemetry)" \
    /usr/bin/python3 -m pytest -v --tb=short --junitxml="$run/holdout-74.xml" > "$out/holdout-74.log" 2>&1 || true
cd /
sed_ports="-e s#127.0.0.1:$dyehouse_port#127.0.0.1:18001#g -e s#port=$dyehouse_port#port=18001#g"
number=18002
for name in catalogue orders slow broken gateway busy reset telemetry; do
    p=$(port "$name")
    sed_ports="$sed_ports -e s#127.0.0.1:$p#127.0.0.1:$number#g -e s#port=$p#port=$number#g"
    number=$((number + 1))
done
kill "$servers"
wait "$servers" 2> /dev/null || true
umount "$spool"
# shellcheck disable=SC2086
sed -i $sed_ports "$out/holdout-74.log" "$run/holdout-74.xml"
cp "$run/holdout-74.xml" "$out/holdout-74.xml"
