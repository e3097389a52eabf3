#!/bin/sh
# Records the acceptance run of berthline (../holdout-83.log, ../holdout-83.xml) with pytest 9.0.3 on Python 3.11
# and the team's command, `python -m pytest -v --tb=short --junitxml=…` (no xdist, no reruns; -p no:cacheprovider
# so the copy stays clean). Run from this folder:
#   PYTHON=/path/to/python3.11-with-pytest-9 TIMEOUT_PLUGIN=/folder/holding/pytest_timeout.py sh scripts/record.sh OUT
# The interpreter's own packages are the runner's (Flask 3, requests, urllib3 2, PyYAML 6, jsonschema 4);
# pytest-timeout 2.4 is put on PYTHONPATH. The suite is copied to /src/holdout83/berthline (so the log shows that
# folder) and run there with an empty environment but the script's variables: HOME=/home/ci, USER=ci, a fresh
# TMPDIR (pytest's temporary folders under /src/holdout83/tmp/pytest-of-ci), LANG=C.UTF-8, at most 256 open files
# (`ulimit -n 256`, the runner's limit), and the two services the CI job should have started and did not: the
# identity provider (BERTHLINE_IDP_URL) and the session cache (BERTHLINE_CACHE_ADDR), each at a free port where
# nothing listens. BERTHLINE_SIGNING_KEY is not set (the job's secret was not passed). No other process is started.
# The free ports are replaced by 18701 and 18702 in the log and XML, the interpreter's prefix by /usr/local and the
# timeout plugin's folder by /usr/local/lib/python3.11/site-packages.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT}" && cd "$1" && pwd)
python=$("${PYTHON:?the python3.11 that has pytest 9}" -c 'import sys; print(sys.executable)')
plugin=$(cd "$(dirname "${TIMEOUT_PLUGIN:?the pytest_timeout.py of pytest-timeout 2.4}")" && pwd)
base=/src/holdout83
run=$base/berthline
rm -rf "$base"
mkdir -p "$run" "$base/tmp"
cp -r "$here/berthline" "$here/tests" "$here/config" "$here/scripts" "$here/pytest.ini" "$here/pyproject.toml" "$run/"
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
idp_port=$(free_port)
cache_port=$(free_port)
cd "$run"
(
    ulimit -n 256
    timeout 600 env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/ci USER=ci LOGNAME=ci TMPDIR="$base/tmp" \
        PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$plugin" \
        BERTHLINE_IDP_URL="http://127.0.0.1:$idp_port" BERTHLINE_CACHE_ADDR="127.0.0.1:$cache_port" \
        "$python" -m pytest -v --tb=short -p no:cacheprovider --junitxml="$run/holdout-83.xml" \
        > "$out/holdout-83.log" 2>&1 || true
)
cd /
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#127.0.0.1:$idp_port\\b#127.0.0.1:18701#g" -e "s#port=$idp_port\\b#port=18701#g" \
    -e "s#127.0.0.1:$cache_port\\b#127.0.0.1:18702#g" -e "s#'127.0.0.1', $cache_port)#'127.0.0.1', 18702)#g" \
    -e "s#$plugin#/usr/local/lib/python3.11/site-packages#g" \
    -e "s#$prefix#/usr/local#g" "$out/holdout-83.log" "$run/holdout-83.xml"
cp "$run/holdout-83.xml" "$out/holdout-83.xml"
