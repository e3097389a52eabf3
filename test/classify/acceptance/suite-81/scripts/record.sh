#!/bin/sh
# Records the acceptance run of reedbank (../holdout-81.log, ../holdout-81.xml) with pytest 9.0.3 on Python 3.11
# and the team's command, `python -m pytest -v --tb=short --junitxml=…` (no xdist, no reruns; -p no:cacheprovider
# so the copy stays clean). Run from this folder:
#   PYTHON=/path/to/python3.11-with-pytest-9 sh scripts/record.sh OUT
# The interpreter is the runner's: the packages it has are what the run meets (requests, urllib3 2, pydantic 2,
# PyYAML 6; not psycopg2, PyJWT, lxml, redis or msgpack). The suite is copied to /src/holdout81/reedbank (so the log
# shows that folder) and run there with an empty environment but the script's variables: HOME=/home/ci (which does
# not exist), USER=ci and a fresh TMPDIR (pytest's temporary folders under /src/holdout81/tmp/pytest-of-ci),
# LANG=C.UTF-8 (the only locales the runner has are C and C.UTF-8), PYTHONTZPATH at a copy of the machine's time
# zone data holding only Europe/, Etc/ and UTC (the runner's trimmed tzdata), the inbound folder with a supplier sheet
# the runner's export job wrote in cp1252, and the stock service's URL at a free port where nothing listens. No
# other process is started. The free port is replaced by 17990 in the log and XML, the interpreter's prefix by
# /usr/local.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT}" && cd "$1" && pwd)
python=$("${PYTHON:?the python3.11 that has pytest 9}" -c 'import sys; print(sys.executable)')
base=/src/holdout81
run=$base/reedbank
rm -rf "$base"
mkdir -p "$run" "$base/tmp" "$base/var/inbound" "$base/zoneinfo"
cp -r "$here/reedbank" "$here/tests" "$here/config" "$here/scripts" "$here/pytest.ini" "$here/pyproject.toml" \
    "$here/graphlib.py" "$run/"
cp -r /usr/share/zoneinfo/Europe /usr/share/zoneinfo/Etc /usr/share/zoneinfo/UTC "$base/zoneinfo/"
"$python" -c 'import sys; open(sys.argv[1], "w", encoding="cp1252").write("supplier,bundles\nSöderberg Rör AB,40\nHéloïse Chaumière,12\n")' \
    "$base/var/inbound/suppliers.csv"
stock_port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cd "$run"
timeout 600 env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/ci USER=ci LOGNAME=ci TMPDIR="$base/tmp" \
    PYTHONDONTWRITEBYTECODE=1 PYTHONTZPATH="$base/zoneinfo" \
    REEDBANK_STOCK_URL="http://127.0.0.1:$stock_port" REEDBANK_INBOUND="$base/var/inbound" \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --junitxml="$run/holdout-81.xml" \
    > "$out/holdout-81.log" 2>&1 || true
cd /
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#127.0.0.1:$stock_port\\b#127.0.0.1:17990#g" -e "s#port=$stock_port\\b#port=17990#g" \
    -e "s#$prefix#/usr/local#g" "$out/holdout-81.log" "$run/holdout-81.xml"
cp "$run/holdout-81.xml" "$out/holdout-81.xml"
