#!/bin/sh
# Records the acceptance run of voltbay (../holdout-24.log, ../holdout-24.xml) with Debian's pytest 7.2 and
# pytest-timeout 2.1 on Python 3.11, with the Debian packages the suite imports (apt-get install python3-pytest
# python3-pytest-timeout python3-mysqldb python3-memcache python3-boltons python3-humanize python3-more-itertools
# python3-hyperlink python3-cryptography). Run as root from a copy of this folder: the suite runs as the
# unprivileged user nobody, with an empty environment, and with files limited to 8 MB, open files to 1024 and
# processes (threads) to 150 as on the CI runners (prlimit). pytest's temporary folders go under the copy
# (--basetemp), so that no path of the machine is left once the copy's path is replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:-/tmp/voltbay-run}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 120 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-24.xml" > "$out/holdout-24.log" 2>&1 || true
# Machine paths become the CI checkout's.
sed -i -e "s#$here#/home/ci/voltbay#g" -e "s#$out#/home/ci/voltbay#g" "$out/holdout-24.log" "$out/holdout-24.xml"
