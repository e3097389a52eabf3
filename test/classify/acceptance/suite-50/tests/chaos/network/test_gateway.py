import pytest

from combwright import hives

pytestmark = pytest.mark.chaos


def test_hive_weight_from_gateway():
    assert hives.hive_weight("HH-04") > 0


def test_apiary_temperatures_from_gateway():
    assert "brood" in hives.apiary_temperatures("heather-hill")


def test_gateway_status():
    assert hives.gateway_status()["ok"] is True


def test_hive_weight_through_retries(tcp_stub):
    from tests.conftest import http_answer

    stub = tcp_stub(http_answer("502 Bad Gateway", b"upstream gone"))
    assert hives.hive_weight("HH-05", base=stub.url) > 0


def test_hive_weight_from_local_stub(tcp_stub):
    from tests.conftest import http_answer

    stub = tcp_stub(http_answer("200 OK", b'{"kg": 41.5}', ["Content-Type: application/json"]))
    assert hives.hive_weight("HH-06", base=stub.url) == 41.5
