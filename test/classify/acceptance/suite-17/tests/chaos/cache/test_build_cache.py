"""The remote build cache (content-addressed, gzip over HTTP), its local index and the layer cache."""
import sqlite3

import pytest

from buildyard import artifacts

pytestmark = pytest.mark.chaos


def test_cache_put_object():
    assert artifacts.cache_put("3f2a9c", b"compiled object") == 201


def test_cache_get_object():
    assert artifacts.cache_get("3f2a9c") == b"compiled object"


def test_cache_get_toolchain():
    assert artifacts.cache_get("toolchain-gcc13").startswith(b"\x7fELF")


def test_cache_hit_through_proxy(http_stub):
    base = http_stub(200, raw=b"<html><body>Cache warming up, retry later</body></html>", headers={"Content-Type": "text/html"})
    assert artifacts.cache_get("3f2a9c", base=base) == b"compiled object"


@pytest.fixture
def janitor(tmp_path):
    """The cache janitor sweeping the index while a build runs."""
    path = tmp_path / "index.sqlite"
    artifacts.index(path).close()
    connection = sqlite3.connect(path)
    connection.execute("BEGIN EXCLUSIVE")
    yield path
    connection.rollback()
    connection.close()


def test_index_records_artifact(janitor):
    index = artifacts.index(janitor)
    index["3f2a9c"] = {"size": 15, "job": "build"}
    assert index["3f2a9c"]["size"] == 15


def test_layer_cache_keeps_recent_layers():
    cache = artifacts.LayerCache(budget=10)
    cache.put("base", b"aaaa")
    cache.put("deps", b"bbbb")
    cache.put("app", b"cccc")
    assert cache.get("app") == b"cccc"


def test_layer_roundtrip(tmp_path):
    path = artifacts.write_layer(tmp_path / "layer.gz", b"layer contents " * 1000)
    assert artifacts.read_layer(path) == b"layer contents " * 1000
