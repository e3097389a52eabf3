#!/bin/sh
# Records the acceptance run of brinewell (../holdout-75.log, ../holdout-75.xml) with pytest 9.0.3 on Python 3.11
# and the team's command: `python -m pytest -v --tb=short --junitxml=…`, no other option. Run from this folder:
#   PYTHON=/path/to/python3.11-with-pytest-9 sh scripts/record.sh OUT
# The suite is copied to /src/holdout75/brinewell (so the log shows that folder) and run there with an empty
# environment but for the variables below, in the time zone Pacific/Kiritimati (UTC+14), against the peers of
# scripts/peers.py on free ports (one process, stopped by its pid at the end) and a grader address where nothing
# listens. The faults of the environment are the script's: no BRINEWELL_AUDIENCE nor BRINEWELL_STATION_URL, a
# report cache folder that does not exist, BRINEWELL_MAX_INFLIGHT=four, the lab's URL with a trailing slash, the
# scale's without a scheme, a spool that is a plain file, an empty BRINEWELL_PRINTER. The free ports are replaced by
# fixed ones and the interpreter's prefix by /usr/local in the log and the XML.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: PYTHON=… sh scripts/record.sh OUT}" && cd "$1" && pwd)
python=${PYTHON:?the python3.11 that has pytest 9}
run=/src/holdout75/brinewell
rm -rf /src/holdout75
mkdir -p "$run"
cp -r "$here/brinewell" "$here/tests" "$here/config" "$here/scripts" "$here/pytest.ini" "$run/"
printf 'not a folder\n' > /src/holdout75/spool
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
grader_port=$(free_port)
ports="$run/.ports.json"
"$python" "$run/scripts/peers.py" "$ports" > /dev/null 2>&1 &
peers=$!
while [ ! -s "$ports" ]; do sleep 0.05; done
port() {
    "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$ports" "$1"
}
cd "$run"
timeout 600 env -i PATH=/usr/bin:/bin LANG=C.UTF-8 TZ=Pacific/Kiritimati PYTHONDONTWRITEBYTECODE=1 \
    BRINEWELL_WEATHER_URL="http://127.0.0.1:$(port weather)" BRINEWELL_MARKET_URL="http://127.0.0.1:$(port market)" \
    BRINEWELL_LAB_URL="http://127.0.0.1:$(port lab)/" BRINEWELL_CARRIER_URL="http://127.0.0.1:$(port carrier)" \
    BRINEWELL_TELEMETRY_URL="http://127.0.0.1:$(port telemetry)" BRINEWELL_GRADER_URL="http://127.0.0.1:$grader_port" \
    BRINEWELL_SCALE_URL="127.0.0.1:$(port weather)" BRINEWELL_REPORT_CACHE=/src/holdout75/cache \
    BRINEWELL_MAX_INFLIGHT=four BRINEWELL_SPOOL=/src/holdout75/spool BRINEWELL_PRINTER= \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --junitxml="$run/holdout-75.xml" \
    > "$out/holdout-75.log" 2>&1 || true
cd /
sed_ports="-e s#127.0.0.1:$grader_port#127.0.0.1:19001#g -e s#port=$grader_port#port=19001#g"
number=19002
for name in weather market lab carrier telemetry; do
    p=$(port "$name")
    sed_ports="$sed_ports -e s#127.0.0.1:$p#127.0.0.1:$number#g -e s#port=$p#port=$number#g"
    number=$((number + 1))
done
kill "$peers"
wait "$peers" 2> /dev/null || true
prefix=$(dirname "$(dirname "$python")")
# shellcheck disable=SC2086
sed -i $sed_ports -e "s#$prefix#/usr/local#g" "$out/holdout-75.log" "$run/holdout-75.xml"
cp "$run/holdout-75.xml" "$out/holdout-75.xml"
