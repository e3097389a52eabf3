"""Settings from the environment, with the defaults a developer's machine uses."""
import os

REDIS_URL = os.environ.get("HEDGEROW_REDIS_URL", "redis://127.0.0.1:19370/0")
DATABASE_URL = os.environ.get("HEDGEROW_DATABASE_URL", "postgresql://hedgerow:hedgerow@127.0.0.1:19371/hedgerow")
LEDGER_URL = os.environ.get("HEDGEROW_LEDGER_URL", "")
IDP_URL = os.environ.get("HEDGEROW_IDP_URL", "http://127.0.0.1:19372")
IDP_CLIENT_ID = os.environ.get("HEDGEROW_IDP_CLIENT_ID", "hedgerow-api")
IDP_CLIENT_SECRET = os.environ.get("HEDGEROW_IDP_CLIENT_SECRET", "")
SENSORS_URL = os.environ.get("HEDGEROW_SENSORS_URL", "http://127.0.0.1:19373")
SENSORS_HOST = os.environ.get("HEDGEROW_SENSORS_HOST", "sensors.hedgerow.internal")
MAIL_HOST = os.environ.get("HEDGEROW_MAIL_HOST", "127.0.0.1")
MAIL_PORT = int(os.environ.get("HEDGEROW_MAIL_PORT", "19374"))
JWT_KEY_FILE = os.environ.get("HEDGEROW_JWT_KEY_FILE", "/etc/hedgerow/jwt-signing.pem")
JWT_SECRET = os.environ.get("HEDGEROW_JWT_SECRET", "dev-secret-not-for-production")
EXPORT_DIR = os.environ.get("HEDGEROW_EXPORT_DIR", "/var/lib/hedgerow/exports")
PDF_TOOL = os.environ.get("HEDGEROW_PDF_TOOL", "wkhtmltopdf")
