"""Settings from the environment, with the defaults a developer's machine uses."""
import os

REDIS_URL = os.environ.get("CLUTCHPOINT_REDIS_URL", "redis://127.0.0.1:19550/0")
DATABASE_DSN = os.environ.get("CLUTCHPOINT_DATABASE_DSN", "host=127.0.0.1 port=19551 dbname=clutchpoint user=clutchpoint password=clutchpoint connect_timeout=2")
IDP_URL = os.environ.get("CLUTCHPOINT_IDP_URL", "http://127.0.0.1:19552")
IDP_CLIENT_ID = os.environ.get("CLUTCHPOINT_IDP_CLIENT_ID", "clutchpoint-office")
IDP_CLIENT_SECRET = os.environ.get("CLUTCHPOINT_IDP_CLIENT_SECRET", "")
EXAMS_URL = os.environ.get("CLUTCHPOINT_EXAMS_URL", "http://127.0.0.1:19553")
EXAMS_HOST = os.environ.get("CLUTCHPOINT_EXAMS_HOST", "exam-slots.clutchpoint.internal")
SMS_URL = os.environ.get("CLUTCHPOINT_SMS_URL", "http://127.0.0.1:19554")
SMS_API_KEY = os.environ.get("CLUTCHPOINT_SMS_API_KEY", "")
JWT_SECRET = os.environ.get("CLUTCHPOINT_JWT_SECRET", "dev-only-secret")
JWT_KEY_FILE = os.environ.get("CLUTCHPOINT_JWT_KEY_FILE", "/etc/clutchpoint/jwt-private.pem")
EXPORT_DIR = os.environ.get("CLUTCHPOINT_EXPORT_DIR", "/var/lib/clutchpoint/exports")
LEDGER_POOL_SIZE = int(os.environ.get("CLUTCHPOINT_LEDGER_POOL_SIZE", "1"))
CERT_TOOL = os.environ.get("CLUTCHPOINT_CERT_TOOL", "qrencode")
