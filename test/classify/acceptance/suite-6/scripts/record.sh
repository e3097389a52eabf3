#!/bin/sh
# Records the acceptance run of meterwell (../holdout-6.log, ../holdout-6.xml). Run as root from a copy of
# this folder: the suite runs as the unprivileged user nobody, with an empty environment, and with files
# limited to 8 MB as on the CI runners (prlimit --fsize).
set -eu
here=$(pwd)
out=${1:-/tmp/meterwell-run}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
prlimit --fsize=8000000 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --junitxml="$out/holdout-6.xml" > "$out/holdout-6.log" 2>&1 || true
# Machine paths become the CI checkout's; pytest's per-user temporary folder becomes CI's.
sed -i -e "s#$here#/home/ci/meterwell#g" -e "s#$out#/home/ci/meterwell#g" \
    -e 's#/tmp/pytest-of-nobody/pytest-[0-9]*#/tmp/pytest-of-ci/pytest-0#g' "$out/holdout-6.log" "$out/holdout-6.xml"
