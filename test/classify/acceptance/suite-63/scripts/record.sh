#!/bin/sh
# Records the acceptance run of lampwatch (../holdout-63.log, ../holdout-63.xml) with pytest 9.0.3 on Python 3.11
# (requests installed with it), without pytest-xdist, with Debian's psycopg2 2.9, PyJWT 2.6 and redis-py 4.3
# (python3-psycopg2 python3-jwt python3-redis) on PYTHONPATH after the install's site-packages (so that pytest also
# loads the Debian plugins found there, none of which the command uses), the team's command `-v --tb=short` with
# `--junitxml`. The aids-to-navigation registry's PostgreSQL, the beacon cache's Redis and the AIS receiver do not
# run on their configured ports, and the tide gauges' in-cluster name does not resolve; the suite's session fixture
# starts the stand-ins of tests/servers.py in its own process (the lighthouse board's identity provider, limiting
# token requests to 40 a second, and the notices service, answering 503 to every third request, with the buoys' hub,
# one buoy answering after 2.5 seconds and one resetting the connection). Run as root from a copy of this folder
# (its path becomes /src/hold63/lampwatch, the path the recording names) nested deeper than PYTHON's install, since
# pytest names a file by a relative path (../…) when that is shorter, which no rewriting below could find; the
# recording was made from a copy six folders below the install's parent. The suite runs as the unprivileged user
# nobody, with an empty environment, and with files limited to 8 MB, open files to 1024 and processes (threads) to
# 150 as on the CI runners (prlimit). PYTHON must be an install that user can read (its lib/ is given on
# LD_LIBRARY_PATH, for its libpython) and SITE its site-packages. pytest's temporary folders go under the copy
# (--basetemp).
#   PYTHON=/path/to/python3.11 SITE=/path/to/site-packages sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9}
site=${SITE:?the site-packages of that python}
lib=$(dirname "$(dirname "$python")")/lib
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONPATH="$site:/usr/lib/python3/dist-packages" LD_LIBRARY_PATH="$lib" \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-63.xml" > "$out/holdout-63.log" 2>&1 || true
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold63/lampwatch#g" -e "s#$here#/src/hold63/lampwatch#g" \
    -e "s#$site#/usr/local/lib/python3.11/site-packages#g" -e "s#$prefix#/usr/local#g" \
    "$out/holdout-63.log" "$out/holdout-63.xml"
