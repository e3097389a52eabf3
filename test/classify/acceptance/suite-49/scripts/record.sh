#!/bin/sh
# Records the acceptance run of kilnrow (../holdout-49.log, ../holdout-49.xml) with pytest 9.0.3 on Python 3.11
# (python3.11 -m pytest; requests and pydantic installed there, no pytest plugin the suite uses: no pytest-timeout,
# no pytest-rerunfailures), the team's command `-v --tb=short` with `--junitxml`. No Redis, no identity provider
# and no card gateway run on their configured ports, and the kiln controllers' host is not configured: the
# night's outage. Run from a copy of this folder, with an empty environment, and with files limited to 8 MB and
# open files to 1024 as on the CI runners (prlimit); the runner's python3.11 lives where the user nobody cannot
# read it, so unlike suites 4 to 48 the run is not made as nobody (and a thread limit would not hold for root). pytest's temporary folders go under the copy (--basetemp), so that no path of the
# machine is left once the copy's path is replaced.
#   PYTHON=/path/to/python3.11 sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-49.xml" > "$out/holdout-49.log" 2>&1 || true
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$("$python" -c 'import sys; print(sys.prefix)')
sed -i -e "s#$out#/src/hold49/kilnrow#g" -e "s#$here#/src/hold49/kilnrow#g" -e "s#$prefix#/usr/local#g" "$out/holdout-49.log" "$out/holdout-49.xml"
