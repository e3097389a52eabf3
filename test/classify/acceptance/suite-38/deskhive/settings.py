"""Settings of deskhive, a coworking chain's member service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("DESKHIVE_PROVIDER_URL", "http://127.0.0.1:19481")
CLIENT_ID = os.environ.get("DESKHIVE_CLIENT_ID", "deskhive-web")
CLIENT_SECRET = os.environ.get("DESKHIVE_CLIENT_SECRET", "")
REDIRECT_URI = os.environ.get("DESKHIVE_REDIRECT_URI", "https://members.deskhive.example/callback")
REDIS_URL = os.environ.get("DESKHIVE_REDIS_URL", "redis://127.0.0.1:19482/0")
MEMBERS_DSN = os.environ.get("DESKHIVE_MEMBERS_DSN", "postgresql://deskhive@127.0.0.1:19483/members?connect_timeout=2")
DOORS_URL = os.environ.get("DESKHIVE_DOORS_URL", "http://127.0.0.1:19484")
PRINT_URL = os.environ.get("DESKHIVE_PRINT_URL", "http://127.0.0.1:19485")
BADGE_HOST = os.environ.get("DESKHIVE_BADGE_HOST", "badges.deskhive.internal")
SESSION_SECRET = os.environ.get("DESKHIVE_SESSION_SECRET", "dev-session-secret")
SESSION_AUDIENCE = "deskhive-members"
SIGNING_KEY_FILE = os.environ.get("DESKHIVE_SIGNING_KEY", "/etc/deskhive/session-signing.pem")
TOKEN_LEEWAY = int(os.environ.get("DESKHIVE_TOKEN_LEEWAY", "0"))
LEDGER_POOL_SIZE = int(os.environ.get("DESKHIVE_LEDGER_POOL", "2"))
SCAN_BUFFER_BYTES = int(os.environ.get("DESKHIVE_SCAN_BUFFER", str(1 << 44)))
THUMBNAIL_MEMORY = int(os.environ.get("DESKHIVE_THUMBNAIL_MEMORY", str(64 * 1024 * 1024)))
REPORT_DIR = os.environ.get("DESKHIVE_REPORT_DIR", "/var/lib/deskhive/reports")
PDF_TOOL = os.environ.get("DESKHIVE_PDF_TOOL", "gs")
