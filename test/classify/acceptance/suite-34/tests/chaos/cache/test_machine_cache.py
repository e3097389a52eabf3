import pytest

from rinseway import machines
from tests.conftest import line_answers


@pytest.fixture
def cache():
    client = machines.client()
    client.ping()
    yield client
    client.flushdb()


def test_put_and_get(cache):
    machines.put_status(cache, "LDN-01", 3, {"state": "washing"})
    assert machines.get_status(cache, "LDN-01", 3)["state"] == "washing"


def test_missing_machine(cache):
    assert machines.get_status(cache, "LDN-01", 99) is None


def test_overwrite(cache):
    machines.put_status(cache, "LDN-01", 3, {"state": "idle"})
    machines.put_status(cache, "LDN-01", 3, {"state": "drying"})
    assert machines.get_status(cache, "LDN-01", 3)["state"] == "drying"




def test_status_json(cache):
    cache.set("machine:7", "not json")
    assert machines.get_status(cache, "LDN-01", 7) is None


def test_redis_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+OK\r\n"}, stall_after=0))
    client = machines.client(url=f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    assert client.get("machine:1") is None


def test_redis_loading(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-LOADING Redis is loading the dataset in memory\r\n"}))
    client = machines.client(url=f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    assert client.get("machine:1") is None


class FakeCache(dict):
    def set(self, key, value, ex=None):
        self[key] = value


def test_two_shops_same_machine_number():
    fake = FakeCache()
    machines.put_status(fake, "LDN-01", 3, {"state": "washing"})
    machines.put_status(fake, "LDN-02", 3, {"state": "idle"})
    assert machines.get_status(fake, "LDN-01", 3)["state"] == "washing"


def test_opening_hours_updated():
    table = {"LDN-01": "07:00-22:00"}
    assert machines.opening_hours("LDN-01", table) == "07:00-22:00"
    table["LDN-01"] = "06:00-23:00"
    assert machines.opening_hours("LDN-01", table) == "06:00-23:00"
