"""Settings of bagdrop, an airport's baggage-handling service, read from the environment with local defaults."""
import os

TAG_CACHE_URL = os.environ.get("BAGDROP_TAG_CACHE_URL", "redis://127.0.0.1:19521/0")
TAG_CACHE_TIMEOUT = float(os.environ.get("BAGDROP_TAG_CACHE_TIMEOUT", "0.5"))
BOARD_CACHE = (os.environ.get("BAGDROP_BOARD_HOST", "127.0.0.1"), int(os.environ.get("BAGDROP_BOARD_PORT", "19522")))
IDP_URL = os.environ.get("BAGDROP_IDP_URL", "http://127.0.0.1:19523")
TOKEN_AUDIENCE = os.environ.get("BAGDROP_TOKEN_AUDIENCE", "bagdrop-handlers")
TOKEN_SECRET = os.environ.get("BAGDROP_TOKEN_SECRET", "ramp-secret-0xA7")
FLIGHTS_URL = os.environ.get("BAGDROP_FLIGHTS_URL", "http://127.0.0.1:19525")
FLIGHTS_TIMEOUT = float(os.environ.get("BAGDROP_FLIGHTS_TIMEOUT", "0.3"))
SCANNER_HOST = os.environ.get("BAGDROP_SCANNER_HOST", "scanners.ramp.bagdrop.internal")
MANIFEST_DSN = os.environ.get("BAGDROP_MANIFEST_DSN", "host=127.0.0.1 port=19524 dbname=manifests user=bagdrop connect_timeout=1")
CLAIMS_DB = os.environ.get("BAGDROP_CLAIMS_DB", "claims.db")
SORTER_WORKERS = int(os.environ.get("BAGDROP_SORTER_WORKERS", "4"))
SCREENING_WORKERS = int(os.environ.get("BAGDROP_SCREENING_WORKERS", "2"))
TAG_TTL = int(os.environ.get("BAGDROP_TAG_TTL", "1"))
