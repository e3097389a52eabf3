#!/bin/sh
# Records the acceptance run of mashtun (../holdout-22.log, ../holdout-22.xml) with pytest 9.0.3 on Python
# 3.11 and pytest-timeout 2.4 (on PYTHONPATH, with the libraries installed by pip into one folder:
# python3 -m pip install --target LIBS pymodbus nats-py neo4j mysql-connector-python msgspec simpleeval
# stamina respx validators httpx). Run from a copy of this folder, with an empty environment, files limited
# to 8 MB and open files to 1024 as on the CI runners (prlimit).
#   sh scripts/record.sh OUT TIMEOUT_DIR LIBS
set -eu
here=$(pwd)
out=${1:-/tmp/mashtun-run}
timeout_dir=$2
libs=$3
python=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    PYTHONPATH="$timeout_dir:$libs" "$python" -m pytest -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --junitxml="$out/holdout-22.xml" > "$out/holdout-22.log" 2>&1 || true
# Machine paths become the CI checkout's and its interpreter's (pytest writes a library's path relative to the
# checkout when that is shorter); pytest's per-user temporary folder becomes CI's.
pyroot=$("$python" -c 'import sys; print(sys.prefix)')
rel_libs=$("$python" -c 'import os, sys; print(os.path.relpath(sys.argv[1], sys.argv[2]))' "$libs" "$here")
rel_timeout=$("$python" -c 'import os, sys; print(os.path.relpath(sys.argv[1], sys.argv[2]))' "$timeout_dir" "$here")
site=/opt/venv/lib/python3.11/site-packages
sed -i -e "s#$libs#$site#g" -e "s#$timeout_dir#$site#g" -e "s#$here#/home/ci/mashtun#g" -e "s#$out#/home/ci/mashtun#g" \
    -e "s#$pyroot#/opt/python3.11#g" -e "s#^$rel_libs/#$site/#" -e "s#^$rel_timeout/#$site/#" \
    -e 's#/tmp/pytest-of-[a-z]*/pytest-[0-9]*#/tmp/pytest-of-ci/pytest-0#g' "$out/holdout-22.log" "$out/holdout-22.xml"
