import asyncio
import urllib.error

import pytest

from bidlark import exchange

pytestmark = pytest.mark.chaos

BID = {"id": "req-1", "seatbid": [{"bid": [{"impid": "1", "price": 0.42}]}]}


@pytest.mark.parametrize("seat", ["4471", "4472", "5100"])
def test_bid_reaches_exchange(seat):
    assert asyncio.run(exchange.send_bid({**BID, "seat": seat})) == {"status": "accepted"}


def test_bid_acknowledged(frame_stub):
    port = frame_stub("ack")
    assert asyncio.run(exchange.send_bid(BID, "127.0.0.1", port)) == {"status": "accepted"}


def test_bid_ack_within_budget(frame_stub):
    port = frame_stub("silent")
    assert asyncio.run(exchange.send_bid(BID, "127.0.0.1", port))


def test_bid_ack_frame_complete(frame_stub):
    port = frame_stub("cut")
    assert asyncio.run(exchange.send_bid(BID, "127.0.0.1", port))


@pytest.mark.flaky(reruns=1)
def test_bid_after_exchange_restart(frame_stub):
    port = frame_stub("drop-first")
    assert asyncio.run(exchange.send_bid(BID, "127.0.0.1", port)) == {"status": "accepted"}


def test_bid_over_tls(frame_stub, exchange_cert):
    port = frame_stub("ack", tls=exchange_cert)
    context = exchange.tls_context(exchange_cert[0])
    assert asyncio.run(exchange.send_bid(BID, "127.0.0.1", port, tls=context, server_hostname="localhost"))


def test_deals_from_ssp():
    assert exchange.fetch_deals()


def test_deals_when_ssp_busy(http_stub):
    url = http_stub(503, {"error": "overloaded"})
    assert exchange.fetch_deals(url + "/v2/deals") == []


def test_deals_when_ssp_closes(http_stub):
    url = http_stub(close=True)
    assert exchange.fetch_deals(url + "/v2/deals") == []


def test_win_notice_delivered_despite_tracker_outage():
    assert exchange.deliver("http://127.0.0.1:17081/win", {"id": "req-1", "price": 0.42}, attempts=3) == 204
