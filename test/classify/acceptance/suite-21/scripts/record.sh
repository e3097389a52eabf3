#!/bin/sh
# Records the acceptance run of moorline (../holdout-21.log, ../holdout-21.xml) with pytest 9.0.3 on Python
# 3.11 and pytest-timeout 2.4 (on PYTHONPATH, with redis-py and pg8000 installed by pip into one folder:
# python3 -m pip install --target LIBS redis pg8000). Run from a copy of this folder, with an empty
# environment, files limited to 8 MB and open files to 1024 as on the CI runners (prlimit).
#   sh scripts/record.sh OUT TIMEOUT_DIR LIBS
set -eu
here=$(pwd)
out=${1:-/tmp/moorline-run}
timeout_dir=$2
libs=$3
python=$(command -v python3)
mkdir -p "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    PYTHONPATH="$timeout_dir:$libs" "$python" -m pytest -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --junitxml="$out/holdout-21.xml" > "$out/holdout-21.log" 2>&1 || true
# Machine paths become the CI checkout's and its interpreter's; pytest's per-user temporary folder becomes CI's.
pyroot=$("$python" -c 'import sys; print(sys.prefix)')
sed -i -e "s#$here#/home/ci/moorline#g" -e "s#$out#/home/ci/moorline#g" -e "s#$pyroot#/opt/python3.11#g" \
    -e "s#$timeout_dir#/opt/venv/lib/python3.11/site-packages#g" -e "s#$libs#/opt/venv/lib/python3.11/site-packages#g" \
    -e 's#/tmp/pytest-of-[a-z]*/pytest-[0-9]*#/tmp/pytest-of-ci/pytest-0#g' "$out/holdout-21.log" "$out/holdout-21.xml"
