"""Settings, read from the environment with the defaults of a developer's machine."""
import os

MYSQL_HOST = os.environ.get("MASHTUN_MYSQL_HOST", "127.0.0.1")
MYSQL_PORT = int(os.environ.get("MASHTUN_MYSQL_PORT", "13306"))
MYSQL_USER = os.environ.get("MASHTUN_MYSQL_USER", "mashtun")
MYSQL_DATABASE = os.environ.get("MASHTUN_MYSQL_DATABASE", "cellar")
MYSQL_REPORTING_HOST = os.environ.get("MASHTUN_MYSQL_REPORTING_HOST", "127.0.0.1")
MYSQL_REPORTING_PORT = os.environ.get("MASHTUN_MYSQL_REPORTING_PORT", "13307")

LINEAGE_URL = os.environ.get("MASHTUN_LINEAGE_URL", "bolt://127.0.0.1:17687")
LINEAGE_REPLICA_URL = os.environ.get("MASHTUN_LINEAGE_REPLICA_URL", "neo4j+sc://127.0.0.1:17688")

NATS_URL = os.environ.get("MASHTUN_NATS_URL", "nats://127.0.0.1:14222")

MEMCACHED = (os.environ.get("MASHTUN_MEMCACHED_HOST", "127.0.0.1"), int(os.environ.get("MASHTUN_MEMCACHED_PORT", "11311")))

PLC_HOST = os.environ.get("MASHTUN_PLC_HOST", "127.0.0.1")
PLC_PORT = int(os.environ.get("MASHTUN_PLC_PORT", "15020"))
CELLAR_PLCS = (("127.0.0.1", 15021), ("127.0.0.1", 15022))

EXCISE_API = os.environ.get("MASHTUN_EXCISE_API", "http://127.0.0.1:18090/v1")
EXCISE_API_KEY = os.environ.get("MASHTUN_EXCISE_API_KEY", "")
DISTRIBUTOR_TOKEN_URL = os.environ.get("MASHTUN_DISTRIBUTOR_TOKEN_URL", "http://127.0.0.1:18091/oauth/token")

LABEL_PRINTER = (os.environ.get("MASHTUN_LABEL_PRINTER", "zebra-01.cellar.internal"), 9100)

BADGE_KEY_FILE = os.environ.get("MASHTUN_BADGE_KEY_FILE", "/etc/mashtun/badge-ed25519.pem")
KEG_TRACKER_KEY = os.environ.get("MASHTUN_KEG_TRACKER_KEY", "6d61736874756e2d6b65672d747261636b65722d6b65792d323032352d303031")

EXPORT_MIN_FREE_GB = float(os.environ.get("MASHTUN_EXPORT_MIN_FREE_GB", "2048"))
KEGS_PATH = os.environ.get("MASHTUN_KEGS_PATH", "kegs.sqlite3")
