#!/bin/sh
# Records the acceptance run of bowstring (../holdout-51.log, ../holdout-51.xml) with pytest 9.0.3 on Python 3.11
# (python3.11 -m pytest; requests, urllib3, itsdangerous, cryptography, pydantic and Flask installed there; that
# install has no pytest-timeout and no pytest-rerunfailures, so the run has neither), the team's command
# `-v --tb=short` with `--junitxml`. The orchestra's identity provider is started by the suite's session fixture on
# its configured port and goes away after four sign-ins, as it did during the night's run; the stand cache (the
# orchestra's Redis), the outbound proxy and the reminder service do not run on their configured ports, and the box
# office's in-cluster name does not resolve. Run from a copy of this folder, with an empty environment, and with files
# limited to 8 MB and open files to 1024 as on the CI runners (prlimit); as for suite 49 the runner's python3.11 is
# not readable by the user nobody, so the run is not made as nobody. pytest's temporary folders go under the copy
# (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   PYTHON=/path/to/python3.11 sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9}
mkdir -p "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-51.xml" > "$out/holdout-51.log" 2>&1 || true
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$("$python" -c 'import sys; print(sys.prefix)')
sed -i -e "s#$out#/src/hold51/bowstring#g" -e "s#$here#/src/hold51/bowstring#g" -e "s#$prefix#/usr/local#g" "$out/holdout-51.log" "$out/holdout-51.xml"
