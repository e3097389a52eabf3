"""Settings of lampwatch, the coastal lighthouse authority's service."""

# The aids-to-navigation registry (PostgreSQL) and the beacon cache (Redis).
REGISTRY_DSN = "host=127.0.0.1 port=19981 dbname=lampwatch user=lampwatch connect_timeout=2"
BEACON_CACHE = ("127.0.0.1", 19982)
# The AIS receiver's line protocol.
AIS_RECEIVER = ("127.0.0.1", 19983)

# Filled in at start-up from the deployment (the stand-ins in the tests).
IDP_URL = "http://127.0.0.1:19984"
NOTICES_URL = "http://127.0.0.1:19985"
BUOY_HUB_URL = "http://127.0.0.1:19985/buoys"
TIDE_GAUGE_URL = "http://tide-gauge.coastal.internal:8080"

IDP_SECRET = "lighthouse-board-2026"
AUDIENCE = "lampwatch"
CLIENT_ID = "lampwatch"
MONITOR_CLIENT_ID = "lampwatch-monitor"

LOGBOOK_PATH = "logbook.sqlite"
LAMP_LOG_DIR = "lamp-logs"
EXPORT_DIR = "exports"
