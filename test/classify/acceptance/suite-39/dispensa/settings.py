"""Settings from the environment, with the defaults a developer's machine uses."""
import os

REDIS_URL = os.environ.get("DISPENSA_REDIS_URL", "redis://127.0.0.1:19561/0")
DATABASE_DSN = os.environ.get("DISPENSA_DATABASE_DSN", "host=127.0.0.1 port=19562 dbname=dispensa user=dispensa connect_timeout=2")
IDP_URL = os.environ.get("DISPENSA_IDP_URL", "http://127.0.0.1:19563")
IDP_CLIENT_ID = os.environ.get("DISPENSA_IDP_CLIENT_ID", "dispensa-counter")
IDP_CLIENT_SECRET = os.environ.get("DISPENSA_IDP_CLIENT_SECRET", "")
WHOLESALER_URL = os.environ.get("DISPENSA_WHOLESALER_URL", "http://127.0.0.1:19564")
SIGNING_KEY_FILE = os.environ.get("DISPENSA_SIGNING_KEY_FILE", "/etc/dispensa/signing.key")
EXPORT_DIR = os.environ.get("DISPENSA_EXPORT_DIR", "/var/lib/dispensa/exports")
LEDGER_POOL_SIZE = int(os.environ.get("DISPENSA_LEDGER_POOL", "2"))
LABEL_PRINTER_TOOL = os.environ.get("DISPENSA_LABEL_TOOL", "lpr")
