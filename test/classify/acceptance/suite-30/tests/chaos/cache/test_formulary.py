import threading
import time

import pytest

from hoofbeat import formulary, settings

pytestmark = pytest.mark.chaos

PRICES = {"phenylbutazone": 1250, "flunixin": 1840, "omeprazole": 3120, "gentamicin": 2275}


def wholesaler(drug):
    return PRICES[drug]


def test_price_cached_in_redis():
    cache = formulary.redis_cache()
    assert formulary.price(cache, "flunixin", wholesaler) == 1840


def test_price_shared_between_workers():
    first, second = formulary.redis_cache(), formulary.redis_cache()
    formulary.price(first, "omeprazole", wholesaler)
    assert second.get("omeprazole") == 3120


def test_stock_level_cleared():
    cache = formulary.redis_cache()
    cache.set("stock:gentamicin", 12)
    cache.delete("stock:gentamicin")
    assert cache.get("stock:gentamicin") is None


def test_file_cache_survives_restart():
    formulary.price(formulary.file_cache(), "flunixin", wholesaler)
    assert formulary.file_cache().get("flunixin") == 1840


def test_memory_cache_keeps_the_days_prices():
    cache = formulary.memory_cache()
    for drug in ("phenylbutazone", "flunixin", "omeprazole", "gentamicin"):
        formulary.price(cache, drug, wholesaler)
    assert cache.get("phenylbutazone") == 1250


def test_price_expires_after_ttl():
    cache = formulary.memory_cache()
    formulary.price(cache, "gentamicin", wholesaler)
    time.sleep(1)
    assert cache.get("gentamicin") is None


def test_price_while_redis_loads(tcp_stub, monkeypatch):
    def loading(conn):
        conn.recv(65536)
        conn.sendall(b"-LOADING Redis is loading the dataset in memory\r\n")
    stub = tcp_stub(loading)
    monkeypatch.setattr(settings, "REDIS_URL", f"redis://127.0.0.1:{stub.port}/0")
    assert formulary.price(formulary.redis_cache(), "flunixin", wholesaler) == 1840


def test_price_while_redis_stalls(tcp_stub, monkeypatch):
    def stalled(conn):
        conn.recv(65536)
        threading.Event().wait(30)
    stub = tcp_stub(stalled)
    monkeypatch.setattr(settings, "REDIS_URL", f"redis://127.0.0.1:{stub.port}/0")
    assert formulary.price(formulary.redis_cache(), "omeprazole", wholesaler) == 3120
