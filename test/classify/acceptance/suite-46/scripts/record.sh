#!/bin/sh
# Records the acceptance run of treadmark (../holdout-46.log, ../holdout-46.xml) with Debian's pytest 7.2,
# pytest-timeout 2.1 and pytest-rerunfailures 10.2 on Python 3.11, with the Debian packages the suite imports
# (apt-get install python3-pytest python3-pytest-timeout python3-pytest-rerunfailures python3-requests
# python3-urllib3 python3-httpx python3-tenacity python3-redis python3-psycopg2 python3-sqlalchemy python3-jwt
# python3-flask python3-pydantic; nothing else). No Redis and no PostgreSQL run: the chain's database and the
# depots' cache are down on purpose. Run as root from a copy of this folder: the suite runs as the unprivileged
# user nobody, with an empty environment, and with files limited to 8 MB, open files to 1024 and processes
# (threads) to 150 as on the CI runners (prlimit). pytest's temporary folders go under the copy (--basetemp),
# so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-46.xml" > "$out/holdout-46.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold46/treadmark#g" -e "s#$here#/src/hold46/treadmark#g" "$out/holdout-46.log" "$out/holdout-46.xml"
