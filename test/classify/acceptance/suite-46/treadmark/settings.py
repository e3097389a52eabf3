"""Settings of treadmark, a tyre-fitting chain's workshop bookings service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("TREADMARK_PROVIDER_URL", "http://127.0.0.1:19661")
CLIENT_ID = os.environ.get("TREADMARK_CLIENT_ID", "treadmark-bays")
CLIENT_SECRET = os.environ.get("TREADMARK_CLIENT_SECRET", "bays-secret")
TOKEN_SECRET = os.environ.get("TREADMARK_TOKEN_SECRET", "workshop-signing-secret")
TOKEN_AUDIENCE = "treadmark-bays"
BOOKINGS_DSN = os.environ.get("TREADMARK_BOOKINGS_DSN",
                              "postgresql://treadmark@127.0.0.1:19662/treadmark?connect_timeout=2")
REDIS_URL = os.environ.get("TREADMARK_REDIS_URL", "redis://127.0.0.1:19663/0")
SUPPLIER_URL = os.environ.get("TREADMARK_SUPPLIER_URL", "http://127.0.0.1:19664")
WHOLESALER_URL = os.environ.get("TREADMARK_WHOLESALER_URL", "http://stock.treadmark.internal:8080")
LEDGER_POOL_SIZE = int(os.environ.get("TREADMARK_LEDGER_POOL", "2"))
ALIGN_TOOL = os.environ.get("TREADMARK_ALIGN_TOOL", "wheel-align-report")
CURRENCY = os.environ.get("TREADMARK_CURRENCY", "GBP")
