#!/bin/sh
# Records the acceptance run of snowgate (../holdout-23.log, ../holdout-23.xml) with Debian's pytest 7.2 and
# pytest-timeout 2.1 on Python 3.11, with the Debian packages the suite imports (apt-get install python3-pytest
# python3-pytest-timeout python3-can python3-construct python3-pysnmp4 python3-astral python3-pyproj
# python3-asyncssh python3-aiosmtplib python3-pony python3-cattr python3-typeguard python3-dateparser
# python3-holidays python3-humanize python3-redis python3-rq python3-psycopg2 python3-requests python3-segno
# python3-xlsxwriter python3-iso8601 python3-jwt python3-yaml). Run as root from a copy of this folder: the suite
# runs as the unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files to
# 1024 and processes (threads) to 150 as on the CI runners (prlimit). The deadlocked threads of one test are not
# daemons and keep pytest from exiting after its summary: timeout ends it.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:-/tmp/snowgate-run}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 60 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --junitxml="$out/holdout-23.xml" > "$out/holdout-23.log" 2>&1 || true
# Machine paths become the CI checkout's; pytest's per-user temporary folder becomes CI's.
sed -i -e "s#$here#/home/ci/snowgate#g" -e "s#$out#/home/ci/snowgate#g" \
    -e 's#/tmp/pytest-of-nobody/pytest-[0-9]*#/tmp/pytest-of-ci/pytest-0#g' "$out/holdout-23.log" "$out/holdout-23.xml"
