#!/bin/sh
# Records the acceptance run of cordwood (../holdout-80.log, ../holdout-80.xml) with pytest 9.0.3 on Python 3.11
# and the team's command, `python -m pytest -v --tb=short --junitxml=…` (no xdist, no reruns; -p no:cacheprovider so
# the copy stays clean). PYTHON is a virtualenv of that Python (made with --system-site-packages, so its pytest is
# the install's) with psycopg2-binary 2.9 installed; PGBIN holds PostgreSQL 15's initdb and pg_ctl. Run as root
# from this folder:
#   PYTHON=/src/holdout80/venv/bin/python sh scripts/record.sh OUT [PGBIN]
# The suite is copied to /src/holdout80/cordwood and run there as root without the capabilities that let root
# ignore file permissions (setpriv drops dac_override and dac_read_search), with an empty environment but the
# script's variables, files limited to 8 MB and open files to 256 (prlimit). The runner the script makes:
# - a throwaway PostgreSQL 15 cluster (initdb as nobody, trust) on a free port, its database `cordwood` at
#   migration 002 of migrations/pg (003 and 004 not run); the reports DSN names a database `cordwood_reports` that
#   does not exist, the audit DSN asks sslmode=require of this server without SSL, the replica DSN a free port where
#   nothing listens; stopped at the end with pg_ctl by its pid file;
# - the shared ledger var/ledger.db, on which scripts/holder.py (the office's nightly backup job) holds an
#   exclusive lock for the whole run; the reporting ledger var/report-ledger.db at ledger migration 3 of 4;
#   CORDWOOD_SCHEMA_VERSION=5 and CORDWOOD_POOL_SIZE=0;
# - var/prices.db read-only (0444), var/locked/ a read-only folder (0555) holding a writable tally.db, the stack
#   shelf var/stacks as the previous release left it (scripts/make_old_shelf.py), CORDWOOD_CACHE_DIR naming a file;
# - a 64 KiB tmpfs for the spool (CORDWOOD_SPOOL_DIR), unmounted at the end; no /mnt/cordwood-archive;
# - /tmp/cordwood-quotes.db left by another user's job (owned by nobody, 0644); both /tmp files removed at the end;
# - scripts/peers.py (one process, stopped by its pid): the yard cache, a cache that never answers and one that
#   resets; the shared cache's address a free port where nothing listens.
# Free ports are replaced by fixed ones in the log and XML, the interpreter's prefix by /usr/local.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:?usage: sh scripts/record.sh OUT [PGBIN]}" && cd "$1" && pwd)
pgbin=${2:-/usr/lib/postgresql/15/bin}
python=${PYTHON:?a virtualenv of the python3.11 that has pytest 9, with psycopg2}
base=/src/holdout80
run=$base/cordwood
var=$run/var
if mountpoint -q "$base/full"; then umount "$base/full"; fi
rm -rf "$run" "$base/tmp" "$base/pgdata" "$base/full" /tmp/cordwood-quotes.db /tmp/cordwood-orders.db
mkdir -p "$run" "$base/tmp" "$base/pgdata" "$base/full"
cp -r "$here/cordwood" "$here/tests" "$here/migrations" "$here/scripts" "$here/pytest.ini" "$run/"
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
pg_port=$(free_port)
replica_port=$(free_port)
cache_port=$(free_port)

chown nobody "$base/pgdata"
runuser -u nobody -- "$pgbin/initdb" -D "$base/pgdata" -A trust -U cordwood > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$base/pgdata" -l "$base/pgdata/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$base/pgdata" start > /dev/null
psql="psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $pg_port -U cordwood"
$psql -d postgres -c "CREATE DATABASE cordwood" > /dev/null
$psql -d cordwood -f "$run/migrations/pg/001_yards_stacks.sql" > /dev/null
$psql -d cordwood -f "$run/migrations/pg/002_sales_buyers.sql" > /dev/null

mkdir -p "$var/locked"
cd "$run"
"$python" -c 'import sys; from cordwood import ledger; ledger.connect(sys.argv[1]).close()' "$var/ledger.db"
"$python" -c 'import sys; from cordwood import ledger; c = ledger.connect(sys.argv[1], migrated=False); ledger.migrate(c, 3)' \
    "$var/report-ledger.db"
"$python" -c 'import sys; from cordwood import ledger; ledger.add_stack(ledger.connect(sys.argv[1]), "north-1", "oak", 4)' \
    "$var/prices.db"
"$python" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("CREATE TABLE tally (loads INTEGER)"); c.execute("INSERT INTO tally VALUES (0)"); c.commit()' \
    "$var/locked/tally.db"
"$python" -c 'import sys; from cordwood import ledger; ledger.connect(sys.argv[1]).close()' /tmp/cordwood-quotes.db
"$python" scripts/make_old_shelf.py "$var/stacks"
echo '{}' > "$var/cache.json"
chmod 0444 "$var/prices.db"
chmod 0666 "$var/locked/tally.db"
chmod 0555 "$var/locked"
chown nobody /tmp/cordwood-quotes.db
chmod 0644 /tmp/cordwood-quotes.db
mount -t tmpfs -o size=64k,mode=0777 tmpfs "$base/full"

"$python" scripts/holder.py "$var/ledger.db" "$var/.held" > /dev/null 2>&1 &
holder=$!
ports="$run/.ports.json"
"$python" scripts/peers.py "$ports" > /dev/null 2>&1 &
peers=$!
while [ ! -e "$var/.held" ] || [ ! -s "$ports" ]; do sleep 0.05; done
port() {
    "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$ports" "$1"
}
yard_port=$(port cache)
stall_port=$(port stall)
reset_port=$(port reset)
dsn="host=127.0.0.1 port=$pg_port dbname=cordwood user=cordwood"
timeout 900 prlimit --nofile=256 --fsize=8388608 -- setpriv --bounding-set -dac_override,-dac_read_search \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/ci USER=ci LOGNAME=ci TMPDIR="$base/tmp" \
    PYTHONDONTWRITEBYTECODE=1 \
    CORDWOOD_PG_DSN="$dsn" \
    CORDWOOD_REPORTS_DSN="host=127.0.0.1 port=$pg_port dbname=cordwood_reports user=cordwood" \
    CORDWOOD_REPLICA_DSN="host=127.0.0.1 port=$replica_port dbname=cordwood user=cordwood" \
    CORDWOOD_AUDIT_DSN="$dsn sslmode=require" \
    CORDWOOD_LEDGER="$var/ledger.db" CORDWOOD_REPORT_LEDGER="$var/report-ledger.db" \
    CORDWOOD_SCHEMA_VERSION=5 CORDWOOD_POOL_SIZE=0 \
    CORDWOOD_PRICES_DB="$var/prices.db" CORDWOOD_TALLY_DB="$var/locked/tally.db" CORDWOOD_STACK_SHELF="$var/stacks" \
    CORDWOOD_CACHE_DIR="$var/cache.json" CORDWOOD_SPOOL_DIR="$base/full/spool" \
    CORDWOOD_CACHE_ADDR="127.0.0.1:$cache_port" CORDWOOD_YARD_CACHE_ADDR="127.0.0.1:$yard_port" \
    CORDWOOD_WEATHER_CACHE_ADDR="127.0.0.1:$stall_port" CORDWOOD_MOISTURE_CACHE_ADDR="127.0.0.1:$reset_port" \
    CORDWOOD_TOKEN_SECRET=cordwood-ci-secret \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --junitxml="$run/holdout-80.xml" \
    > "$out/holdout-80.log" 2>&1 || true
cd /
kill "$peers" "$holder"
wait "$peers" "$holder" 2> /dev/null || true
runuser -u nobody -- "$pgbin/pg_ctl" -D "$base/pgdata" -w -m fast stop > /dev/null
umount "$base/full"
rm -f /tmp/cordwood-quotes.db /tmp/cordwood-orders.db
sed_ports=""
for pair in "$pg_port:5432" "$replica_port:5433" "$cache_port:11311" "$yard_port:11312" "$stall_port:11313" \
    "$reset_port:11314"; do
    sed_ports="$sed_ports -e s#\\b${pair%%:*}\\b#${pair#*:}#g"
done
prefix=$(dirname "$(dirname "$(readlink -f "$python")")")
# shellcheck disable=SC2086
sed -i $sed_ports -e "s#$prefix#/usr/local#g" "$out/holdout-80.log" "$run/holdout-80.xml"
cp "$run/holdout-80.xml" "$out/holdout-80.xml"
