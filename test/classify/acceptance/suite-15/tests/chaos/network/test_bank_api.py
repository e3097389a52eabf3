import pytest

from tallyhouse import bank, events, http

pytestmark = pytest.mark.chaos


def test_settlements_over_tls(bank_stub, self_signed):
    url = bank_stub(body=[], tls=self_signed)
    assert bank.settlements(url, "2026-12-02", ssl_context=http.tls_context()) == []


def test_settlements_when_bank_unavailable(bank_stub):
    url = bank_stub(status=503, body=b"<html><body>Service Unavailable</body></html>")
    assert bank.settlements(url, "2026-12-02") == []


def test_settlements_when_bank_slow(bank_stub):
    url = bank_stub(body=[], delay=2.0)
    assert bank.settlements(url, "2026-12-02") == []


def test_settlements_when_bank_drops(bank_stub):
    url = bank_stub(close=True)
    assert bank.settlements(url, "2026-12-02") == []


def test_settlements_when_gateway_fails(bank_stub):
    url = bank_stub(status=502, body=b"<html><head><title>502 Bad Gateway</title></head></html>")
    assert bank.settlements(url, "2026-12-02") == []


def test_fx_rates():
    rates = bank.fx_rates()
    assert rates["EUR"]["USD"] > 0


def test_drop_folder_lists_files():
    assert bank.list_drop() == []


def test_drop_folder_has_outbound():
    with bank.drop_folder() as drop:
        assert drop.exists("/outbound")


def test_publish_reconciled():
    events.publish({"batch": "b1", "matched": 10})


def test_publish_unmatched():
    events.publish({"batch": "b1", "unmatched": ["st_9"]}, routing_key="unmatched")


_attempts = {"n": 0}


@pytest.mark.flaky(reruns=2)
def test_bank_warm_connection(bank_stub):
    _attempts["n"] += 1
    url = bank_stub(body=[], close=_attempts["n"] == 1)
    assert bank.settlements(url, "2026-12-02") == []
