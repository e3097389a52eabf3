"""Settings, read from the environment with the defaults of a developer's machine."""
import os

SSO_URL = os.environ.get("CUEWRIGHT_SSO_URL", "http://127.0.0.1:18291")
MT_URL = os.environ.get("CUEWRIGHT_MT_URL", "http://127.0.0.1:18292")
MT_FALLBACK_URL = os.environ.get("CUEWRIGHT_MT_FALLBACK_URL", "htps://mt-fallback.cuewright.example/v2")
MT_API_KEY = os.environ.get("CUEWRIGHT_MT_API_KEY", "changeme")
REDIS_URL = os.environ.get("CUEWRIGHT_REDIS_URL", "redis://127.0.0.1:16491/0")
RESULTS_REDIS_URL = os.environ.get("CUEWRIGHT_RESULTS_REDIS_URL", "redis+tls://127.0.0.1:16492/1")
PG_DSN = os.environ.get("CUEWRIGHT_PG_DSN", "host=127.0.0.1 port=15544 dbname=projects user=cuewright password=cuewright connect_timeout=2")
ARCHIVE_DSN = os.environ.get("CUEWRIGHT_ARCHIVE_DSN", "host=127.0.0.1 port=15544 dbname=archive sslmod=require")
TOKEN_KEY = os.environ.get("CUEWRIGHT_TOKEN_KEY", "dev-signing-key-0123456789abcdef")
TOKEN_ALGORITHMS = os.environ.get("CUEWRIGHT_TOKEN_ALGORITHMS", "RS256").split(",")
WEBHOOK_SECRET = os.environ.get("CUEWRIGHT_WEBHOOK_SECRET", "dev-webhook-secret")
STUDIO_TIMEZONE = os.environ.get("CUEWRIGHT_STUDIO_TIMEZONE", "Europe/Lisbn")
RENDER_DIR = os.environ.get("CUEWRIGHT_RENDER_DIR", "/var/lib/cuewright/renders")
MAX_CPS = 17
