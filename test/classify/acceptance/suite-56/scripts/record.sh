#!/bin/sh
# Records the acceptance run of keeperlog (../holdout-56.log, ../holdout-56.xml) with Debian's pytest 7.2 on Python
# 3.11 under Debian's pytest-xdist 3.1 with three workers (-n 3, --dist loadscope), the team's command
# `-v --tb=short` with `--junitxml`, with the Debian packages the suite imports (python3-pytest python3-pytest-xdist
# python3-requests python3-redis python3-psycopg2 python3-sqlalchemy python3-jwt python3-pydantic). The animal
# records' PostgreSQL, Redis, the identity provider, the veterinary laboratory's API do not run on their configured
# ports, the feed supplier's in-cluster name does not resolve, and the weather feed (a fixture) accepts connections
# and never answers. Run as root from a copy of this folder: the suite runs as the unprivileged user nobody, with an
# empty environment, and with files limited to 8 MB, open files to 1024, processes (threads) to 150 and address space
# to 3 GB as on the CI runners (prlimit). pytest's temporary folders go under the copy (--basetemp), so that no path
# of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 600 prlimit --fsize=8000000 --nofile=1024 --nproc=150 --as=3000000000 -- runuser -u nobody -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -n 3 --dist loadscope -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --basetemp=.pytest-tmp --junitxml="$out/holdout-56.xml" \
    > "$out/holdout-56.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold56/keeperlog#g" -e "s#$here#/src/hold56/keeperlog#g" "$out/holdout-56.log" "$out/holdout-56.xml"
