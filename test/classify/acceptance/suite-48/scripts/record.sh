#!/bin/sh
# Records the acceptance run of tideshelf (../holdout-48.log, ../holdout-48.xml) with Debian's pytest 7.2,
# pytest-timeout 2.1 and pytest-rerunfailures 10.2 on Python 3.11, with the Debian packages the suite imports
# (apt-get install python3-pytest python3-pytest-timeout python3-pytest-rerunfailures python3-pytest-asyncio
# python3-requests python3-redis python3-pymemcache python3-sqlalchemy; nothing else). No Redis, no memcached
# and no auction house run on their configured ports: the night's outage. Run as root from a copy of this folder:
# the suite runs as the unprivileged user
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
    --basetemp=.pytest-tmp --junitxml="$out/holdout-48.xml" > "$out/holdout-48.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold48/tideshelf#g" -e "s#$here#/src/hold48/tideshelf#g" "$out/holdout-48.log" "$out/holdout-48.xml"
