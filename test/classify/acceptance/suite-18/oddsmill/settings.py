"""Settings, read from the environment with the defaults of a developer's machine."""
import os

FEED_URL = os.environ.get("ODDSMILL_FEED_URL", "http://127.0.0.1:18081")
AUTH_URL = os.environ.get("ODDSMILL_AUTH_URL", "http://127.0.0.1:18082")
SETTLE_URL = os.environ.get("ODDSMILL_SETTLE_URL", "http://127.0.0.1:18083")
MIRROR_HOST = os.environ.get("ODDSMILL_MIRROR_HOST", "odds-mirror.feeds.svc.cluster.local")
REDIS_URL = os.environ.get("ODDSMILL_REDIS_URL", "redis://127.0.0.1:16380/0")
PG_DSN = os.environ.get("ODDSMILL_PG_DSN", "host=127.0.0.1 port=15433 dbname=bets user=oddsmill password=oddsmill connect_timeout=2")
FEED_SECRET = os.environ.get("ODDSMILL_FEED_SECRET")
SHELF_PATH = os.environ.get("ODDSMILL_SHELF", "/var/cache/oddsmill/prices")
TIMEZONE = os.environ.get("ODDSMILL_TZ", "Europe/Londno")
LOCALE = os.environ.get("ODDSMILL_LOCALE", "en_GB.UTF-8")
FEED_TLS_NAME = "odds-feed.internal"
