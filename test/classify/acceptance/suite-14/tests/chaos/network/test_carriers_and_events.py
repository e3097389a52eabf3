import pytest

from coldtrail import alerts, carriers, events

pytestmark = pytest.mark.chaos

_handshakes = {"count": 0}


def test_status_pushed_to_carrier(http_stub):
    url = http_stub(status=503, body={"error": "upstream unavailable"})
    assert carriers.post_status(url, "SHP-1", "IN_TRANSIT")["accepted"]


@pytest.mark.flaky(reruns=2)
def test_status_pushed_to_busy_carrier(http_stub):
    url = http_stub(status=429, body={"error": "rate limited"}, headers={"Retry-After": "30"})
    assert carriers.post_status(url, "SHP-2", "DELIVERED")["accepted"]


def test_status_through_egress_proxy():
    assert carriers.post_status("https://api.carrier-one.example", "SHP-3", "IN_TRANSIT", via_proxy=True)


@pytest.mark.flaky(reruns=1)
def test_carrier_handshake(http_stub):
    _handshakes["count"] += 1
    import requests

    url = http_stub(status=200, body={"accepted": True}, drop_every=2 if _handshakes["count"] == 1 else 0)
    assert requests.get(f"{url}/v2/ping", timeout=1).json()["accepted"]


@pytest.mark.parametrize("topic", ["coldtrail.excursions", "coldtrail.readings"])
def test_topic_has_partitions(topic):
    assert events.topic_partitions(topic) >= 3


def test_excursion_published():
    assert events.publish_excursion({"shipment": "SHP-1", "temp_c": 11.2}) == 1


def test_excursion_alert_mailed(mail_relay):
    port = mail_relay("550 5.7.1 Relaying denied: coldtrail.example is not a local domain")
    assert alerts.send_excursion_alert(["oncall@coldtrail.example"], "SHP-1", 11.2, port=port) == {}
