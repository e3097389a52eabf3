#!/bin/sh
# Records the acceptance run of tremorline (../holdout-62.log, ../holdout-62.xml) with pytest 9.0.3 on Python 3.11
# (requests installed with it) under Debian's pytest-xdist with three workers (-n 3, given on PYTHONPATH as XDIST),
# with Debian's psycopg2 2.9, PyJWT 2.6, redis-py 4.3 and cryptography 38 (python3-psycopg2 python3-jwt python3-redis
# python3-cryptography) on PYTHONPATH after the install's site-packages (so that pytest also loads the Debian plugins
# found there, none of which the command uses), the team's command `-v --tb=short` with `--junitxml`, and a
# PostgreSQL 15 server (postgresql-15: initdb, pg_ctl, createdb). Run as root from a copy of this folder at
# /src/hold62/tremorline, the path the recording names (pytest's short summary cuts some lines at the terminal's
# width, where no rewriting could find the path): a throwaway PostgreSQL cluster is made under the copy, started on
# the catalogue's port of tremorline/settings.py, and restarted (pg_ctl restart -m fast) ten seconds into the run, as
# the cluster's operators did that night; the stand-ins of tests/servers.py run beside the suite in one process for
# all workers (the identity provider, the catalogue exchange and five of the alert fan-out's subscribers, the grid
# operator's behind TLS with a certificate from the network's private CA); the archive's waveform index, the station
# gateway and the pick cache's Redis do not run on their configured ports. The suite runs as the unprivileged user
# nobody, with an empty environment, and with files limited to 8 MB, open files to 1024 and processes (threads) to
# 150 as on the CI runners (prlimit). PYTHON must be an install that user can read (its lib/ is given on
# LD_LIBRARY_PATH, for its libpython), SITE its site-packages, and XDIST a folder holding pytest-xdist and execnet.
# pytest's temporary folders go under the copy (--basetemp).
#   PYTHON=/path/to/python3.11 SITE=/path/to/site-packages XDIST=/path/to/xdist sh scripts/record.sh OUT [PGBIN]
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT [PGBIN]}
pgbin=${2:-/usr/lib/postgresql/15/bin}
python=${PYTHON:?the python3.11 that has pytest 9}
site=${SITE:?the site-packages of that python}
xdist=${XDIST:-/usr/lib/python3/dist-packages}
lib=$(dirname "$(dirname "$python")")/lib
path="$site:$xdist:/usr/lib/python3/dist-packages"
mkdir -p "$out" "$here/.certs"
chmod -R a+rwX "$here" "$out"
runuser -u nobody -- "$pgbin/initdb" -D "$here/.pgdata" -A trust -U tremorline > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -l "$here/.pgdata/server.log" -w \
    -o "-p 19962 -k $here/.pgdata -c listen_addresses=127.0.0.1 -c max_connections=150 -c deadlock_timeout=100ms -c fsync=off" start > /dev/null
runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19962 -U tremorline tremorline
runuser -u nobody -- env -i PATH=/usr/bin:/bin PYTHONPATH="$path" LD_LIBRARY_PATH="$lib" \
    "$python" tests/servers.py "$here/.certs" > "$here/.certs/servers.log" 2>&1 &
servers=$!
until grep -q ready "$here/.certs/servers.log"; do sleep 0.2; done
(sleep 10 && runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w -m fast restart > /dev/null) &
restart=$!
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONPATH="$path" LD_LIBRARY_PATH="$lib" \
    "$python" -m pytest -n 3 -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-62.xml" > "$out/holdout-62.log" 2>&1 || true
wait $restart || true
touch "$here/.certs/stop"
wait $servers || true
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w stop > /dev/null
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold62/tremorline#g" -e "s#$here#/src/hold62/tremorline#g" \
    -e "s#$site#/usr/local/lib/python3.11/site-packages#g" -e "s#$xdist#/usr/lib/python3/dist-packages#g" \
    -e "s#$prefix#/usr/local#g" "$out/holdout-62.log" "$out/holdout-62.xml"
