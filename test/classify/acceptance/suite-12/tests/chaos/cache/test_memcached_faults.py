import pytest

from kerbside import cache

pytestmark = pytest.mark.chaos


def test_availability_when_memcached_full(tcp_stub):
    server = tcp_stub(b"SERVER_ERROR out of memory storing object\r\n")
    fc = cache.FleetCache(cache.client(server=server))
    fc.put_availability("cbd", [1, 2, 3])


def test_availability_when_memcached_stalls(tcp_stub):
    server = tcp_stub(None)
    fc = cache.FleetCache(cache.client(server=server))
    assert fc.availability("cbd") == []


def test_snapshot_written_by_previous_release(tcp_stub):
    # memcached answers the get with a value the previous release stored as JSON
    value = b'{"soc": 71, "lat": -37.81, "lon": 144.96}'
    server = tcp_stub(b"VALUE telemetry:7 0 %d\r\n%s\r\nEND\r\n" % (len(value), value))
    fc = cache.FleetCache(cache.client(server=server))
    assert fc.snapshot(7)["soc"] == 71
