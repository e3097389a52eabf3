"""Settings, from the environment with the defaults a developer's laptop uses."""
import os

IDENTITY_URL = os.environ.get("STOWFOLD_IDENTITY_URL", "http://127.0.0.1:19701")
IDENTITY_CLIENT_ID = os.environ.get("STOWFOLD_CLIENT_ID", "stowfold-desk")
IDENTITY_CLIENT_SECRET = os.environ.get("STOWFOLD_CLIENT_SECRET", "")
JWT_KEY_FILE = os.environ.get("STOWFOLD_JWT_KEY_FILE", "/etc/stowfold/jwt-signing.pem")
JWT_AUDIENCE = "stowfold-desk"

REDIS_URL = os.environ.get("STOWFOLD_REDIS_URL", "redis://127.0.0.1:19702/0")
DATABASE_DSN = os.environ.get("STOWFOLD_DATABASE_DSN", "host=127.0.0.1 port=19703 dbname=stowfold user=stowfold connect_timeout=2")

# The in-house services the sites' hardware talks to, by their cluster names.
GATE_CONTROLLER_URL = os.environ.get("STOWFOLD_GATE_URL", "http://gate-controller.stowfold.internal:8080")
ACCESS_LOG_DSN = os.environ.get("STOWFOLD_ACCESS_LOG_DSN", "host=access-log.stowfold.internal dbname=access connect_timeout=2")
LOCK_CACHE_URL = os.environ.get("STOWFOLD_LOCK_CACHE_URL", "redis://lock-cache.stowfold.internal:6379/1")
CAMERA_FEED_URL = os.environ.get("STOWFOLD_CAMERA_URL", "http://cameras.stowfold.internal/api/v2")
INSURER_HOST = os.environ.get("STOWFOLD_INSURER_HOST", "cover.stowfold.internal")

PAYMENTS_URL = os.environ.get("STOWFOLD_PAYMENTS_URL", "http://127.0.0.1:19704")
PAYMENTS_TIMEOUT = 0.5
CA_BUNDLE = os.environ.get("STOWFOLD_CA_BUNDLE")  # None: the system's CAs

LEDGER_POOL_SIZE = int(os.environ.get("STOWFOLD_LEDGER_POOL", "1"))
LEDGER_POOL_TIMEOUT = 0.5
EXPORT_DIR = os.environ.get("STOWFOLD_EXPORT_DIR", "/var/lib/stowfold/exports")
SMS_API_KEY = os.environ.get("STOWFOLD_SMS_API_KEY")
