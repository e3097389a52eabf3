"""spokewell-admin: the operations team's command line (docopt)."""
from docopt import docopt

USAGE = """spokewell-admin

Usage:
  spokewell-admin rebalance <from> <to> [--bikes=<n>] [--dry-run]
  spokewell-admin close-dock <dock> [--reason=<text>]

Options:
  --bikes=<n>      bikes to move [default: 5]
  --reason=<text>  why the dock closes [default: maintenance]
  --dry-run        print the job without sending it
"""


def parse(argv):
    args = docopt(USAGE, argv=argv)
    if args["rebalance"]:
        return {"action": "rebalance", "from": args["<from>"], "to": args["<to>"],
                "bikes": int(args["--bikes"]), "dry_run": args["--dryrun"]}
    return {"action": "close-dock", "dock": args["<dock>"], "reason": args["--reason"]}
