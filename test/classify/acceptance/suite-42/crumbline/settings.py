"""Settings of crumbline, a bakery chain's order and oven service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("CRUMBLINE_PROVIDER_URL", "http://127.0.0.1:19521")
CLIENT_ID = os.environ.get("CRUMBLINE_CLIENT_ID", "crumbline-till")
CLIENT_SECRET = os.environ.get("CRUMBLINE_CLIENT_SECRET", "till-secret")
COURIER_SECRET = os.environ.get("CRUMBLINE_COURIER_SECRET", "")
COURIER_ISSUER = "https://auth.crumbline.example/"
REDIS_URL = os.environ.get("CRUMBLINE_REDIS_URL", "redis://127.0.0.1:19522/0")
ORDERS_DSN = os.environ.get("CRUMBLINE_ORDERS_DSN", "postgresql://crumbline@127.0.0.1:19523/orders?connect_timeout=2")
MILL_URL = os.environ.get("CRUMBLINE_MILL_URL", "http://127.0.0.1:19524")
COURIER_URL = os.environ.get("CRUMBLINE_COURIER_URL", "http://127.0.0.1:19525")
OUTBOUND_PROXY = os.environ.get("CRUMBLINE_PROXY", "http://127.0.0.1:19526")
OVEN_HOST = os.environ.get("CRUMBLINE_OVEN_HOST", "ovens.crumbline.internal")
LEDGER_POOL_SIZE = int(os.environ.get("CRUMBLINE_LEDGER_POOL", "2"))
ARCHIVE_DIR = os.environ.get("CRUMBLINE_ARCHIVE_DIR", "/var/lib/crumbline/archive")
LABEL_TOOL = os.environ.get("CRUMBLINE_LABEL_TOOL", "zint")
PROBE_TOOL = os.environ.get("CRUMBLINE_PROBE_TOOL", "sleep")
