"""Settings of milkrun, a dairy cooperative's milk-collection service, as the staging runner has them."""

# The cooperative's PostgreSQL (farms, collections, payouts, quality results).
DATABASE_URL = "postgresql://milkrun:milkrun@127.0.0.1:19670/milkrun"
# Tanker drivers sign in through the cooperative's identity provider.
IDP_URL = "http://127.0.0.1:19671"
# Farms' bulk-tank readings are cached in Redis.
REDIS_URL = "redis://127.0.0.1:19672/0"
# The cooperative's member gateway (farm register, payout rates), reached with the service's own client.
COOP_CLIENT_ID = "milkrun-staging"
COOP_CLIENT_SECRET = "milkrun-staging-2026-q3"
# Tanker tablets' tokens, signed by the tablets' issuer.
TABLET_SECRET = "tablet-issuer-2026-q3"
TOKEN_AUDIENCE = "milkrun"
# Seconds of clock difference allowed between a tablet and the service.
TOKEN_LEEWAY = 0
# Seconds a driver's shift token lives before the service mints the next one.
SHIFT_TOKEN_TTL = 2
# Route plans are kept in the depot's memcached for the day.
ROUTE_CACHE_TTL = 86400
# Seconds the price memo keeps a farm's milk price.
PRICE_MEMO_SECONDS = 300
# The regional milk-quality laboratory's API, inside the cluster.
REGION_LAB_URL = "http://milk-lab.region.svc.cluster.local:8080"
# Seconds any outbound HTTP request may take, and attempts on a 5xx before a call gives up.
HTTP_TIMEOUT = 0.5
HTTP_RETRIES = 2
# SQLite busy timeout for the depot's collection book.
SQLITE_TIMEOUT = 0.5
