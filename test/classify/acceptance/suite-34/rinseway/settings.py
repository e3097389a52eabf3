"""Settings of rinseway, a laundrette chain's service, read from the environment with local defaults."""
import os

IDENTITY_URL = os.environ.get("RINSEWAY_IDENTITY_URL", "http://127.0.0.1:19441")
REDIS_URL = os.environ.get("RINSEWAY_REDIS_URL", "redis://127.0.0.1:19442/0")
LEDGER_DSN = os.environ.get("RINSEWAY_LEDGER_DSN", "postgresql://rinseway@127.0.0.1:19443/ledger")
MONGO_URL = os.environ.get("RINSEWAY_MONGO_URL", "mongodb://127.0.0.1:19444/?serverSelectionTimeoutMS=300&connectTimeoutMS=300")
AMQP_URL = os.environ.get("RINSEWAY_AMQP_URL", "amqp://guest:guest@127.0.0.1:19445//")
SEARCH_URL = os.environ.get("RINSEWAY_SEARCH_URL", "http://127.0.0.1:19446")
S3_URL = os.environ.get("RINSEWAY_S3_URL", "http://127.0.0.1:19447")
RECEIPTS_BUCKET = os.environ.get("RINSEWAY_RECEIPTS_BUCKET", "rinseway-receipts")
TELEMETRY_HOST = os.environ.get("RINSEWAY_TELEMETRY_HOST", "telemetry.rinseway.internal")
TOKEN_AUDIENCE = "rinseway-app"
TOKEN_SECRET = os.environ.get("RINSEWAY_TOKEN_SECRET", "dev-secret-not-for-production")
SIGNING_KEY_FILE = os.environ.get("RINSEWAY_SIGNING_KEY", "/etc/rinseway/signing.pem")
LEDGER_POOL_SIZE = int(os.environ.get("RINSEWAY_LEDGER_POOL", "2"))
EXPORT_DIR = os.environ.get("RINSEWAY_EXPORT_DIR", "/var/lib/rinseway/exports")
