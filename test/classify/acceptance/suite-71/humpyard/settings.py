"""The yard's settings, read once from the environment the service runs in."""
import os

EXPORT_DIR = os.environ.get("HUMPYARD_EXPORT_DIR", "/var/lib/humpyard/exports")
LEDGER_PATH = os.environ.get("HUMPYARD_LEDGER", "ledger.db")
SIGNAL_BOX_HOST = "127.0.0.1"
SIGNAL_BOX_PORT = int(os.environ.get("HUMPYARD_SIGNAL_BOX_PORT", "7411"))
SIGNAL_TIMEOUT = 0.5
LEDGER_TIMEOUT = 0.1
POOL_SIZE = 2
POOL_WAIT = 0.3
DISPATCH_WORKERS = 2
PLAN_DEADLINE = 1.0
HUMP_QUEUE_SIZE = 64
TOOL_DEADLINE = 0.5
SESSION_LIMIT = 256
LOGIN_SLOTS = 4
