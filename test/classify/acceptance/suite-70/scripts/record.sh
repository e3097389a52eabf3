#!/bin/sh
# Records the acceptance run of pontil (../holdout-70.log, ../holdout-70.xml) with Debian's pytest 7.2 on Python
# 3.11, without pytest-xdist but with Debian's pytest-rerunfailures 10.2 and `--reruns 2` (the team's answer to a
# flaky suite), the team's command `-v --tb=short` with `--junitxml`, with the Debian packages the suite imports
# (python3-pytest python3-pytest-rerunfailures python3-requests). Three peers of scripts/servers.py run on free
# ports the script picks and passes in the environment: the furnace controller (503 "warming up" to the first
# request for each reading), the gallery catalogue (slow to build its catalogue once) and the commission board.
# The commission board is started LATE, once pytest has reported two tests; the gallery is STOPPED once pytest has
# reported 101 (-v lines, unbuffered). No gifsicle is installed. Run as root from a copy of this folder: the
# servers and the suite run as the unprivileged user nobody, the suite with an empty environment, with files
# limited to 8 MB and open files to 256 (prlimit). pytest's temporary folders and TMPDIR go under the copy, so that
# no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
log="$out/holdout-70.log"
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
rm -rf "$here/.tmp" "$here/.pytest-tmp"
runuser -u nobody -- mkdir -p "$here/.tmp"
free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
furnace_port=$(free_port)
gallery_port=$(free_port)
commissions_port=$(free_port)
listen_port=$(free_port)
serve() {
    runuser -u nobody -- /usr/bin/python3 scripts/servers.py "$1" "$2" > /dev/null 2>&1 &
}
serve furnace "$furnace_port"
furnace=$!
serve gallery "$gallery_port"
gallery=$!
commissions=
sleep 1
: > "$log"
reported() {
    grep -c -E ' (PASSED|FAILED|ERROR) +\[' "$log" || true
}
# The commission board comes up late, the gallery goes away two thirds of the way in.
(
    while [ "$(reported)" -lt 2 ]; do sleep 0.02; done
    runuser -u nobody -- /usr/bin/python3 scripts/servers.py commissions "$commissions_port" > /dev/null 2>&1 &
    echo $! > "$here/.tmp/commissions.pid"
    while [ "$(reported)" -lt 101 ]; do sleep 0.02; done
    kill "$gallery" 2> /dev/null || true
    pkill -P "$gallery" 2> /dev/null || true
) &
watcher=$!
timeout 600 prlimit --fsize=8000000 --nofile=256 -- runuser -u nobody -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONUNBUFFERED=1 TMPDIR="$here/.tmp" \
    PONTIL_FURNACE_URL="http://127.0.0.1:$furnace_port" PONTIL_GALLERY_URL="http://127.0.0.1:$gallery_port" \
    PONTIL_COMMISSIONS_URL="http://127.0.0.1:$commissions_port" PONTIL_LISTEN_PORT="$listen_port" \
    /usr/bin/python3 -m pytest --reruns 2 -v --tb=short -p no:cacheprovider --basetemp=.pytest-tmp \
    --junitxml="$out/holdout-70.xml" >> "$log" 2>&1 || true
kill "$watcher" 2> /dev/null || true
[ ! -f "$here/.tmp/commissions.pid" ] || commissions=$(cat "$here/.tmp/commissions.pid")
for pid in $furnace $gallery $commissions; do
    pkill -P "$pid" 2> /dev/null || true
    kill "$pid" 2> /dev/null || true
done
rm -rf "$here/.tmp" "$here/.pytest-tmp"
# Machine paths and the free ports become the recording folder's and fixed ones.
sed -i -e "s#$out#/src/hold70/pontil#g" -e "s#$here#/src/hold70/pontil#g" \
    -e "s#127.0.0.1:$furnace_port#127.0.0.1:17001#g" -e "s#127.0.0.1:$gallery_port#127.0.0.1:17002#g" \
    -e "s#127.0.0.1:$commissions_port#127.0.0.1:17003#g" -e "s#port=$furnace_port#port=17001#g" \
    -e "s#port=$gallery_port#port=17002#g" -e "s#port=$commissions_port#port=17003#g" \
    "$log" "$out/holdout-70.xml"
