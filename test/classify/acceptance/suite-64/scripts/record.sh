#!/bin/sh
# Records the acceptance run of tramyard (../holdout-64.log, ../holdout-64.xml) with Debian's pytest 7.2 on Python
# 3.11 under Debian's pytest-xdist 3.1 with two workers (-n 2), the team's command `-v --tb=short` with `--junitxml`,
# with the Debian packages the suite imports (python3-pytest python3-pytest-xdist python3-requests python3-redis
# python3-psycopg2 python3-jwt). The fleet register's PostgreSQL, the line cache's Redis and the timetable feed do
# not run on their configured ports, and the signalling API's in-cluster name does not resolve; the suite's session
# fixture starts the stand-ins of tests/servers.py in each worker (the operator's identity provider, limiting token
# requests to 40 a second and issuing two-second tokens; the passenger information displays, one answering after
# 2.5 seconds and one resetting the connection; the vehicles' telemetry, whose older on-board units shut their side
# of the connection part-way through a frame). Run as root from a copy of this folder: the suite runs as the
# unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files to 1024,
# processes (threads) to 150 and address space to 3 GB as on the CI runners (prlimit). pytest's temporary folders go
# under the copy (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 600 prlimit --fsize=8000000 --nofile=1024 --nproc=150 --as=3000000000 -- runuser -u nobody -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -n 2 -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --basetemp=.pytest-tmp --junitxml="$out/holdout-64.xml" \
    > "$out/holdout-64.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold64/tramyard#g" -e "s#$here#/src/hold64/tramyard#g" "$out/holdout-64.log" "$out/holdout-64.xml"
