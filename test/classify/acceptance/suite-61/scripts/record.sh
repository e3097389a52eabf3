#!/bin/sh
# Records the acceptance run of milkrun (../holdout-61.log, ../holdout-61.xml) with Debian's pytest 7.2 on Python
# 3.11, without pytest-xdist, the team's command `-v --tb=short` with `--junitxml`, and Debian's pytest-timeout 2.1
# (--timeout 5: a test still running after five seconds is stopped by its signal) and pytest-asyncio 0.20, with the
# Debian packages the suite imports (python3-pytest python3-pytest-timeout python3-pytest-asyncio python3-requests
# python3-redis python3-psycopg2 python3-jwt python3-pydantic python3-pymemcache). The cooperative's PostgreSQL, the
# readings' Redis and the drivers' identity provider do not run on their configured ports, and the regional
# laboratory's in-cluster name does not resolve; the suite's session fixtures start the stand-ins of
# tests/servers.py (the co-op's gateway refusing the service's expired client secret, the milk laboratory with one
# analyst and a 503 for batches over 20 samples, the depot's memcached keeping 128 items, a telemetry hub that never
# answers, the farm meters' hub answering after two seconds). Run as root from a copy of this folder: the suite runs
# as the unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files to 1024,
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
    /usr/bin/python3 -m pytest --timeout 5 -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --basetemp=.pytest-tmp --junitxml="$out/holdout-61.xml" \
    > "$out/holdout-61.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold61/milkrun#g" -e "s#$here#/src/hold61/milkrun#g" "$out/holdout-61.log" "$out/holdout-61.xml"
