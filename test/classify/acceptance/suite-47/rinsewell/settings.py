"""Settings of rinsewell, a commercial laundry's hotel-linen service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("RINSEWELL_PROVIDER_URL", "http://127.0.0.1:19761")
CLIENT_ID = os.environ.get("RINSEWELL_CLIENT_ID", "rinsewell-vans")
CLIENT_SECRET = os.environ.get("RINSEWELL_CLIENT_SECRET", "vans-secret-2024")
TOKEN_SECRET = os.environ.get("RINSEWELL_TOKEN_SECRET", "laundry-signing-secret")
TOKEN_AUDIENCE = "rinsewell-vans"
SIGNING_KEY_FILE = os.environ.get("RINSEWELL_SIGNING_KEY", "/run/secrets/rinsewell-signing.pem")
ORDERS_DSN = os.environ.get("RINSEWELL_ORDERS_DSN", "postgresql://rinsewell@127.0.0.1:19762/rinsewell?connect_timeout=2")
REDIS_URL = os.environ.get("RINSEWELL_REDIS_URL", "redis://127.0.0.1:19763/0")
HOTELS_URL = os.environ.get("RINSEWELL_HOTELS_URL", "http://hotels.rinsewell.internal:8080")
ROUTES_URL = os.environ.get("RINSEWELL_ROUTES_URL", "http://routes.rinsewell.internal:8080")
LEDGER_POOL_SIZE = int(os.environ.get("RINSEWELL_LEDGER_POOL", "2"))
LABEL_TOOL = os.environ.get("RINSEWELL_LABEL_TOOL", "zebra-label")
