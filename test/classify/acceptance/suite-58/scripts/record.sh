#!/bin/sh
# Records the acceptance run of spoilheap (../holdout-58.log, ../holdout-58.xml) with Debian's pytest 7.2 on Python
# 3.11 under Debian's pytest-xdist 3.1 with two workers (-n 2, --dist loadscope) and pytest-rerunfailures 10.2
# (--reruns 1), the team's command `-v --tb=short` with `--junitxml`, with the Debian packages the suite imports
# (python3-pytest python3-pytest-xdist python3-pytest-rerunfailures python3-requests
# python3-redis python3-psycopg2 python3-jwt python3-pydantic python3-cryptography). The finds register's
# PostgreSQL, the trench cache's Redis and the county's identity provider do not run on their configured ports, and
# the geological survey's in-cluster name does not resolve; the suite's session fixtures start the radiocarbon
# laboratory (one stand-in answering at once, one after two seconds; its queue refuses the first attempt of every
# batch and every batch over 20 samples with a 503), the map tiles over TLS under a staging CA (a current
# certificate, an expired one, one for another name), the museum's handover API (one resetting the connection 4 KB
# into a manifest) and the unit's outbound proxy (refusing the archive's host). Run as root from a copy of this
# folder: the suite runs as the unprivileged user nobody, with an empty environment, and with files limited to 8 MB,
# open files to 1024, processes (threads) to 150 and address space to 3 GB as on the CI runners (prlimit). pytest's
# temporary folders go under the copy (--basetemp), so that no path of the machine is left once the copy's path is
# replaced.
#   sh scripts/record.sh OUT
set -eu
here=$(pwd)
out=${1:?usage: sh scripts/record.sh OUT}
mkdir -p "$out"
chmod -R a+rwX "$here" "$out"
timeout 600 prlimit --fsize=8000000 --nofile=1024 --nproc=150 --as=3000000000 -- runuser -u nobody -- \
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONHASHSEED=7 \
    /usr/bin/python3 -m pytest -n 2 --dist loadscope --reruns 1 -v --tb=short -p no:cacheprovider \
    --continue-on-collection-errors --basetemp=.pytest-tmp --junitxml="$out/holdout-58.xml" \
    > "$out/holdout-58.log" 2>&1 || true
# Machine paths become the recording folder's.
sed -i -e "s#$out#/src/hold58/spoilheap#g" -e "s#$here#/src/hold58/spoilheap#g" "$out/holdout-58.log" "$out/holdout-58.xml"
