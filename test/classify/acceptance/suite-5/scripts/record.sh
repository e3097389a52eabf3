#!/bin/sh
# Records the acceptance run of ferrylane (../holdout-5.log, ../holdout-5.xml). Run as root from a copy of
# this folder: the suite runs as the unprivileged user nobody, with an empty environment.
set -eu
here=$(pwd)
out=${1:-/tmp/ferrylane-run}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --junitxml="$out/holdout-5.xml" > "$out/holdout-5.log" 2>&1 || true
# Machine paths become the CI checkout's; pytest's per-user temporary folder becomes CI's.
sed -i -e "s#$here#/home/ci/ferrylane#g" -e "s#$out#/home/ci/ferrylane#g" \
    -e 's#/tmp/pytest-of-nobody/pytest-[0-9]*#/tmp/pytest-of-ci/pytest-0#g' "$out/holdout-5.log" "$out/holdout-5.xml"
