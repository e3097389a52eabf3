"""Settings, read from the environment with the defaults of a developer's machine."""
import os

PG_HOST = os.environ.get("MOORLINE_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("MOORLINE_PG_PORT", "15632"))
PG_USER = os.environ.get("MOORLINE_PG_USER", "moorline")
PG_DATABASE = os.environ.get("MOORLINE_PG_DATABASE", "moorline")

REDIS_URL = os.environ.get("MOORLINE_REDIS_URL", "redis://127.0.0.1:16392/0")
REDIS_LOCKS_URL = os.environ.get("MOORLINE_REDIS_LOCKS_URL", "redis://127.0.0.1:16392/16")

HARBOUR_API = os.environ.get("MOORLINE_HARBOUR_API", "http://127.0.0.1:18433/v2")
HARBOUR_API_KEY = os.environ.get("MOORLINE_HARBOUR_API_KEY", "dev-key")
WEATHER_URL = os.environ.get("MOORLINE_WEATHER_URL", "http://127.0.0.1:18434/obs")
TIDES_URL = os.environ.get("MOORLINE_TIDES_URL", "https://127.0.0.1:18435/tides")
TRACKS_HOST = os.environ.get("MOORLINE_TRACKS_HOST", "127.0.0.1")
TRACKS_PORTS = (18436, 18437)

SMTP_HOST = os.environ.get("MOORLINE_SMTP_HOST", "127.0.0.1")
SMTP_PORT = int(os.environ.get("MOORLINE_SMTP_PORT", "12526"))
SMTP_STARTTLS = os.environ.get("MOORLINE_SMTP_STARTTLS", "1") == "1"

S3_BUCKET = os.environ.get("MOORLINE_S3_BUCKET", "moorline-documents-prod")
S3_ENDPOINT = os.environ.get("MOORLINE_S3_ENDPOINT", "http://127.0.0.1:19000")

TOKEN_SECRET = os.environ.get("MOORLINE_TOKEN_SECRET", "dev-only-secret-change-me-0123456789")
TOKEN_ALGORITHMS = os.environ.get("MOORLINE_TOKEN_ALGORITHMS", "HS256").split(",")
PARTNER_KEY_FILE = os.environ.get("MOORLINE_PARTNER_KEY_FILE", "/etc/moorline/partner-es256.pem")

MMSI_PATTERN = os.environ.get("MOORLINE_MMSI_PATTERN", r"^(?P<mid>[2-7]\d{2})(?P<rest>\d{6}$")
REGISTRY_PATH = os.environ.get("MOORLINE_REGISTRY_PATH", "registry.sqlite3")
TIDE_GRID_STEP_SECONDS = int(os.environ.get("MOORLINE_TIDE_GRID_STEP", "1"))
WEBHOOK_SECRET = os.environ.get("MOORLINE_WEBHOOK_SECRET", "partner-webhook-dev-secret")
