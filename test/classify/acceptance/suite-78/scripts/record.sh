#!/bin/sh
# Records the acceptance run of tidemark (../holdout-78.log, ../holdout-78.xml) with Debian's pytest 7.2.1 on
# Python 3.11 and exactly the team's command, `python3 -m pytest -v --tb=short --junitxml=…` (no xdist, no reruns).
# Run as root from this folder:
#   sh scripts/record.sh OUT
# The suite is copied to /src/holdout78/tidemark (so the log shows that folder) and run there with an empty
# environment but the script's variables, open files limited to 256 (prlimit), against the peers of scripts/peers.py
# on free ports (one process, stopped by its pid at the end): an identity provider, a gateway, a TLS gateway whose
# certificate (from a CA made here with openssl) names quay.tidemark.test, and a port that never speaks. A dock address
# and a proxy address where nothing listens, a `.invalid` AIS relay, a partner secret from the last quarter and a
# store path in a folder that does not exist are the runner's settings. The free ports are replaced by fixed ones in
# the log and XML.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT}" && cd "$1" && pwd)
run=/src/holdout78/tidemark
rm -rf "$run"
mkdir -p "$run"
cp -r "$here/tidemark" "$here/tests" "$here/config" "$here/scripts" "$here/pytest.ini" "$run/"
tls="$run/.tls"
mkdir -p "$tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=tidemark test CA" \
    -keyout "$tls/ca.key" -out "$run/config/ca.pem" 2> /dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=quay.tidemark.test" -keyout "$tls/quay.key" -out "$tls/quay.csr" 2> /dev/null
printf 'subjectAltName=DNS:quay.tidemark.test\n' > "$tls/ext"
openssl x509 -req -in "$tls/quay.csr" -CA "$run/config/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 30 \
    -extfile "$tls/ext" -out "$tls/quay.pem" 2> /dev/null
free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
dock_port=$(free_port)
proxy_port=$(free_port)
ports="$run/.ports.json"
/usr/bin/python3 "$run/scripts/peers.py" "$ports" "$tls/quay.pem" "$tls/quay.key" > /dev/null 2>&1 &
peers=$!
while [ ! -s "$ports" ]; do sleep 0.05; done
port() {
    /usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$ports" "$1"
}
cd "$run"
timeout 900 prlimit --nofile=256 -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    TIDEMARK_IDP_URL="http://127.0.0.1:$(port idp)" TIDEMARK_GATEWAY_URL="http://127.0.0.1:$(port gateway)" \
    TIDEMARK_QUAY_URL="https://127.0.0.1:$(port tls)" TIDEMARK_SILENT_PORT="$(port silent)" \
    TIDEMARK_DOCK_URL="http://127.0.0.1:$dock_port" TIDEMARK_AIS_URL="http://ais.harbour.invalid:8080" \
    HTTPS_PROXY="http://127.0.0.1:$proxy_port" NO_PROXY="127.0.0.1,localhost" \
    TIDEMARK_CLIENT_SECRET=s3cret-tide TIDEMARK_PARTNER_SECRET=partner-2026-q3 \
    TIDEMARK_SESSION_KEY=harbour-session-key TIDEMARK_DB=/src/holdout78/var/tidemark/tidemark.db \
    /usr/bin/python3 -m pytest -v --tb=short --junitxml="$run/holdout-78.xml" > "$out/holdout-78.log" 2>&1 || true
cd /
sed_ports=""
number=17801
for p in "$dock_port" "$proxy_port" $(port idp) $(port gateway) $(port tls) $(port silent); do
    sed_ports="$sed_ports -e s#127.0.0.1:$p\\b#127.0.0.1:$number#g -e s#port=$p\\b#port=$number#g"
    sed_ports="$sed_ports -e s#'127.0.0.1',\\s$p)#'127.0.0.1',\\s$number)#g -e s#,\\s$p)#,\\s$number)#g"
    number=$((number + 1))
done
kill "$peers"
wait "$peers" 2> /dev/null || true
# shellcheck disable=SC2086
sed -i $sed_ports "$out/holdout-78.log" "$run/holdout-78.xml"
cp "$run/holdout-78.xml" "$out/holdout-78.xml"
