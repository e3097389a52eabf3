"""Settings of pawstay, a dog-boarding chain's service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("PAWSTAY_PROVIDER_URL", "http://127.0.0.1:19501")
CLIENT_ID = os.environ.get("PAWSTAY_CLIENT_ID", "pawstay-desk")
CLIENT_SECRET = os.environ.get("PAWSTAY_CLIENT_SECRET", "")
REDIS_URL = os.environ.get("PAWSTAY_REDIS_URL", "redis://127.0.0.1:19502/0")
PETS_DSN = os.environ.get("PAWSTAY_PETS_DSN", "postgresql://pawstay@127.0.0.1:19503/pets?connect_timeout=2")
VET_URL = os.environ.get("PAWSTAY_VET_URL", "http://127.0.0.1:19504")
SMS_URL = os.environ.get("PAWSTAY_SMS_URL", "http://127.0.0.1:19505")
CAMERA_URL = os.environ.get("PAWSTAY_CAMERA_URL", "ws://127.0.0.1:19506/pens")
OUTBOUND_PROXY = os.environ.get("PAWSTAY_PROXY", "http://127.0.0.1:19507")
KENNEL_HOST = os.environ.get("PAWSTAY_KENNEL_HOST", "kennels.pawstay.internal")
SESSION_SECRET = os.environ.get("PAWSTAY_SESSION_SECRET", "dev-session-secret")
SESSION_AUDIENCE = "pawstay-owners"
SIGNING_KEY_FILE = os.environ.get("PAWSTAY_SIGNING_KEY", "/etc/pawstay/session-signing.pem")
LEDGER_POOL_SIZE = int(os.environ.get("PAWSTAY_LEDGER_POOL", "2"))
REPORT_DIR = os.environ.get("PAWSTAY_REPORT_DIR", "/var/lib/pawstay/reports")
LABEL_TOOL = os.environ.get("PAWSTAY_LABEL_TOOL", "glabels-3-batch")
