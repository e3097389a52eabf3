#!/bin/sh
# Records ../time-zone-suite-9.log (pytest 9.0.3, a machine without time zone data: an empty PYTHONTZPATH and no
# tzdata package) and ../time-zone-suite-7.log (Debian's pytest 7.2.1 with Debian's tzdata) from a copy of this
# folder at /src/harbour, the interpreter's path rewritten to /usr/local.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rm -rf /src/harbour && mkdir -p /src/harbour && cp -r "$here/almanac" "$here/tests" "$here/pytest.ini" /src/harbour/
empty=$(mktemp -d)
cd /src/harbour
PYTHONTZPATH=$empty python3 -m pytest -v --tb=short -p no:cacheprovider > "$here/../time-zone-suite-9.log" 2>&1 || true
/usr/bin/python3 -m pytest -v --tb=short -p no:cacheprovider > "$here/../time-zone-suite-7.log" 2>&1 || true
prefix=$(python3 -c 'import sys; print(sys.base_prefix)')
sed -i "s#$prefix#/usr/local#g" "$here/../time-zone-suite-9.log" "$here/../time-zone-suite-7.log"
rmdir "$empty"
rm -rf /src/harbour
