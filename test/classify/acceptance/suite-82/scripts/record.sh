#!/bin/sh
# Records the acceptance run of shorewarden (../holdout-82.log, ../holdout-82.xml) with pytest 9.0.3 on Python 3.11
# and the team's command, `python -m pytest -v --tb=short --junitxml=…` (no xdist, no reruns; -p no:cacheprovider
# so the copy stays clean). Run from this folder:
#   PYTHON=/path/to/python3.11-with-pytest-9 sh scripts/record.sh OUT
# The interpreter is the runner's, with boto3, moto 5, requests, pydantic-settings, orjson, cloudpickle, trio, numpy,
# scipy, sympy, rsa, pyasn1, xmltodict, jsonpath-ng, graphql-core and the OpenAPI validators. The suite is copied to
# /src/holdout82/shorewarden (so the log shows that folder) and run there with an empty environment but the
# script's variables: HOME=/home/ci (which does not exist), a fresh TMPDIR,
# AWS_DEFAULT_REGION=eu-west-2 and no AWS credentials (AWS_EC2_METADATA_DISABLED=true), the SHORE_* settings below,
# files limited to 8 MB and open files to 256. scripts/peers.py (one process, stopped by its pid) serves the tiles
# service and a gauge hub that accepts and never answers; the identity provider, DynamoDB Local and the MinIO mirror
# are at free ports where nothing listens. The free ports are replaced in the log and XML by fixed ones (tiles
# 18080, hub 17400, identity provider 18443, DynamoDB Local 18000, MinIO 19000), the interpreter's prefix by
# /usr/local.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT}" && cd "$1" && pwd)
python=$("${PYTHON:?the python3.11 that has pytest 9}" -c 'import sys; print(sys.executable)')
base=/src/holdout82
run=$base/shorewarden
rm -rf "$base"
mkdir -p "$run" "$base/tmp"
cp -r "$here/shorewarden" "$here/tests" "$here/config" "$here/contract" "$here/keys" "$here/scripts" \
    "$here/pytest.ini" "$here/pyproject.toml" "$run/"
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
tiles=$(free_port)
hub=$(free_port)
idp=$(free_port)
dynamo=$(free_port)
minio=$(free_port)
"$python" "$here/scripts/peers.py" "$tiles" "$hub" > /dev/null 2>&1 &
peers=$!
sleep 1
cd "$run"
(
    ulimit -n 256
    ulimit -f 16384
    timeout 600 env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/ci USER=ci LOGNAME=ci TMPDIR="$base/tmp" \
        PYTHONDONTWRITEBYTECODE=1 AWS_DEFAULT_REGION=eu-west-2 AWS_EC2_METADATA_DISABLED=true \
        SHORE_TILES_URL="http://127.0.0.1:$tiles" SHORE_GAUGE_HUB="127.0.0.1:$hub" \
        SHORE_IDP_URL="http://127.0.0.1:$idp" SHORE_DYNAMO_ENDPOINT="http://127.0.0.1:$dynamo" \
        SHORE_ARCHIVE_ENDPOINT="http://127.0.0.1:$minio" SHORE_TIDES_URL="http://tides.shore.invalid" \
        SHORE_LEDGER_TABLE=surveys-stagin SHORE_GRID_RESOLUTION_M=0.001 SHORE_TOKEN_TTL=15m \
        SHORE_ALERT_EMAILS="ops@shore.example,duty@shore.example" \
        "$python" -m pytest -v --tb=short -p no:cacheprovider --junitxml="$run/holdout-82.xml" \
        > "$out/holdout-82.log" 2>&1 || true
)
kill "$peers"
wait "$peers" 2> /dev/null || true
cd /
prefix=$(dirname "$(dirname "$python")")
for pair in "$tiles:18080" "$hub:17400" "$idp:18443" "$dynamo:18000" "$minio:19000"; do
    from=${pair%%:*}
    to=${pair##*:}
    sed -i -e "s#127.0.0.1:$from\\b#127.0.0.1:$to#g" -e "s#port=$from\\b#port=$to#g" \
        "$out/holdout-82.log" "$run/holdout-82.xml"
done
sed -i -e "s#$prefix#/usr/local#g" "$out/holdout-82.log" "$run/holdout-82.xml"
cp "$run/holdout-82.xml" "$out/holdout-82.xml"
