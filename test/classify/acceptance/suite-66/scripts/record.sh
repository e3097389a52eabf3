#!/bin/sh
# Records the acceptance run of hivekeep (../holdout-66.log, ../holdout-66.xml) with Debian's pytest 7.2 on Python
# 3.11, without pytest-xdist but with Debian's pytest-rerunfailures 10.2 (`--reruns 1`, as some teams add for flaky
# suites), the team's command `-v --tb=short` with `--junitxml`, with the Debian packages the suite imports
# (python3-pytest python3-pytest-rerunfailures python3-requests python3-redis python3-psycopg2 python3-jwt). The
# hive board's Redis, the hive register's PostgreSQL and the hive scales' gateway do not run on their configured
# ports, and the weather service's in-cluster name does not resolve; the suite's session fixture starts the stand-ins
# of tests/servers.py (telemetry hubs: one that stalls, one that resets the connection, one that answers). Run as
# root from a copy of this folder: the suite runs as the unprivileged user nobody, with an empty environment, and
# with files limited to 8 MB, open files to 1024 and processes (threads) to 150 as on the CI runners (prlimit).
# pytest's temporary folders go under the copy (--basetemp), so that no path of the machine is left once the copy's
# path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 600 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest --reruns 1 -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --basetemp=.pytest-tmp --junitxml="$out/holdout-66.xml" \
    > "$out/holdout-66.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold66/hivekeep#g" -e "s#$here#/src/hold66/hivekeep#g" "$out/holdout-66.log" "$out/holdout-66.xml"
