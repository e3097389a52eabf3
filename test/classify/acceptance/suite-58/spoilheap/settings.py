"""Settings of spoilheap, an archaeology unit's finds-registration service, as the staging runner has them."""

# The unit's PostgreSQL (finds register, context sheets of closed sites).
DATABASE_URL = "postgresql://spoilheap:spoilheap@127.0.0.1:55433/spoilheap"
# Trench status and finds counts are cached in Redis.
REDIS_URL = "redis://127.0.0.1:56380/0"
# The county's identity provider for finds officers' sign-in.
IDP_URL = "http://127.0.0.1:58091"
JWT_SECRET = "spoilheap-staging-secret"
# The audience the service signs into its tokens, and the one the API checks.
TOKEN_AUDIENCE = "spoilheap"
API_AUDIENCE = "spoilheap-api"
# The geological survey's borehole API, inside the cluster.
GEOLOGY_URL = "http://geology-survey.maps.svc.cluster.local:8080"
# Seconds any outbound HTTP request may take.
HTTP_TIMEOUT = 0.5
# The scan pipeline: workers and the queue in front of them.
SCAN_WORKERS = 4
SCAN_QUEUE = 8
# CPU seconds a mesh decimation job may use before the kernel stops it.
MESH_CPU_SECONDS = 1
# The mesh tool the unit's workstations have.
MESH_TOOL = "meshlabserver"
# Bytes of one point of a point cloud (x, y, z, intensity, rgb as doubles).
POINT_BYTES = 56
# Seconds a trench lock is waited for.
LOCK_WAIT = 1.0
# SQLite busy timeout for the site's context sheets.
SQLITE_TIMEOUT = 0.5
