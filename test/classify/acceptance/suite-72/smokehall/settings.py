"""Where smokehall's servers are. The deployment sets these in the environment; the defaults are the ones in
the team's docker-compose file."""
import os


def _port(name, default):
    return int(os.environ.get(name, default))


DB_HOST = "127.0.0.1"
DB_PORT = _port("SMOKEHALL_DB_PORT", 27211)
DB_NAME = "smokehall"
DB_USER = "smokehall"
DB_PASSWORD = os.environ.get("SMOKEHALL_DB_PASSWORD", "kiln-2026")
# The tasting-notes reader, a streaming replica of the order book.
REPLICA_PORT = _port("SMOKEHALL_REPLICA_PORT", 27212)
# The analytics warehouse, shared with the nightly batch jobs.
ANALYTICS_PORT = _port("SMOKEHALL_ANALYTICS_PORT", 27213)
# The cold archive of closed smoking batches.
ARCHIVE_PORT = _port("SMOKEHALL_ARCHIVE_PORT", 27214)
REPORTS_USER = "reporter"
REPORTS_PASSWORD = "reports-2026"
AUDIT_USER = "auditor"
AUDIT_PASSWORD = os.environ.get("SMOKEHALL_AUDIT_PASSWORD", "audit-2025")
STATEMENT_TIMEOUT_MS = 150

SESSIONS_REDIS_URL = os.environ.get("SMOKEHALL_SESSIONS_URL", "redis://:sessions-2026@127.0.0.1:27221/0")
RATE_LIMIT_REDIS_URL = os.environ.get("SMOKEHALL_RATE_LIMIT_URL", "redis://127.0.0.1:27221/1")
CACHE_REDIS_URL = os.environ.get("SMOKEHALL_CACHE_URL", "redis://127.0.0.1:27222/0")
LEDGER_REDIS_URL = os.environ.get("SMOKEHALL_LEDGER_URL", "redis://127.0.0.1:27223/0")
FEED_REDIS_URL = os.environ.get("SMOKEHALL_FEED_URL", "redis://127.0.0.1:27224/0")
# The price-list writer: meant to be the primary cache, set to its read replica in this deployment.
PRICE_WRITER_URL = os.environ.get("SMOKEHALL_PRICE_WRITER_URL", "redis://127.0.0.1:27225/0")
PRICE_READER_URL = os.environ.get("SMOKEHALL_PRICE_READER_URL", "redis://127.0.0.1:27225/0")
MEMCACHED = ("127.0.0.1", _port("SMOKEHALL_MEMCACHED_PORT", 27231))

SESSION_TTL_S = 3600
LOCKOUT_AFTER = 5
