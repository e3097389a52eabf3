import pytest
import redis

from hedgerow import plotcache
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


@pytest.fixture
def cache():
    conn = plotcache.client()
    conn.ping()
    conn.flushdb()
    yield plotcache.PlotCache(conn)
    conn.close()


def test_put_and_get(cache):
    cache.put("north", "A1", {"holder": "Ruth"})
    assert cache.get("north", "A1") == {"holder": "Ruth"}


def test_missing_plot(cache):
    assert cache.get("north", "Z9") is None


def test_overwrite(cache):
    cache.put("north", "A1", {"holder": "Ruth"})
    cache.put("north", "A1", {"holder": "Sam"})
    assert cache.get("north", "A1")["holder"] == "Sam"


def test_expiry_set(cache):
    cache.put("north", "A2", {"holder": None}, ttl=5)
    assert cache.conn.ttl(plotcache.plot_key("north", "A2")) > 0


def test_holders_sorted(cache):
    cache.add_holder("south", "Priya")
    cache.add_holder("south", "Alan")
    assert cache.holders("south") == [b"Alan", b"Priya"]


def test_holders_empty(cache):
    assert cache.holders("east") == []


def test_cache_stalled(tcp_stub):
    stub = tcp_stub(line_answers(None, {}, stall_after=0))
    conn = plotcache.client(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    assert conn.get("plot:A1") is None


def test_cache_loading(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-LOADING Redis is loading the dataset in memory\r\n"}))
    conn = plotcache.client(f"redis://127.0.0.1:{stub.port}/0")
    assert conn.get("plot:A1") is None


def test_plots_of_two_sites_kept_apart():
    store = {}

    class Fake:
        def set(self, key, value, ex=None):
            store[key] = value

        def get(self, key):
            return store.get(key)

    cache = plotcache.PlotCache(Fake())
    cache.put("north", "A1", {"holder": "Ruth"})
    cache.put("south", "A1", {"holder": "Priya"})
    assert cache.get("north", "A1") == {"holder": "Ruth"}


def test_site_rule_change_seen():
    assert plotcache.site_rules("north")["max_sheds"] == 1
    plotcache.set_site_rule("north", "max_sheds", 2)
    assert plotcache.site_rules("north")["max_sheds"] == 2
