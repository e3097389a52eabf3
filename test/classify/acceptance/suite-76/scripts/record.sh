#!/bin/sh
# Records the acceptance run of hivecote (../holdout-76.log, ../holdout-76.xml) with Debian's pytest 7.2.1 on
# Python 3.11, Debian's pytest-xdist 3.1 and pytest-rerunfailures: the team's command with two workers and two reruns,
# `python3 -m pytest -v --tb=short -n 2 --reruns 2 --junitxml=…`. Run as root from this folder:
#   sh scripts/record.sh OUT
# The suite is copied to /src/holdout76/hivecote (so the log shows that folder) and run there with an empty
# environment but the script's variables, open files limited to 256 and files to 8 MB (prlimit), against the peers
# of scripts/peers.py on free ports (one process, stopped by its pid at the end), a gateway address where nothing
# listens and a 64 KiB tmpfs as the label export folder (unmounted at the end). The shared /tmp paths the tests use
# (a keyring, a ledger, an export) are removed first. The free ports are replaced by fixed ones in the log and XML.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT}" && cd "$1" && pwd)
run=/src/holdout76/hivecote
exports=/src/holdout76/exports
rm -rf "$run" /tmp/hivecote-keyring.json /tmp/hivecote-shared-ledger.db /tmp/hivecote-export.csv
mkdir -p "$run" "$exports"
cp -r "$here/hivecote" "$here/tests" "$here/config" "$here/scripts" "$here/pytest.ini" "$run/"
mount -t tmpfs -o size=64k,mode=1777 hivecote-exports "$exports"
free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
gateway_port=$(free_port)
ports="$run/.ports.json"
/usr/bin/python3 "$run/scripts/peers.py" "$ports" > /dev/null 2>&1 &
peers=$!
while [ ! -s "$ports" ]; do sleep 0.05; done
port() {
    /usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$ports" "$1"
}
url() {
    echo "http://127.0.0.1:$(port "$1")"
}
cd "$run"
timeout 900 prlimit --fsize=8000000 --nofile=256 -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HIVECOTE_EXPORTS="$exports" \
    HIVECOTE_GATEWAY_URL="http://127.0.0.1:$gateway_port" HIVECOTE_STALL_URL="$(url stall)" \
    HIVECOTE_RESET_URL="$(url reset)" HIVECOTE_SLOW_URL="$(url slow)" HIVECOTE_UNAVAILABLE_URL="$(url unavailable)" \
    HIVECOTE_CUT_URL="$(url cut)" HIVECOTE_SPLIT_URL="$(url split)" HIVECOTE_FLAKY_URL="$(url flaky)" \
    HIVECOTE_MARKET_URL="$(url market)" \
    /usr/bin/python3 -m pytest -v --tb=short -n 2 --reruns 2 -p no:cacheprovider \
    --junitxml="$run/holdout-76.xml" > "$out/holdout-76.log" 2>&1 || true
cd /
sed_ports="-e s#127.0.0.1:$gateway_port#127.0.0.1:17601#g -e s#port=$gateway_port#port=17601#g"
sed_ports="$sed_ports -e s#'127.0.0.1',\\s$gateway_port)#'127.0.0.1',\\s17601)#g"
number=17602
for name in stall reset slow unavailable cut split flaky market; do
    p=$(port "$name")
    sed_ports="$sed_ports -e s#127.0.0.1:$p#127.0.0.1:$number#g -e s#port=$p#port=$number#g"
    sed_ports="$sed_ports -e s#'127.0.0.1',\\s$p)#'127.0.0.1',\\s$number)#g"
    number=$((number + 1))
done
kill "$peers"
wait "$peers" 2> /dev/null || true
umount "$exports"
rmdir "$exports"
# shellcheck disable=SC2086
sed -i $sed_ports "$out/holdout-76.log" "$run/holdout-76.xml"
cp "$run/holdout-76.xml" "$out/holdout-76.xml"
rm -f /tmp/hivecote-keyring.json /tmp/hivecote-shared-ledger.db /tmp/hivecote-export.csv
