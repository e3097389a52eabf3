#!/bin/sh
# Records the acceptance run of baywarden (../holdout-44.log, ../holdout-44.xml) with Debian's pytest 7.2,
# pytest-timeout 2.1 and pytest-rerunfailures 10.2 on Python 3.11, with the Debian packages the suite imports
# (apt-get install python3-pytest python3-pytest-timeout python3-pytest-rerunfailures python3-requests
# python3-urllib3 python3-httpx python3-tenacity python3-redis python3-psycopg2 python3-sqlalchemy python3-jwt
# python3-flask python3-pydantic; nothing else) and a PostgreSQL 15 server (postgresql-15: initdb, pg_ctl).
# Run as root from a copy of this folder: a throwaway PostgreSQL cluster is made under the copy and started on
# the tickets port of baywarden/settings.py (16 connections, as the team's CI database), and the suite runs
# as the unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files to
# 1024 and processes (threads) to 150 as on the CI runners (prlimit). pytest's temporary folders go under the
# copy (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT [PGBIN]
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT [PGBIN]}
pgbin=${2:-/usr/lib/postgresql/15/bin}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
runuser -u nobody -- "$pgbin/initdb" -D "$here/.pgdata" -A trust -U baywarden > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -l "$here/.pgdata/server.log" -w \
    -o "-p 19641 -k $here/.pgdata -c listen_addresses=127.0.0.1 -c max_connections=16 -c superuser_reserved_connections=0 -c deadlock_timeout=100ms -c fsync=off" start > /dev/null
runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19641 -U baywarden baywarden
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-44.xml" > "$out/holdout-44.log" 2>&1 || true
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w stop > /dev/null
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold44/baywarden#g" -e "s#$here#/src/hold44/baywarden#g" "$out/holdout-44.log" "$out/holdout-44.xml"
