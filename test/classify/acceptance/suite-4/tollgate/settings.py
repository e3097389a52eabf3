"""Settings, from the environment with defaults for a developer's machine."""

import os


class MissingSetting(RuntimeError):
    pass


def require(name):
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"{name} is not set")
    return value


REDIS_URL = os.environ.get("TOLLGATE_REDIS_URL", "redis://127.0.0.1:6391/0")
POSTGRES_DSN = os.environ.get(
    "TOLLGATE_POSTGRES_DSN",
    "host=127.0.0.1 port=5499 dbname=ledger user=tollgate password=tollgate connect_timeout=2",
)
MONGO_URL = os.environ.get("TOLLGATE_MONGO_URL", "mongodb://127.0.0.1:27099/")
AMQP_HOST = os.environ.get("TOLLGATE_AMQP_HOST", "127.0.0.1")
AMQP_PORT = int(os.environ.get("TOLLGATE_AMQP_PORT", "5699"))
IDENTITY_URL = os.environ.get("TOLLGATE_IDENTITY_URL", "http://127.0.0.1:8597")
PARTNER_HOOK_PORT = int(os.environ.get("TOLLGATE_PARTNER_HOOK_PORT", "8599"))
RATES_URL = os.environ.get("TOLLGATE_RATES_URL", "http://127.0.0.1:8598/rates/latest")
SMTP_HOST = os.environ.get("TOLLGATE_SMTP_HOST", "127.0.0.1")
SMTP_PORT = int(os.environ.get("TOLLGATE_SMTP_PORT", "2599"))
SANDBOX_PORT = 8765
SANDBOX_URL = os.environ.get("TOLLGATE_SANDBOX_URL", f"https://127.0.0.1:{SANDBOX_PORT}")
SPOOL_PATH = os.environ.get("TOLLGATE_SPOOL_PATH", "/var/spool/tollgate/month.csv")
EXPORT_DIR = os.environ.get("TOLLGATE_EXPORT_DIR", "/srv/tollgate/exports")
TEMPLATES_DIR = os.environ.get("TOLLGATE_TEMPLATES", "/opt/tollgate/templates")
ARCHIVE_MODE = os.environ.get("TOLLGATE_ARCHIVE_MODE", "ro")
