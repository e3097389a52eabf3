"""Settings, from the environment (SPOKEWELL_*) with the operations team's defaults."""
import os

IDP_TOKEN_URL = os.environ.get("SPOKEWELL_IDP_TOKEN_URL", "http://127.0.0.1:18801/oauth/token")
IDP_CLIENT_ID = os.environ.get("SPOKEWELL_IDP_CLIENT_ID", "spokewell-fleet")
IDP_CLIENT_SECRET = os.environ.get("SPOKEWELL_IDP_CLIENT_SECRET", "fleet-dev-secret")
IDP_ALLOW_HTTP = os.environ.get("SPOKEWELL_IDP_ALLOW_HTTP", "1") == "1"
PARTNER_TOKEN_URL = os.environ.get("SPOKEWELL_PARTNER_TOKEN_URL", "http://127.0.0.1:18802/token")
API_URL = os.environ.get("SPOKEWELL_API_URL", "http://127.0.0.1:18806")
COORD_URL = os.environ.get("SPOKEWELL_COORD_URL", "redis://127.0.0.1:18803?socket_timeout=1")
ARCHIVE_COORD_URL = os.environ.get("SPOKEWELL_ARCHIVE_COORD_URL", "zookeper://127.0.0.1:2181")
COORD_FILE_URL = os.environ.get("SPOKEWELL_COORD_FILE_URL", "file:///run/spokewell/coord")
LOCK_DIR = os.environ.get("SPOKEWELL_LOCK_DIR", "/run/spokewell/locks")
LEDGER_URI = os.environ.get("SPOKEWELL_LEDGER_URI", "sqlite:///var/lib/spokewell/ledger.sqlite")
MYSQL_HOST = os.environ.get("SPOKEWELL_MYSQL_HOST", "127.0.0.1")
MYSQL_PORT = int(os.environ.get("SPOKEWELL_MYSQL_PORT", "18804"))
MYSQL_USER = os.environ.get("SPOKEWELL_MYSQL_USER", "billing")
MYSQL_PASSWORD = os.environ.get("SPOKEWELL_MYSQL_PASSWORD", "billing-dev")
DISPATCH_URL = os.environ.get("SPOKEWELL_DISPATCH_URL", "http://127.0.0.1:18805")
TELEMETRY_IFACE = os.environ.get("SPOKEWELL_TELEMETRY_IFACE", "wg0")
STATUS_TTL = os.environ.get("SPOKEWELL_STATUS_TTL", "30s")
