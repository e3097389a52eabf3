#!/bin/sh
# Records the acceptance run of redcell (../holdout-53.log, ../holdout-53.xml) with pytest 9.0.3 on Python 3.11
# (requests, urllib3, itsdangerous and pydantic installed with it; no pytest-timeout, no pytest-rerunfailures) under
# Debian's pytest-xdist 3.1 and execnet, which that pytest takes from PYTHONPATH, with two workers (-n 2), the team's
# command `-v --tb=short` with `--junitxml`. The blood bank's identity provider is started per worker by the suite's
# session fixture on its configured port, with its host's clock four minutes ahead, and goes away after four sign-ins;
# the session key's volume is remounted without the key after three reads; the regional stock sync takes the stock
# database's write lock after the third stock test and keeps it; the regional stock ledger and the SMS gateway do not
# run on their configured ports. Run as root from a copy of this folder: the suite runs as the unprivileged user
# nobody (PYTHON must be an install that user can read), with an empty environment, and with files limited to 8 MB,
# open files to 1024 and processes (threads) to 150 as on the CI runners (prlimit). pytest's temporary folders go
# under the copy (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   PYTHON=/path/to/python3.11 XDIST=/path/to/folder/with/xdist/and/execnet sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9}
xdist=${XDIST:?a folder holding xdist and execnet}
lib=$(dirname "$(dirname "$python")")/lib
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 LD_LIBRARY_PATH="$lib" PYTHONPATH="$xdist" \
    "$python" -m pytest -n 2 -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-53.xml" > "$out/holdout-53.log" 2>&1 || true
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
relative=$("$python" -c 'import os, sys; print(os.path.relpath(sys.argv[1], sys.argv[2]))' "$prefix" "$here")
sed -i -e "s#$out#/src/hold53/redcell#g" -e "s#$here#/src/hold53/redcell#g" -e "s#$prefix#/usr/local#g" \
    -e "s#$relative/#/usr/local/#g" \
    -e "s#$xdist#/usr/lib/python3/dist-packages#g" "$out/holdout-53.log" "$out/holdout-53.xml"
