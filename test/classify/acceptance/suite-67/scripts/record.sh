#!/bin/sh
# Records the acceptance run of racebib (../holdout-67.log, ../holdout-67.xml) with pytest 9.0.3 on Python 3.11
# (requests installed with it) under pytest-xdist 3.1 with three workers (-n 3, given on PYTHONPATH as XDIST), with
# Debian's psycopg2 2.9 and PyJWT 2.6 (python3-psycopg2 python3-jwt) on PYTHONPATH after the install's site-packages
# (so that pytest also loads the plugins found there, none of which the command uses), the team's command
# `-v --tb=short` with `--junitxml`, and a PostgreSQL 15 server (postgresql-15: initdb, pg_ctl, createdb). A
# throwaway cluster is made under the copy and started on the entries database's port of racebib/settings.py
# (deadlock_timeout 100 ms); the athletics federation's membership service does not run on its configured port and
# the timing partner's in-cluster name does not resolve; each worker's session fixture starts the stand-ins of
# tests/servers.py in its own process. Run as root from a copy of this folder (its path becomes
# /src/hold67/racebib, the path the recording names) nested deeper than PYTHON's install (pytest names a file by a
# relative path when that is shorter). The suite runs as the unprivileged user nobody, with an empty environment,
# and with files limited to 8 MB, open files to 1024 and processes (threads) to 150 as on the CI runners (prlimit).
# PYTHON must be an install that user can read (its lib/ is given on LD_LIBRARY_PATH, for its libpython), SITE its
# site-packages, and XDIST a folder holding pytest-xdist and execnet. pytest's temporary folders go under the copy
# (--basetemp).
#   PYTHON=/path/to/python3.11 SITE=/path/to/site-packages XDIST=/path/to/xdist sh scripts/record.sh OUT [PGBIN]
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT [PGBIN]}
pgbin=${2:-/usr/lib/postgresql/15/bin}
python=${PYTHON:?the python3.11 that has pytest 9}
site=${SITE:?the site-packages of that python}
xdist=${XDIST:?a folder holding pytest-xdist and execnet}
lib=$(dirname "$(dirname "$python")")/lib
path="$site:$xdist:/usr/lib/python3/dist-packages"
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
runuser -u nobody -- "$pgbin/initdb" -D "$here/.pgdata" -A trust -U racebib > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -l "$here/.pgdata/server.log" -w \
    -o "-p 19967 -k $here/.pgdata -c listen_addresses=127.0.0.1 -c max_connections=60 -c deadlock_timeout=100ms -c fsync=off" start > /dev/null
runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19967 -U racebib racebib
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONPATH="$path" LD_LIBRARY_PATH="$lib" \
    "$python" -m pytest -n 3 -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-67.xml" > "$out/holdout-67.log" 2>&1 || true
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w -m fast stop > /dev/null
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold67/racebib#g" -e "s#$here#/src/hold67/racebib#g" \
    -e "s#$site#/usr/local/lib/python3.11/site-packages#g" -e "s#$xdist#/usr/lib/python3/dist-packages#g" \
    -e "s#$prefix#/usr/local#g" "$out/holdout-67.log" "$out/holdout-67.xml"
