#!/bin/sh
# Records the acceptance run of humpyard (../holdout-71.log, ../holdout-71.xml) with pytest 9.0.3 on Python 3.11
# under pytest-xdist 3.1 with two workers (-n 2; XDIST, a folder holding pytest-xdist and execnet, is given on
# PYTHONPATH) and pytest-timeout (installed beside pytest 9 in PYTHON's environment), the team's command
# `-v --tb=short` with `--junitxml`. The suite's faults are made real here and by the suite itself:
# - the shift exports go to a tmpfs of 64 KiB the script mounts (ENOSPC once it fills);
# - the hump's signal box is configured on a free port where nothing listens (HUMPYARD_SIGNAL_BOX_PORT);
# - each worker's session fixtures start a signal box (slow, resetting and flaky signals) and a wagon registry
#   (503, slow, 404) of tests/servers.py on free ports;
# - tests lower their worker's own limits (RLIMIT_AS, RLIMIT_NOFILE) as a small container would, kill a process-pool
#   worker with SIGKILL, hold SQLite's write lock from a second process, and run tools under a watchdog.
# Run as root (for the mount) from a copy of this folder: its path becomes /src/hold71/humpyard, the path the
# recording names. Files are limited to 8 MB and open files to 1024 (prlimit), with an empty environment and no
# PYTHONHASHSEED (each process hashes strings its own way). pytest's temporary folders go under the copy.
#   PYTHON=/path/to/python3.11 XDIST=/path/to/xdist sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9 and pytest-timeout}
xdist=${XDIST:?a folder holding pytest-xdist and execnet}
mkdir -p "$out"
rm -rf "$here/.pytest-tmp" "$here/.exports"
mkdir -p "$here/.exports"
mount -t tmpfs -o size=64k,mode=1777 humpyard-exports "$here/.exports"
trap 'umount "$here/.exports"; rmdir "$here/.exports"' EXIT
hump_port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
timeout 900 prlimit --fsize=8000000 --nofile=1024 -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    PYTHONPATH="$xdist" HUMPYARD_EXPORT_DIR="$here/.exports" HUMPYARD_SIGNAL_BOX_PORT="$hump_port" \
    "$python" -m pytest -n 2 -v --tb=short -p no:cacheprovider --basetemp=.pytest-tmp \
    --junitxml="$out/holdout-71.xml" > "$out/holdout-71.log" 2>&1 || true
rm -rf "$here/.pytest-tmp"
# Machine paths become the recording folder's and a usual interpreter's, the hump box's free port its default.
prefix=$("$python" -c 'import sys; print(sys.base_prefix)')
venv=$("$python" -c 'import sys; print(sys.prefix)')
sed -i -e "s#$out#/src/hold71/humpyard#g" -e "s#$here#/src/hold71/humpyard#g" \
    -e "s#$xdist#/usr/local/lib/python3.11/site-packages#g" -e "s#$venv#/usr/local#g" -e "s#$prefix#/usr/local#g" \
    -e "s#127.0.0.1', $hump_port)#127.0.0.1', 7411)#g" -e "s#port $hump_port#port 7411#g" \
    "$out/holdout-71.log" "$out/holdout-71.xml"
