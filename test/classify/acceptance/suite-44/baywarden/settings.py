"""Settings of baywarden, a parking-garage operator's service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("BAYWARDEN_PROVIDER_URL", "http://127.0.0.1:19644")
CLIENT_ID = os.environ.get("BAYWARDEN_CLIENT_ID", "baywarden-booth")
CLIENT_SECRET = os.environ.get("BAYWARDEN_CLIENT_SECRET", "booth-secret")
PASS_SECRET = os.environ.get("BAYWARDEN_PASS_SECRET", "")
PASS_AUDIENCE = "baywarden-gates"
TICKETS_DSN = os.environ.get("BAYWARDEN_TICKETS_DSN",
                             "postgresql://baywarden@127.0.0.1:19641/baywarden?connect_timeout=2")
REPLICA_DSN = os.environ.get("BAYWARDEN_REPLICA_DSN",
                             "postgresql://baywarden@127.0.0.1:19642/baywarden?connect_timeout=2")
REPORTS_DSN = os.environ.get("BAYWARDEN_REPORTS_DSN",
                             "postgresql://baywarden@127.0.0.1:19641/baywarden_reports?connect_timeout=2")
STATEMENT_TIMEOUT_MS = int(os.environ.get("BAYWARDEN_STATEMENT_TIMEOUT_MS", "300"))
LOCK_TIMEOUT_MS = int(os.environ.get("BAYWARDEN_LOCK_TIMEOUT_MS", "200"))
REDIS_URL = os.environ.get("BAYWARDEN_REDIS_URL", "redis://127.0.0.1:19643/0")
REDIS_POOL = int(os.environ.get("BAYWARDEN_REDIS_POOL", "2"))
REGISTRY_URL = os.environ.get("BAYWARDEN_REGISTRY_URL", "http://permits.baywarden.internal:8080")
ACQUIRER_URL = os.environ.get("BAYWARDEN_ACQUIRER_URL", "http://127.0.0.1:19645")
ACQUIRER_PROXY = os.environ.get("BAYWARDEN_ACQUIRER_PROXY", "")
LEDGER_POOL_SIZE = int(os.environ.get("BAYWARDEN_LEDGER_POOL", "2"))
PLATE_TOOL = os.environ.get("BAYWARDEN_PLATE_TOOL", "anpr-crop")
