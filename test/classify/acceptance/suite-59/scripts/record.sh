#!/bin/sh
# Records the acceptance run of seedvault (../holdout-59.log, ../holdout-59.xml) with pytest 9.0.3 on Python 3.11
# (requests, pydantic 2 and cryptography installed with it, and its plugins pytest-benchmark and Hypothesis), with
# Debian's psycopg2 2.9 and PyJWT 2.6 (python3-psycopg2 python3-jwt) given on PYTHONPATH after the install's
# site-packages (so that pytest also loads the Debian plugins found there, none of which the command uses), the team's
# command `-v --tb=short` with `--junitxml`, and a PostgreSQL 15 server (postgresql-15: initdb, pg_ctl, createdb,
# psql). Run as root from a copy of this folder: a throwaway PostgreSQL cluster is made under the copy and started on
# the vault's port of seedvault/settings.py with the vault's database and its read replica (a database whose
# transactions are read-only by default); the herbarium's archive does not run on its configured port, nor the
# partners' identity provider, nor the cold rooms' sensor feed. The suite's session fixture starts the botanic
# garden's identity provider on its configured port, which rotates its signing key after 40 tokens, and whose
# field-station node's clock runs three minutes ahead. The suite runs as the unprivileged user nobody, with an empty
# environment, and with files limited to 8 MB, open files to 1024 and processes (threads) to 150 as on the CI runners
# (prlimit). PYTHON must be an install that user can read (its lib/ is given on LD_LIBRARY_PATH, for its libpython),
# and SITE its site-packages. pytest's temporary folders go under the copy (--basetemp), so that no path of the
# machine is left once the copy's path is replaced.
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
runuser -u nobody -- "$pgbin/initdb" -D "$here/.pgdata" -A trust -U seedvault > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -l "$here/.pgdata/server.log" -w \
    -o "-p 19859 -k $here/.pgdata -c listen_addresses=127.0.0.1 -c max_connections=60 -c deadlock_timeout=100ms -c fsync=off" start > /dev/null
runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19859 -U seedvault seedvault
runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19859 -U seedvault seedvault_replica
cat migrations/001_accessions.sql migrations/002_germination.sql | runuser -u nobody -- "$pgbin/psql" -q -h 127.0.0.1 \
    -p 19859 -U seedvault -d seedvault_replica > /dev/null
runuser -u nobody -- "$pgbin/psql" -q -h 127.0.0.1 -p 19859 -U seedvault -d seedvault \
    -c "ALTER DATABASE seedvault_replica SET default_transaction_read_only = on" > /dev/null
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONPATH="$site:/usr/lib/python3/dist-packages" LD_LIBRARY_PATH="$lib" \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-59.xml" > "$out/holdout-59.log" 2>&1 || true
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w stop > /dev/null
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold59/seedvault#g" -e "s#$here#/src/hold59/seedvault#g" -e "s#$site#/usr/local/lib/python3.11/site-packages#g" \
    -e "s#$prefix#/usr/local#g" "$out/holdout-59.log" "$out/holdout-59.xml"
