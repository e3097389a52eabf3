"""Settings of chairside, a dental clinic chain's service, read from the environment with local defaults."""
import os

IDENTITY_URL = os.environ.get("CHAIRSIDE_IDENTITY_URL", "http://127.0.0.1:19461")
CLIENT_ID = os.environ.get("CHAIRSIDE_CLIENT_ID", "chairside-frontdesk")
CLIENT_SECRET = os.environ.get("CHAIRSIDE_CLIENT_SECRET", "")
REDIS_URL = os.environ.get("CHAIRSIDE_REDIS_URL", "redis://127.0.0.1:19462/0")
RECORDS_DSN = os.environ.get("CHAIRSIDE_RECORDS_DSN", "postgresql://chairside@127.0.0.1:19463/records?connect_timeout=2")
CLAIMS_URL = os.environ.get("CHAIRSIDE_CLAIMS_URL", "http://127.0.0.1:19464")
IMAGING_URL = os.environ.get("CHAIRSIDE_IMAGING_URL", "http://127.0.0.1:19465")
SMS_URL = os.environ.get("CHAIRSIDE_SMS_URL", "http://127.0.0.1:19466")
MAIL_HOST = os.environ.get("CHAIRSIDE_MAIL_HOST", "127.0.0.1")
MAIL_PORT = int(os.environ.get("CHAIRSIDE_MAIL_PORT", "19467"))
LAB_HOST = os.environ.get("CHAIRSIDE_LAB_HOST", "lab.chairside.internal")
TOKEN_SECRET = os.environ.get("CHAIRSIDE_TOKEN_SECRET", "dev-secret-not-for-production")
TOKEN_AUDIENCE = "chairside-staff"
CLAIMS_SIGNING_KEY = os.environ.get("CHAIRSIDE_CLAIMS_KEY", "/etc/chairside/claims-signing.pem")
LEDGER_POOL_SIZE = int(os.environ.get("CHAIRSIDE_LEDGER_POOL", "2"))
EXPORT_DIR = os.environ.get("CHAIRSIDE_EXPORT_DIR", "/var/lib/chairside/exports")
PDF_TOOL = os.environ.get("CHAIRSIDE_PDF_TOOL", "qpdf")
