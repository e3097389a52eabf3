#!/bin/sh
# Records the acceptance run of smokehall (../holdout-72.log, ../holdout-72.xml) with Debian's pytest 7.2 on Python
# 3.11 and Debian's pytest-rerunfailures with `--reruns 1`, without pytest-xdist, the team's command `-v --tb=short`
# with `--junitxml`, with the Debian packages the suite imports (python3-pytest python3-pytest-rerunfailures
# python3-psycopg2 python3-redis python3-pymemcache) and ten real servers the script starts on fixed ports (it stops
# if one is taken) in a folder of its own under the copy, and stops by their pids:
#   PostgreSQL 15 (initdb, pg_ctl, psql; password authentication over TCP):
#     27211 the order book: migrations 0001 to 0003 only (0004_loyalty not run), a role `reporter` granted SELECT on
#           batches alone, a role `auditor` whose password is not the one smokehall's settings hold;
#     27212 the tasting-notes replica: every transaction read-only (default_transaction_read_only);
#     27213 the analytics warehouse: max_connections 4, all four held by a "nightly batch" process the script starts;
#     27214 the cold archive: stopped (fast) once pytest has reported its first network test.
#   Redis: 27221 sessions and the rate limiter (requirepass); 27222 pages and carts (maxmemory 4 MB, allkeys-lru);
#     27223 the ledger cache shared with other services (noeviction; 3 MB of their keys, then maxmemory set to
#     2 MB before the run); 27224 the kiln feed (SIGKILLed one second into the test that streams through it);
#     27225 a read-only replica of 27221, where smokehall's settings send the price-list writer.
#   memcached: 27231 (default 1 MB item limit).
# Run as root from a copy of this folder under a neutral path (/src/hold72/smokehall): the servers and the suite run
# as the unprivileged user nobody, the suite with an empty environment.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
pg=/usr/lib/postgresql/15/bin
srv="$here/.servers"
log="$out/holdout-72.log"
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
rm -rf "$srv" "$here/.pytest-tmp"
for port in 27211 27212 27213 27214 27221 27222 27223 27224 27225 27231; do
    if /usr/bin/python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $port)) != 0)"; then
        echo "port $port is taken" >&2
        exit 1
    fi
done
nobody() { runuser -u nobody -- "$@"; }
nobody mkdir -p "$srv"
echo pgadmin-2026 | nobody tee "$srv/pwfile" > /dev/null
holder=
stop_servers() {
    [ ! -f "$srv/holder.pid" ] || kill "$(cat "$srv/holder.pid")" 2> /dev/null || true
    [ -z "$holder" ] || kill "$holder" 2> /dev/null || true
    for name in ledger replica analytics archive; do
        [ ! -f "$srv/$name/postmaster.pid" ] || nobody "$pg/pg_ctl" -D "$srv/$name" -w -m immediate stop > /dev/null 2>&1 || true
    done
    for pidfile in "$srv"/*.pid; do
        [ ! -f "$pidfile" ] || kill "$(head -n 1 "$pidfile")" 2> /dev/null || true
    done
}
trap stop_servers EXIT
pg_start() {  # NAME PORT [SETTINGS]
    nobody "$pg/initdb" -D "$srv/$1" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$srv/pwfile" --no-sync > /dev/null
    nobody "$pg/pg_ctl" -D "$srv/$1" -l "$srv/$1.log" -w \
        -o "-p $2 -k $srv -c listen_addresses=127.0.0.1 -c fsync=off ${3:-}" start > /dev/null
    nobody "$pg/psql" -h "$srv" -p "$2" -U postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE smokehall LOGIN PASSWORD 'kiln-2026'" -c "CREATE DATABASE smokehall OWNER smokehall"
}
as_smokehall() {  # PORT PYTHON
    nobody env -i PATH=/usr/bin:/bin SMOKEHALL_DB_PORT="$1" PYTHONPATH="$here" /usr/bin/python3 -c "$2"
}
pg_start ledger 27211
nobody "$pg/psql" -h "$srv" -p 27211 -U postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE reporter LOGIN PASSWORD 'reports-2026'" -c "CREATE ROLE auditor LOGIN PASSWORD 'audit-2026'"
as_smokehall 27211 "from smokehall import db; c = db.connect(); db.migrate(c, '0003_stock_tastings')"
nobody "$pg/psql" -h "$srv" -p 27211 -U smokehall -d smokehall -q -v ON_ERROR_STOP=1 \
    -c "GRANT SELECT ON batches TO reporter"
pg_start replica 27212
as_smokehall 27212 "from smokehall import db; c = db.connect(); db.migrate(c, '9999')"
nobody "$pg/psql" -h "$srv" -p 27212 -U postgres -q -v ON_ERROR_STOP=1 \
    -c "ALTER DATABASE smokehall SET default_transaction_read_only = on"
pg_start analytics 27213 "-c max_connections=4 -c superuser_reserved_connections=0 -c max_wal_senders=0 -c wal_level=minimal"
# The nightly batch jobs hold every connection of the warehouse.
nobody env -i PATH=/usr/bin:/bin SMOKEHALL_DB_PORT=27213 PYTHONPATH="$here" /usr/bin/python3 -c "
import os, time
from smokehall import db
held = [db.connect() for _ in range(4)]
open('$srv/holder.pid', 'w').write(str(os.getpid()))
time.sleep(3600)" &
holder=$!
until [ -s "$srv/holder.pid" ]; do sleep 0.1; done
pg_start archive 27214
nobody redis-server --port 27221 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$srv" \
    --pidfile "$srv/redis-sessions.pid" --logfile "$srv/redis-sessions.log" --requirepass sessions-2026
nobody redis-server --port 27222 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$srv" \
    --pidfile "$srv/redis-cache.pid" --logfile "$srv/redis-cache.log" --maxmemory 4mb --maxmemory-policy allkeys-lru
nobody redis-server --port 27223 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$srv" \
    --pidfile "$srv/redis-ledger.pid" --logfile "$srv/redis-ledger.log" --maxmemory-policy noeviction
nobody redis-server --port 27224 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$srv" \
    --pidfile "$srv/redis-feed.pid" --logfile "$srv/redis-feed.log"
nobody redis-server --port 27225 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --dir "$srv" \
    --pidfile "$srv/redis-replica.pid" --logfile "$srv/redis-replica.log" --replicaof 127.0.0.1 27221 \
    --masterauth sessions-2026
nobody memcached -l 127.0.0.1 -p 27231 -U 0 -m 64 -d -P "$srv/memcached.pid"
sleep 1
# The other services sharing the ledger cache hold 3 MB in it, and its limit is then set to 2 MB: under noeviction
# every write is refused.
nobody /usr/bin/python3 -c "
import redis
r = redis.Redis(port=27223)
for n in range(192):
    r.set(f'stock-sync:{n}', 'x' * 16384)
r.config_set('maxmemory', '2mb')"
nobody "$pg/pg_isready" -q -h 127.0.0.1 -p 27213
: > "$log"
(
    until grep -q 'tests/chaos/network/' "$log"; do sleep 0.02; done
    nobody "$pg/pg_ctl" -D "$srv/archive" -w -m fast stop > /dev/null
    until grep -q 'test_feed_stream_through_failover' "$log"; do sleep 0.02; done
    sleep 1
    kill -9 "$(cat "$srv/redis-feed.pid")"
) &
watcher=$!
cd "$here"
timeout 900 runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONUNBUFFERED=1 \
    /usr/bin/python3 -m pytest -p rerunfailures --reruns 1 -v --tb=short -p no:cacheprovider \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-72.xml" >> "$log" 2>&1 || true
kill "$watcher" 2> /dev/null || true
stop_servers
trap - EXIT
sleep 1
rm -rf "$srv" "$here/.pytest-tmp"
