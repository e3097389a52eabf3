"""Settings of keeperlog, a zoo's animal-care service, as the staging runner has them."""

# The animal records' PostgreSQL (keepers' notes, treatments).
DATABASE_URL = "postgresql://keeperlog:keeperlog@127.0.0.1:55432/keeperlog"
# Enclosure sensor readings are cached in Redis.
REDIS_URL = "redis://127.0.0.1:56379/0"
# The zoo's identity provider for keepers' sign-in.
IDP_URL = "http://127.0.0.1:58081"
JWT_SECRET = "keeperlog-staging-secret"
JWT_AUDIENCE = "keeperlog-api"
# The veterinary laboratory's results API and the feed supplier's ordering API.
VET_LAB_URL = "http://127.0.0.1:58082"
FEED_SUPPLIER_URL = "http://feed-supplier.orders.svc.cluster.local:8080"
WEATHER_URL = "http://127.0.0.1:58083"
HTTP_TIMEOUT = 0.5
# Observation log: a pool of SQLite connections shared by the keepers' tablets.
POOL_SIZE = 2
POOL_OVERFLOW = 0
POOL_TIMEOUT = 1
# Reads go to the records replica when it is no further behind than this.
REPLICA_LAG_LIMIT = 1.0
# Migrations applied to the local records database, in order.
MIGRATIONS = ["0001_animals.sql", "0002_enclosures.sql"]
# Seconds a lock on an enclosure or an animal is waited for.
LOCK_WAIT = 1.0
# SQLite busy timeout for the census database.
SQLITE_TIMEOUT = 0.5
# CPU seconds a render worker may use before the kernel stops it.
WORKER_CPU_SECONDS = 1
# Bytes of one thermal camera frame.
FRAME_BYTES = 4 * 1024 * 1024
