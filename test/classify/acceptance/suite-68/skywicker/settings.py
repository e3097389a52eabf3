"""Where skywicker's servers are: the flight book's PostgreSQL, the manifest cache's Redis, the weather memcached."""

DB_HOST = "127.0.0.1"
DB_PORT = 19968
DB_NAME = "skywicker"
DB_USER = "skywicker"
REDIS_HOST = "127.0.0.1"
REDIS_PORT = 19868
MEMCACHED_HOST = "127.0.0.1"
MEMCACHED_PORT = 19768
JWT_SECRET = "skywicker-pilots-secret-key-for-tests-32b"
JWT_ISSUER = "skywicker"
SESSION_TTL = 3600
BASKET_CAPACITY_KG = 1200
MAX_PASSENGERS = 16
