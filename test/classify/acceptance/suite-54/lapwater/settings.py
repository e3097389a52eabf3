"""Where lapwater finds its services on the CI runners."""
import os

IDP_URL = "http://127.0.0.1:47311"
CACHE_HOST, CACHE_PORT = "127.0.0.1", 47312
TIMETABLE_URL = "http://127.0.0.1:47313"
TURNSTILE_HOST, TURNSTILE_PORT = "127.0.0.1", 47314
CHEMISTRY_FEED = "http://chemistry-feed.lapwater.svc.cluster.local:8080"
ARCHIVE_DB = "/var/lib/lapwater/archive.sqlite3"
RECEIPT_TOOL = "lpr-receipts"
TOKEN_AUDIENCE = "lapwater-api"
TIMEOUT = 0.5


def session_key():
    return os.environ.get("LAPWATER_SESSION_KEY", "dev-only-key")
