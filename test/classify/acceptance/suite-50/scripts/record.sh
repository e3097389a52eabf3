#!/bin/sh
# Records the acceptance run of combwright (../holdout-50.log, ../holdout-50.xml) with Debian's pytest 7.2,
# pytest-xdist 3.1 (two workers), pytest-timeout 2.1 and pytest-rerunfailures 10.2 on Python 3.11, with the
# Debian packages the suite imports (apt-get install python3-pytest python3-pytest-xdist python3-pytest-timeout
# python3-pytest-rerunfailures python3-requests python3-urllib3 python3-httpx python3-redis python3-psycopg2
# python3-sqlalchemy python3-jwt python3-flask python3-pydantic; nothing else) and a PostgreSQL 15 server
# (postgresql-15: initdb, pg_ctl). Run as root from a copy of this folder: a throwaway PostgreSQL cluster is made
# under the copy and started on the ledger's port of combwright/settings.py, with one database per xdist worker
# (combwright_gw0 to combwright_gw3: a crashed worker's replacement is numbered on), and the suite runs as the
# unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files to 1024 and
# processes (threads) to 150 as on the CI runners (prlimit). No replica, no Redis, no courier API and no hive
# gateway run: the night's outage. pytest's temporary folders go under the copy (--basetemp), so that no path of
# the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT [PGBIN]
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT [PGBIN]}
pgbin=${2:-/usr/lib/postgresql/15/bin}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
runuser -u nobody -- "$pgbin/initdb" -D "$here/.pgdata" -A trust -U combwright > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -l "$here/.pgdata/server.log" -w \
    -o "-p 19810 -k $here/.pgdata -c listen_addresses=127.0.0.1 -c max_connections=40 -c deadlock_timeout=100ms -c fsync=off" start > /dev/null
for worker in 0 1 2 3; do
    runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19810 -U combwright "combwright_gw$worker"
done
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -n 2 -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-50.xml" > "$out/holdout-50.log" 2>&1 || true
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w stop > /dev/null
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold50/combwright#g" -e "s#$here#/src/hold50/combwright#g" "$out/holdout-50.log" "$out/holdout-50.xml"
