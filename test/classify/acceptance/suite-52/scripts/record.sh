#!/bin/sh
# Records the acceptance run of bagdrop (../holdout-52.log, ../holdout-52.xml) with Debian's pytest 7.2,
# pytest-timeout 2.1 and pytest-rerunfailures 10.2 on Python 3.11, with the Debian packages the suite imports
# (apt-get install python3-pytest python3-pytest-timeout python3-pytest-rerunfailures python3-requests
# python3-redis python3-pymemcache python3-psycopg2 python3-jwt; nothing else). The ramp's tag cache is started by
# the suite's session fixture on its configured port and goes away partway through the run, as it did during the
# night's run; the flight board cache (memcached), the identity provider, the manifest database (PostgreSQL) and
# the flight information service do not run on their configured ports, and the scanners' in-cluster name does not
# resolve. The tests the team knows to be flaky (the tag cache, races, a slow or resetting peer) carry
# pytest-rerunfailures' flaky mark and are run once more when they fail (a rerun is not timed by pytest-timeout:
# a hang is not marked). Run as root from a copy of this folder: the suite
# runs as the unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files to
# 256, processes (threads) to 150 and address space to 3 GB as on the CI runners (prlimit). pytest's temporary
# folders go under the copy (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 600 prlimit --fsize=8000000 --nofile=256 --nproc=150 --as=3000000000 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-52.xml" > "$out/holdout-52.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold52/bagdrop#g" -e "s#$here#/src/hold52/bagdrop#g" "$out/holdout-52.log" "$out/holdout-52.xml"
