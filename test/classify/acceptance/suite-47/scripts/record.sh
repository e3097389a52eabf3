#!/bin/sh
# Records the acceptance run of rinsewell (../holdout-47.log, ../holdout-47.xml) with Debian's pytest 7.2,
# pytest-timeout 2.1 and pytest-rerunfailures 10.2 on Python 3.11, with the Debian packages the suite imports
# (apt-get install python3-pytest python3-pytest-timeout python3-pytest-rerunfailures python3-requests
# python3-urllib3 python3-httpx python3-tenacity python3-redis python3-psycopg2 python3-sqlalchemy python3-jwt
# python3-flask python3-pydantic python3-yaml; nothing else). No Redis and no PostgreSQL run, the identity
# provider on its configured port goes down after two sign-ins, and the *.rinsewell.internal names do not
# resolve: the night's outage. Run as root from a copy of this folder: the suite runs as the unprivileged user
# nobody, with an empty environment, and with files limited to 8 MB, open files to 1024 and processes
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
    --basetemp=.pytest-tmp --junitxml="$out/holdout-47.xml" > "$out/holdout-47.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold47/rinsewell#g" -e "s#$here#/src/hold47/rinsewell#g" "$out/holdout-47.log" "$out/holdout-47.xml"
