#!/bin/sh
# Records the acceptance run of skywicker (../holdout-68.log, ../holdout-68.xml) with Debian's pytest 7.2 on Python
# 3.11, without pytest-xdist, the team's command `-v --tb=short` with `--junitxml`, with the Debian packages the suite
# imports (python3-pytest python3-psycopg2 python3-redis python3-pymemcache python3-jwt) and three real servers the
# script starts on the ports of skywicker/settings.py and stops: the flight book's PostgreSQL 15 (postgresql-15:
# initdb, pg_ctl, createdb; a throwaway cluster under the copy), the manifest cache's Redis (redis-server) and the
# weather cache's memcached. AN OUTAGE: once pytest has reported 48 of the 160 tests (its -v lines, unbuffered),
# a watcher stops PostgreSQL (immediate), Redis and memcached while the run goes on, so that most tests after that
# point fail in bulk. rsvg-convert is not installed. Run as root from a copy of this folder: the servers and the
# suite run as the unprivileged user nobody, the suite with an empty environment. pytest's temporary folders go under
# the copy (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT [PGBIN]
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT [PGBIN]}
pgbin=${2:-/usr/lib/postgresql/15/bin}
log="$out/holdout-68.log"
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
rm -rf "$here/.pgdata" "$here/.servers"
runuser -u nobody -- mkdir -p "$here/.servers"
runuser -u nobody -- "$pgbin/initdb" -D "$here/.pgdata" -A trust -U skywicker > /dev/null
runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -l "$here/.servers/postgres.log" -w \
    -o "-p 19968 -k $here/.pgdata -c listen_addresses=127.0.0.1 -c fsync=off" start > /dev/null
runuser -u nobody -- "$pgbin/createdb" -h 127.0.0.1 -p 19968 -U skywicker skywicker
runuser -u nobody -- redis-server --port 19868 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$here/.servers/redis.pid" --logfile "$here/.servers/redis.log" --dir "$here/.servers"
runuser -u nobody -- memcached -l 127.0.0.1 -p 19768 -U 0 -d -P "$here/.servers/memcached.pid"
sleep 1
: > "$log"
stop_servers() {
    runuser -u nobody -- "$pgbin/pg_ctl" -D "$here/.pgdata" -w -m immediate stop > /dev/null 2>&1 || true
    for pidfile in "$here/.servers/redis.pid" "$here/.servers/memcached.pid"; do
        [ ! -f "$pidfile" ] || kill "$(cat "$pidfile")" 2> /dev/null || true
    done
}
# The outage: a third of the way in.
(
    while [ "$(grep -c -E ' (PASSED|FAILED|ERROR) +\[' "$log")" -lt 48 ]; do sleep 0.02; done
    stop_servers
) &
watcher=$!
timeout 600 runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONUNBUFFERED=1 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --basetemp=.pytest-tmp \
    --junitxml="$out/holdout-68.xml" >> "$log" 2>&1 || true
kill "$watcher" 2> /dev/null || true
stop_servers
rm -rf "$here/.pgdata" "$here/.servers" "$here/.pytest-tmp"
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold68/skywicker#g" -e "s#$here#/src/hold68/skywicker#g" "$log" "$out/holdout-68.xml"
