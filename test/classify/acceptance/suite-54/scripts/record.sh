#!/bin/sh
# Records the acceptance run of lapwater (../holdout-54.log, ../holdout-54.xml) with Debian's pytest 7.2 and
# pytest-rerunfailures on Python 3.11, with the Debian packages the suite imports (python3-pytest
# python3-pytest-rerunfailures python3-requests python3-redis python3-psycopg2 python3-jwt python3-pydantic).
# The pools' Redis is started by the suite's session fixture on its configured port and is restarted after 30
# commands, not coming back before the run ends; the council's timetable service (a session fixture) answers every
# third request with a 503 and lists closures too slowly; the identity provider, PostgreSQL and the turnstile gateway
# do not run on their configured ports, and the chemistry feed's in-cluster name does not resolve. The network tests
# carry pytest-rerunfailures' flaky mark and are run once more when they fail (the team's `--reruns 1 --only-rerun`
# makes pytest-rerunfailures 10.2 stop the run with an INTERNALERROR at the first missing fixture: its reprcrash is
# read from a FixtureLookupErrorRepr, which has none, so the marks are used instead). Run as root from a copy of this
# folder: the suite runs as the unprivileged user nobody, with an empty environment, and with files limited to 8 MB,
# open files to 1024 and processes (threads) to 150 as on the CI runners (prlimit). pytest's temporary folders go
# under the copy (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 600 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-54.xml" > "$out/holdout-54.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold54/lapwater#g" -e "s#$here#/src/hold54/lapwater#g" "$out/holdout-54.log" "$out/holdout-54.xml"
