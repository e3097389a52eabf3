"""Settings of pressline, a winery's harvest-intake and cellar service, as the staging runner has them."""

# The cellar's PostgreSQL (tanks, barrels, bottling runs, excise returns).
DATABASE_URL = "postgresql://pressline:pressline@127.0.0.1:19660/pressline"
# Tank readings and the weighbridge's load counts are cached in Redis.
REDIS_URL = "redis://127.0.0.1:19662/0"
# The growers' cooperative's identity provider.
IDP_URL = "http://127.0.0.1:19661"
JWT_SECRET = "pressline-staging-secret"
TOKEN_AUDIENCE = "pressline"
# Seconds the weighbridge terminal's tokens live (a grower's delivery is a few minutes).
TERMINAL_TOKEN_TTL = 1
# The regional wine laboratory's API, inside the cluster.
REGION_LAB_URL = "http://wine-lab.region.svc.cluster.local:8080"
# Seconds any outbound HTTP request may take.
HTTP_TIMEOUT = 0.5
# Attempts on a 5xx before a call gives up.
HTTP_RETRIES = 2
# The press house's worker pool and the tank-sampling barrier.
PRESS_WORKERS = 8
SAMPLE_WAIT = 0.5
# Loads the weighbridge's queue holds before it refuses one.
WEIGHBRIDGE_QUEUE = 50
# SQLite busy timeout for the cellar book kept at the press house.
SQLITE_TIMEOUT = 0.5
# The label printer's batch tool.
LABEL_TOOL = "glabels-3-batch"
