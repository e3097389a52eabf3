"""Settings of wardbook, read from the environment with the defaults the team's laptops use."""
import os

EHR_URL = os.environ.get("WARDBOOK_EHR_URL", "http://127.0.0.1:18431")
PAS_URL = os.environ.get("WARDBOOK_PAS_URL", "pas.wardbook.test:8443/api")
REFERRALS_PATH = os.environ.get("WARDBOOK_REFERRALS_PATH", "/api/v1/referrals")
CA_BUNDLE = os.environ.get("WARDBOOK_CA_BUNDLE", "/etc/wardbook/ca.pem")
SENTINELS = [("127.0.0.1", int(os.environ.get("WARDBOOK_SENTINEL_PORT", "26390")))]
REDIS_SERVICE = os.environ.get("WARDBOOK_REDIS_SERVICE", "wardbook")
REPLICA_DSN = os.environ.get("WARDBOOK_REPLICA_DSN", "host=127.0.0.1 port=55439 dbname=wardbook user=wardbook connect_timeout=2")
DB_USER = os.environ.get("WARDBOOK_DB_USER", "wardbook")
DB_PASSWORD = os.environ.get("WARDBOOK_DB_PASSWORD", "wardbook")
DB_NAME = os.environ.get("WARDBOOK_DB_NAME", "wardbook_test")
SESSION_KEY = os.environ.get("WARDBOOK_SESSION_KEY", "dev-session-key")
JWT_AUDIENCE = os.environ.get("WARDBOOK_JWT_AUDIENCE", "wardbook-api")
OAUTH_CLIENT_ID = os.environ.get("WARDBOOK_OAUTH_CLIENT_ID", "wardbook-dev")
LETTERS_DIR = os.environ.get("WARDBOOK_LETTERS_DIR", "/var/lib/wardbook/letters")
SPOOL_DIR = os.environ.get("WARDBOOK_SPOOL_DIR", "/srv/wardbook/spool")
LETTER_LOCALE = os.environ.get("WARDBOOK_LETTER_LOCALE", "en_GB.UTF-8")
ALLOWED_NETWORKS = os.environ.get("WARDBOOK_ALLOWED_NETWORKS", "10.20.0.0/16,10.30.0.0/33")
FACILITY = os.environ.get("WARDBOOK_FACILITY", "WARDBOOK-DEV")
S3_BUCKET = os.environ.get("WARDBOOK_S3_BUCKET", "wardbook-letters-dev")
SITE_AVAILABILITY = {
    "st-marys": ("127.0.0.1", int(os.environ.get("WARDBOOK_ST_MARYS_PORT", "18441"))),
    "royal-free": ("127.0.0.1", int(os.environ.get("WARDBOOK_ROYAL_FREE_PORT", "18442"))),
}
CLINICS_FILE = os.environ.get("WARDBOOK_CLINICS_FILE", os.path.join(os.path.dirname(__file__), "clinics.toml"))


def mode():
    return os.environ.get("WARDBOOK_MODE", "normal")
