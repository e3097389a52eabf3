"""Settings of combwright, a beekeepers' cooperative's service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("COMBWRIGHT_PROVIDER_URL", "http://127.0.0.1:19811")
CLIENT_ID = os.environ.get("COMBWRIGHT_CLIENT_ID", "combwright-depot")
CLIENT_SECRET = os.environ.get("COMBWRIGHT_CLIENT_SECRET", "depot-secret")
TOKEN_SECRET = os.environ.get("COMBWRIGHT_TOKEN_SECRET", "")
TOKEN_AUDIENCE = "combwright-buyer"
LEDGER_DSN = os.environ.get("COMBWRIGHT_LEDGER_DSN",
                            "postgresql://combwright@127.0.0.1:19810/combwright?connect_timeout=2")
POOLER_DSN = os.environ.get("COMBWRIGHT_POOLER_DSN",
                            "postgresql://combwright@127.0.0.1:19820/combwright?connect_timeout=2")
REPLICA_DSN = os.environ.get("COMBWRIGHT_REPLICA_DSN",
                             "postgresql://combwright@127.0.0.1:19812/combwright?connect_timeout=2")
REPORTS_DSN = os.environ.get("COMBWRIGHT_REPORTS_DSN",
                             "postgresql://combwright@127.0.0.1:19810/combwright_reports?connect_timeout=2")
STATEMENT_TIMEOUT_MS = int(os.environ.get("COMBWRIGHT_STATEMENT_TIMEOUT_MS", "1000"))
LOCK_TIMEOUT_MS = int(os.environ.get("COMBWRIGHT_LOCK_TIMEOUT_MS", "200"))
ORDERS_POOL = int(os.environ.get("COMBWRIGHT_ORDERS_POOL", "2"))
REDIS_URL = os.environ.get("COMBWRIGHT_REDIS_URL", "redis://127.0.0.1:19814/0")
GATEWAY_URL = os.environ.get("COMBWRIGHT_GATEWAY_URL", "http://hives.combwright.internal:8080")
LAB_URL = os.environ.get("COMBWRIGHT_LAB_URL", "http://127.0.0.1:19815")
LAB_KEY = os.environ.get("COMBWRIGHT_LAB_KEY", "lab-key")
COURIER_URL = os.environ.get("COMBWRIGHT_COURIER_URL", "http://127.0.0.1:19816")
LABEL_TOOL = os.environ.get("COMBWRIGHT_LABEL_TOOL", "zint")
EXPORT_DIR = os.environ.get("COMBWRIGHT_EXPORT_DIR", "/var/lib/combwright/exports")
