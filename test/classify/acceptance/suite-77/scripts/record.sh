#!/bin/sh
# Records the acceptance run of ropewalk (../holdout-77.log, ../holdout-77.xml) with pytest 9.0.3 on Python 3.11
# and the team's command: `python -m pytest -v --tb=short --junitxml=…` (and -p no:cacheprovider). Run from this folder:
#   PYTHON=/path/to/python3.11-with-pytest-9 sh scripts/record.sh OUT
# The suite is copied to /src/holdout77/ropewalk (so the log shows that folder) and run there with an empty
# environment but for the variables below, without the capabilities that let root ignore file permissions (so a
# read-only folder and an unreadable file are what they are), against the peers of scripts/peers.py on free ports
# (one process, stopped by its pid at the end) with the certificates of scripts/certs.py, and a labels address where
# nothing listens. The faults of the environment are the script's: a config folder made read-only, a signing key
# file of mode 000, TZ=Mars/Olympus, HOME=/home/ci (not there), no ROPEWALK_DB_URL, an empty ROPEWALK_PLANT_TZ,
# ROPEWALK_LOG_LEVEL=VERBOSE, ROPEWALK_METRICS_PORT=70000, a revoked API key, a read-only key where the admin key
# belongs, the audit URL without a scheme. The free ports are replaced by fixed ones (19001 to 19007) and the
# interpreter's prefix by /usr/local in the log and the XML.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: PYTHON=… sh scripts/record.sh OUT}" && cd "$1" && pwd)
python=${PYTHON:?the python3.11 that has pytest 9}
run=/src/holdout77/ropewalk
rm -rf /src/holdout77
mkdir -p "$run"
cp -r "$here/ropewalk" "$here/tests" "$here/config" "$here/secrets" "$here/scripts" "$here/pytest.ini" "$run/"
"$python" "$run/scripts/certs.py" "$run/certs"
chmod 000 "$run/secrets/signing.key"
chmod 555 "$run/config"
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
labels_port=$(free_port)
ports="$run/.ports.json"
"$python" "$run/scripts/peers.py" "$ports" "$run/certs" > /dev/null 2>&1 &
peers=$!
while [ ! -s "$ports" ]; do sleep 0.05; done
port() {
    "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$ports" "$1"
}
cd "$run"
timeout 600 setpriv --bounding-set -dac_override,-dac_read_search \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 TZ=Mars/Olympus HOME=/home/ci PYTHONDONTWRITEBYTECODE=1 \
    ROPEWALK_REGISTRY_URL="http://127.0.0.1:$(port registry)" ROPEWALK_MILL_URL="http://127.0.0.1:$(port mill)" \
    ROPEWALK_TELEMETRY_URL="http://127.0.0.1:$(port telemetry)" ROPEWALK_AUDIT_URL="127.0.0.1:$(port audit)" \
    ROPEWALK_CHANDLER_URL="https://127.0.0.1:$(port chandler)" ROPEWALK_SAILLOFT_URL="https://127.0.0.1:$(port sailloft)" \
    ROPEWALK_LABELS_URL="http://127.0.0.1:$labels_port" ROPEWALK_CA_FILE="$run/certs/ca.pem" \
    ROPEWALK_API_KEY=rk-live-2025 ROPEWALK_ADMIN_KEY=rk-ci-2026 ROPEWALK_PLANT_TZ= \
    ROPEWALK_LOG_LEVEL=VERBOSE ROPEWALK_METRICS_PORT=70000 \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --junitxml="$run/holdout-77.xml" \
    > "$out/holdout-77.log" 2>&1 || true
cd /
sed_ports="-e s#127.0.0.1:$labels_port#127.0.0.1:19001#g -e s#port=$labels_port#port=19001#g"
number=19002
for name in registry mill telemetry audit chandler sailloft; do
    p=$(port "$name")
    sed_ports="$sed_ports -e s#127.0.0.1:$p#127.0.0.1:$number#g -e s#port=$p#port=$number#g"
    number=$((number + 1))
done
kill "$peers"
wait "$peers" 2> /dev/null || true
chmod 755 "$run/config"
prefix=$(dirname "$(dirname "$(readlink -f "$python")")")
# shellcheck disable=SC2086
sed -i $sed_ports -e "s#$prefix#/usr/local#g" "$out/holdout-77.log" "$run/holdout-77.xml"
cp "$run/holdout-77.xml" "$out/holdout-77.xml"
