from unittest import mock

import pytest
import requests

from tests.conftest import http_answer, reset_after_request, stall
from kilnrow import kiln, settings

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("pence", [1200, 4550, 99])
def test_charge_firing_fee(pence):
    assert kiln.charge("m-1", pence).startswith("ch_")


def test_charge_glaze_order():
    assert kiln.charge("m-2", 2375)


def test_charge_when_gateway_is_down(tcp_stub, monkeypatch):
    stub = tcp_stub(http_answer("503 Service Unavailable", b'{"error": "maintenance"}'))
    monkeypatch.setattr(settings, "CARDS_URL", stub.url)
    assert kiln.charge("m-3", 1200)


def test_charge_from_a_slow_gateway(tcp_stub, monkeypatch):
    stub = tcp_stub(stall(3))
    monkeypatch.setattr(settings, "CARDS_URL", stub.url)
    assert kiln.charge("m-4", 1200)


def test_charge_when_gateway_resets(tcp_stub, monkeypatch):
    stub = tcp_stub(reset_after_request)
    monkeypatch.setattr(settings, "CARDS_URL", stub.url)
    assert kiln.charge("m-5", 1200)


def test_charge_id_from_gateway():
    answer = mock.Mock(status_code=200)
    answer.json.return_value = {"charge_id": "ch_123"}
    with mock.patch("requests.post", return_value=answer):
        assert kiln.charge("m-6", 500) == "ch_123"
