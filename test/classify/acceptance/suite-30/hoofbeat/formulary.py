"""Drug prices and stock levels from the wholesaler, cached (Redis between workers, files or memory on one)."""
from cachelib import FileSystemCache, RedisCache, SimpleCache

from hoofbeat import settings


def redis_cache():
    host_port = settings.REDIS_URL.split("//")[1].split("/")[0]
    host, port = host_port.split(":")
    return RedisCache(host=host, port=int(port), key_prefix="formulary:", default_timeout=300)


def file_cache():
    return FileSystemCache(settings.CACHE_DIR, threshold=500, default_timeout=300)


def memory_cache():
    return SimpleCache(threshold=settings.CACHE_THRESHOLD, default_timeout=settings.CACHE_TTL)


def price(cache, drug, fetch):
    cached = cache.get(drug)
    if cached is None:
        cached = fetch(drug)
        cache.set(drug, cached)
    return cached
