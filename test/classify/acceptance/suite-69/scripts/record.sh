#!/bin/sh
# Records the acceptance run of rindhall (../holdout-69.log, ../holdout-69.xml) with pytest 9.0.3 on Python 3.11 (its
# install also has PyYAML and cryptography), without xdist, the team's command `-v --tb=short` with `--junitxml`.
# Run as root (it mounts two small tmpfs) from a copy of this folder (its path becomes /src/hold69/rindhall, the path
# the recording names). What the run's machine is made of, all set up here and taken down at the end:
# - TLS material made by scripts/certs.py under .run/certs, and five `openssl s_server -www` on free ports: a good
#   peer, one whose certificate has expired, one whose certificate names another host (the grading feed), one from a
#   CA the cave does not trust (the dairy board), one that requires a client certificate (the mongers' portal);
# - .run/spill, a 64 KiB tmpfs (exports fill it); .run/readonly, a tmpfs holding the ledger's copy and the cache's
#   spill folder, remounted read-only;
# - no time zone data (PYTHONTZPATH names an empty folder, as on a slim image without tzdata), no fr_FR locale;
# - the environment: RINDHALL_TOKEN_TTL=15m, RINDHALL_WORKERS=auto, RINDHALL_SIGNING_KEY unset, and the peers'
#   ports; the webhook listener's port is the good peer's, already taken.
#   PYTHON=/path/to/python3.11 sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: PYTHON=/path/to/python3.11 sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9}
mkdir -p "$out" .run/spill .run/readonly .run/zoneinfo .run/exports
"$python" scripts/certs.py .run/certs
mount -t tmpfs -o size=64k rindhall-spill .run/spill
mount -t tmpfs -o size=1m rindhall-readonly .run/readonly
mkdir .run/readonly/spill
"$python" -c "
import sqlite3
conn = sqlite3.connect('.run/readonly/ledger.db')
conn.executescript(open('rindhall/db.py').read().split('\"\"\"')[3])
conn.executemany('insert into wheels (kind, made, cave) values (?, ?, ?)', [('comte', '2025-07-01', 'c1'), ('bleu', '2026-01-10', 'c2'), ('tomme', '2026-02-01', 'c1')])
conn.commit()
"
mount -o remount,ro .run/readonly
set -- $("$python" -c "
import socket
socks = [socket.socket() for _ in range(5)]
for s in socks:
    s.bind(('127.0.0.1', 0))
print(*[s.getsockname()[1] for s in socks])
")
good=$1 expired=$2 grading=$3 board=$4 portal=$5
pids=
serve() {
    port=$1 name=$2
    shift 2
    openssl s_server -www -quiet -accept "$port" -cert ".run/certs/$name.pem" -key ".run/certs/$name.key" "$@" \
        < /dev/null > /dev/null 2>&1 &
    pids="$pids $!"
}
serve "$good" good
serve "$expired" expired
serve "$grading" othername
serve "$board" unknownca
serve "$portal" good -Verify 1 -CAfile .run/certs/rindhall-ca.pem
for port in $good $expired $grading $board $portal; do
    "$python" -c "
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(('127.0.0.1', $port), timeout=1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(1)
"
done
timeout 300 env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONTZPATH="$here/.run/zoneinfo" \
    RINDHALL_TOKEN_TTL=15m RINDHALL_WORKERS=auto RINDHALL_GOOD_PORT="$good" RINDHALL_EXPIRED_PORT="$expired" \
    RINDHALL_GRADING_PORT="$grading" RINDHALL_BOARD_PORT="$board" RINDHALL_PORTAL_PORT="$portal" \
    RINDHALL_WEBHOOK_PORT="$good" \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --basetemp=.pytest-tmp \
    --junitxml="$out/holdout-69.xml" > "$out/holdout-69.log" 2>&1 || true
kill $pids
umount .run/spill .run/readonly
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold69/rindhall#g" -e "s#$here#/src/hold69/rindhall#g" -e "s#$prefix#/usr/local#g" \
    "$out/holdout-69.log" "$out/holdout-69.xml"
