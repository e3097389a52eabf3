#!/bin/sh
# Records the acceptance run of combwright (../holdout-57.log, ../holdout-57.xml) with pytest 9.0.3 on Python 3.11
# (requests, joserfc and pydantic installed with it; pytest-benchmark and Hypothesis are its only plugins: no
# pytest-timeout, no pytest-rerunfailures), the team's command `-v --tb=short` with `--junitxml`. The shared hive
# cache does not run on its configured port for the whole run; the suite's session fixtures start a memcached-protocol
# cache of 256 KiB that evicts its oldest keys, an image cache of 256 KiB that refuses rather than evicts (memcached's
# -M), a session store that keeps 64 keys, and the association's identity provider on its configured port, which
# answers 429 past ten token requests a second. The met feed does not run on its configured port, and the forage map's
# in-cluster name does not resolve. Run as root from a copy of this folder: the suite runs as the unprivileged user
# nobody, with an empty environment, and with files limited to 8 MB, open files to 1024 and processes (threads) to 150
# as on the CI runners (prlimit). PYTHON must be an install that user can read (its lib/ is given on LD_LIBRARY_PATH,
# for its libpython), and SITE its site-packages (given on PYTHONPATH, so that no .pth file of the install runs).
# pytest's temporary folders go under the copy (--basetemp), so that no path of the machine is left once the copy's
# path is replaced.
#   PYTHON=/path/to/python3.11 SITE=/path/to/site-packages sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
python=${PYTHON:?the python3.11 that has pytest 9}
site=${SITE:?the site-packages of that python}
lib=$(dirname "$(dirname "$python")")/lib
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 300 prlimit --fsize=8000000 --nofile=1024 --nproc=150 -- runuser -u nobody -- env -i PATH=/usr/bin:/bin \
    LANG=C.UTF-8 PYTHONHASHSEED=7 PYTHONPATH="$site" LD_LIBRARY_PATH="$lib" \
    "$python" -m pytest -v --tb=short -p no:cacheprovider --continue-on-collection-errors \
    --basetemp=.pytest-tmp --junitxml="$out/holdout-57.xml" > "$out/holdout-57.log" 2>&1 || true
# Machine paths become the recording folder's, and the interpreter's prefix a usual one.
prefix=$(dirname "$(dirname "$python")")
sed -i -e "s#$out#/src/hold57/combwright#g" -e "s#$here#/src/hold57/combwright#g" -e "s#$site#/usr/local/lib/python3.11/site-packages#g" \
    -e "s#$prefix#/usr/local#g" "$out/holdout-57.log" "$out/holdout-57.xml"
