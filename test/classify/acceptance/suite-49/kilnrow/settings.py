import os

REDIS_HOST = os.environ.get("KILNROW_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("KILNROW_REDIS_PORT", "16391"))
IDP_URL = os.environ.get("KILNROW_IDP_URL", "http://127.0.0.1:18093")
CARDS_URL = os.environ.get("KILNROW_CARDS_URL", "http://127.0.0.1:18094")
KILN_HOST = os.environ.get("KILNROW_KILN_HOST", "kiln-3.studio.invalid")
TOKEN_SECRET = os.environ.get("KILNROW_TOKEN_SECRET", "")
TOKEN_TTL = int(os.environ.get("KILNROW_TOKEN_TTL", "900"))
GLAZE_CACHE_TTL = float(os.environ.get("KILNROW_GLAZE_TTL", "0.5"))
DB_PATH = os.environ.get("KILNROW_DB_PATH", "/var/lib/kilnrow/bookings.db")
