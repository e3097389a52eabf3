#!/bin/sh
# Records the acceptance run of parcelwick (../holdout-73.log, ../holdout-73.xml) with pytest 9.0.3 on Python 3.11,
# without xdist and without reruns, the team's command `-v --tb=short` with `--junitxml`. The install's requests
# 2.34 and urllib3 2.7 are the only libraries the suite imports besides pytest. Run from a copy of this folder under
# a neutral path (/src/hold73/parcelwick, the path the recording names). What the run talks to, all started here on
# free ports and stopped by pid at the end:
# - scripts/peers.py, one process: the carrier's API (its faults on their own paths: a 3 s stall, a reset, a body cut
#   short by Content-Length and a chunked one, 429 with Retry-After in seconds and as an HTTP date, 503 until the
#   fourth try, 503 always, 500, an HTML 502, a maintenance page with 200, JSON cut short, a 304 to a revalidation, a
#   label answer in `application/json; charset=utf-8`, a bearer-token check, a manifest upload it never reads), the
#   tracking service (v1 redirected to v2, legacy links redirected back to v1, a 502 for exports, 30% of one
#   parcel's polls reset) and four identity providers signing HS256 tokens: the depot's, a partner's whose clock is
#   300 s ahead, a legacy portal's whose clock is two hours behind, and one that has rotated its key to kid 2026-12;
#   the kiosk's secret there is not the one parcelwick's settings hold, the sorter's tokens live one second, the
#   merchant's carry the audience `parcelwick-merchant`;
# - five `openssl s_server -www` with scripts/certs.sh's certificates: the manifest service (good), the customs broker
#   (self-signed), the insurer (expired), the bank (a certificate for bank.parcelwick.test), the post office portal
#   (requires a client certificate; parcelwick's settings give none);
# - the locker controller's port, chosen free and left empty; the geocoder at geo.parcelwick.invalid.
#   PYTHON=/path/to/python3.11 sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: PYTHON=/path/to/python3.11 sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9}
mkdir -p "$out"
rm -rf .run .pytest-tmp
mkdir -p .run
if "$python" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', 8089)) != 0)"; then
    echo "port 8089 is taken" >&2
    exit 1
fi
sh scripts/certs.sh .run/certs
pids=
stop() {
    [ -z "$pids" ] || kill $pids 2> /dev/null || true
}
trap stop EXIT
"$python" scripts/peers.py .run/ports 2> .run/peers.log &
pids="$pids $!"
until [ -s .run/ports ]; do sleep 0.1; done
set -- $("$python" -c "
import socket
socks = [socket.socket() for _ in range(6)]
for s in socks:
    s.bind(('127.0.0.1', 0))
print(*[s.getsockname()[1] for s in socks])
")
manifest=$1 customs=$2 insurer=$3 bank=$4 portal=$5 locker=$6
serve() {
    port=$1 name=$2
    shift 2
    openssl s_server -www -quiet -accept "$port" -cert ".run/certs/$name.pem" -key ".run/certs/$name.key" "$@" \
        < /dev/null > /dev/null 2>&1 &
    pids="$pids $!"
}
serve "$manifest" manifest
serve "$customs" customs
serve "$insurer" insurer
serve "$bank" bank
serve "$portal" portal -Verify 1 -CAfile .run/certs/parcelwick-ca.pem
for port in $manifest $customs $insurer $bank $portal; do
    "$python" -c "
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(('127.0.0.1', $port), timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(1)
"
done
ports=$(sed 's/^/PW_/; s/=/_PORT=/' .run/ports | tr '\n' ' ')
timeout 600 env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 $ports PW_MANIFEST_PORT="$manifest" \
    PW_CUSTOMS_PORT="$customs" PW_INSURER_PORT="$insurer" PW_BANK_PORT="$bank" PW_PORTAL_PORT="$portal" \
    PW_LOCKER_PORT="$locker" PW_CERTS="$here/.run/certs" \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --basetemp=.pytest-tmp \
    --junitxml="$out/holdout-73.xml" > "$out/holdout-73.log" 2>&1 || true
stop
pids=
trap - EXIT
rm -rf .run .pytest-tmp .benchmarks
# The output folder becomes the recording folder, and the interpreter's prefix becomes a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold73/parcelwick#g" -e "s#$prefix#/usr/local#g" "$out/holdout-73.log" "$out/holdout-73.xml"
