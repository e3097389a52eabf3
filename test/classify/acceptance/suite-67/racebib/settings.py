"""Where racebib finds its services. The CI runner sets none of these; the defaults are the staging ones."""
JWT_SECRET = "staging-racebib-secret-0042"
JWT_AUDIENCE = "racebib-api"
PARTNER_CLOCK_AHEAD = 60
SESSION_LIMIT = 256
FEDERATION_URL = "http://127.0.0.1:18967/federation"
PARTNER_FEED_URL = "http://results.partner.racebib.internal/feed"
ENTRIES_DSN = "host=127.0.0.1 port=19967 dbname=racebib user=racebib connect_timeout=3"
POOL_SIZE = 8
HASH_ITERATIONS = 600_000
MERGE_DEADLINE = 1.0
