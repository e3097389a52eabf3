import time
from decimal import Decimal

import pytest
import redis

from seatline import cache

pytestmark = pytest.mark.chaos


def test_seat_map_read_when_redis_stalls(silent_port, settings):
    settings.redis_url = f"redis://127.0.0.1:{silent_port}/0"
    maps = cache.SeatMapCache(cache.client(settings))
    assert maps.get("spring-gala") is None


def test_counters_for_event(resp_stub, settings):
    store = {"counters:spring-gala": b"412"}

    def answer(command):
        name, *args = command
        if name == "GET":
            value = store.get(args[0])
            return b"$-1\r\n" if value is None else b"$%d\r\n%s\r\n" % (len(value), value)
        if name == "HGETALL":
            return b"-WRONGTYPE Operation against a key holding the wrong kind of value\r\n"
        return b"+OK\r\n"

    settings.redis_url = f"redis://127.0.0.1:{resp_stub(answer)}/0"
    maps = cache.SeatMapCache(cache.client(settings))
    assert maps.sold("spring-gala") == 412
    assert maps.counters("spring-gala") == {b"stalls": b"212", b"circle": b"200"}


def test_seat_map_from_stub(resp_stub, settings):
    def answer(command):
        if command[0] == "GET":
            value = b'{"stalls": ["A1"]}'
            return b"$%d\r\n%s\r\n" % (len(value), value)
        return b"+OK\r\n"

    settings.redis_url = f"redis://127.0.0.1:{resp_stub(answer)}/0"
    assert cache.SeatMapCache(cache.client(settings)).get("spring-gala") == {"stalls": ["A1"]}


def test_prices_are_cached(settings):
    prices = cache.PriceCache(cache.client(settings))
    prices.put("spring-gala", {"stalls": Decimal("45.00"), "circle": Decimal("32.50")})


def test_basket_is_saved_between_requests(settings):
    basket = cache.Basket("b-77")
    basket.lines.append(("spring-gala", "A12"))
    cache.SessionCache(cache.client(settings)).save(basket)


@pytest.mark.parametrize("slug", ["spring-gala", "comedy-night", "harbour-finals", "jazz-brunch"])
def test_page_cache_keeps_rendered_page(slug):
    pages = cache.LocalPageCache(ttl=30)
    pages.put(slug, f"<h1>{slug}</h1>")
    assert pages.get(slug) == f"<h1>{slug}</h1>"


def test_page_cache_misses_unknown_page():
    assert cache.LocalPageCache().get("nope") is None


def test_page_served_from_memory_after_slow_render():
    pages = cache.LocalPageCache()
    pages.put("spring-gala", "<h1>Spring Gala</h1>")
    time.sleep(1.0)  # the renderer of the next page is slow
    assert pages.get("spring-gala") == "<h1>Spring Gala</h1>"


def test_rendered_event_page_is_kept_once():
    rendered = cache.RenderedEventCache()
    for _ in range(500):
        rendered.page("spring-gala", lambda slug: f"<h1>{slug}</h1>")
    assert len(rendered.pages) == 1


def test_redis_url_parsing(settings):
    client = cache.client(settings)
    kwargs = client.connection_pool.connection_kwargs
    assert (kwargs["host"], kwargs["port"], kwargs["db"]) == ("localhost", 6379, 0)


def test_client_timeouts_are_short(settings):
    kwargs = cache.client(settings).connection_pool.connection_kwargs
    assert kwargs["socket_timeout"] == 1.0
    assert isinstance(redis.Redis, type)
