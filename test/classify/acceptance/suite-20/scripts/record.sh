#!/bin/sh
# Records the acceptance run of cuewright (../holdout-20.log, ../holdout-20.xml). Run as root from a copy of
# this folder: the suite runs as the unprivileged user nobody, with an empty environment, and with files
# limited to 8 MB, open files to 1024 and processes (threads) to 150 as on the CI runners (prlimit). The
# deadlocked threads of one test are not daemons and keep pytest from exiting after its summary: timeout ends it.
set -eu
here=$(pwd)
out=${1:-/tmp/cuewright-run}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 60 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --junitxml="$out/holdout-20.xml" > "$out/holdout-20.log" 2>&1 || true
# Machine paths become the CI checkout's; pytest's per-user temporary folder becomes CI's.
sed -i -e "s#$here#/home/ci/cuewright#g" -e "s#$out#/home/ci/cuewright#g" \
    -e 's#/tmp/pytest-of-nobody/pytest-[0-9]*#/tmp/pytest-of-ci/pytest-0#g' "$out/holdout-20.log" "$out/holdout-20.xml"
# The short summary cuts a long message at the terminal's width, the copy's path with it: that cut start becomes CI's.
cut=$(printf %s "$here" | cut -c1-7)
sed -i -e "s#^\(ERROR .* - .* \)$cut\.\.\.\$#\1/home/c...#" "$out/holdout-20.log"
