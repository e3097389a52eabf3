#!/bin/sh
# Records the acceptance run of gridcall (../holdout-65.log, ../holdout-65.xml) with pytest 9.0.3 on Python 3.11
# (requests installed with it), without pytest-xdist, with Debian's psycopg2 2.9, PyJWT 2.6, redis-py 4.3,
# pymemcache 3.5 and cryptography 38 (python3-psycopg2 python3-jwt python3-redis python3-pymemcache
# python3-cryptography) on PYTHONPATH after the install's site-packages (so that pytest also loads the Debian plugins
# found there, none of which the command uses), the team's command `-v --tb=short` with `--junitxml`, and a
# PostgreSQL 15 server (postgresql-15: initdb, pg_ctl, createdb). A throwaway cluster is made under the copy and
# started on the outage register's port of gridcall/settings.py; when the database chaos module asks for the
# register's maintenance restart (it writes .pg-restart in the copy), this script restarts the server
# (pg_ctl restart -m fast) and removes the file. The crew-location Redis, the feeder-name memcached, the partner
# utility's token endpoint and the staff directory (LDAP) do not run on their configured ports, and the SCADA
# gateway's in-cluster name does not resolve; the suite's session fixture starts the stand-ins of tests/servers.py
# in its own process. Run as root from a copy of this folder (its path becomes /src/hold65/gridcall, the path the
# recording names) nested deeper than PYTHON's install (pytest names a file by a relative path when that is
# shorter). The suite runs as the unprivileged user nobody, with an empty environment, and with files limited to
# 8 MB, open files to 1024 and processes (threads) to 150 as on the CI runners (prlimit). PYTHON must be an install
# that user can read (its lib/ is given on LD_LIBRARY_PATH, for its libpython) and SITE its site-packages. pytest's
# temporary folders go under the copy (--basetemp).
#   PYTHON=/path/to/python3.11 SITE=/path/to/site-packages sh scripts/record.sh OUT [PGBIN]
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT [PGBIN]}
pgbin=${2:-/usr/lib/postgresql/15/bin}
python=${PYTHON:?the python3.11 that has pytest 9}
site=${SITE:?the site-packages of that python}
lib=$(dirname "$(dirname "$python")")/lib
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
runuser -u nobody -- "$pgbin/initdb" -D "$here/.pgdata" -A trust -U gridcall > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -l "$here/.pgdata/server.log" -w \
    -o "-p 19965 -k $here/.pgdata -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=off" start > /dev/null
runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19965 -U gridcall gridcall
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONPATH="$site:/usr/lib/python3/dist-packages" LD_LIBRARY_PATH="$lib" \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-65.xml" > "$out/holdout-65.log" 2>&1 &
tests=$!
while kill -0 "$tests" 2> /dev/null; do
    if [ -e "$here/.pg-restart" ]; then
        runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w -m fast restart > /dev/null
        rm -f "$here/.pg-restart"
    fi
    sleep 0.2
done
wait "$tests" || true
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w stop > /dev/null
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold65/gridcall#g" -e "s#$here#/src/hold65/gridcall#g" \
    -e "s#$site#/usr/local/lib/python3.11/site-packages#g" -e "s#$prefix#/usr/local#g" \
    "$out/holdout-65.log" "$out/holdout-65.xml"
