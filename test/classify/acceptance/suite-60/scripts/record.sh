#!/bin/sh
# Records the acceptance run of pressline (../holdout-60.log, ../holdout-60.xml) with Debian's pytest 7.2 on Python
# 3.11 under Debian's pytest-xdist 3.1 with four workers (-n 4) and pytest-rerunfailures 10.2 (--reruns 2), the
# team's command `-v --tb=short` with `--junitxml`, with the Debian packages the suite imports (python3-pytest
# python3-pytest-xdist python3-pytest-rerunfailures python3-requests python3-redis python3-psycopg2 python3-jwt
# python3-pydantic). The cellar's PostgreSQL, the tank readings' Redis and the growers' cooperative's identity
# provider do not run on their configured ports, and the regional laboratory's in-cluster name does not resolve; the
# suite's session fixture starts the wine laboratory's stand-in (tests/servers.py: one analyst answering one sample at
# a time, a full panel after two seconds, a batch queue that answers 503 to a new batch's first three calls and to
# every batch over 20 samples, a sulphite report cut off by a reset). Run as root from a copy of this folder: the
# suite runs as the unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files
# to 1024, processes (threads) to 150 and address space to 3 GB as on the CI runners (prlimit). pytest's temporary
# folders go under the copy (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 600 prlimit --fsize=8000000 --nofile=1024 --nproc=150 --as=3000000000 -- runuser -u nobody -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -n 4 --reruns 2 -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --basetemp=.pytest-tmp --junitxml="$out/holdout-60.xml" \
    > "$out/holdout-60.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold60/pressline#g" -e "s#$here#/src/hold60/pressline#g" "$out/holdout-60.log" "$out/holdout-60.xml"
