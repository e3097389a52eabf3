import asyncio
import os

import pytest

from hivecote import net

pytestmark = pytest.mark.chaos


def peer(name):
    return os.environ[f"HIVECOTE_{name.upper()}_URL"]


class TestNetworkChaos:
    @pytest.mark.parametrize("product", ["heather", "clover", "borage", "lime", "ivy"])
    def test_market_price(self, product):
        assert net.get_json(peer("market") + f"/prices/{product}")["ok"] is True

    @pytest.mark.parametrize("users", [10, 100, 1000])
    def test_market_under_load(self, users):
        for n in range(users // 100 + 1):
            assert net.get_json(peer("market") + f"/stock/{n}")["ok"]

    def test_scale_gateway_stalls(self):
        assert net.gateway_ping(peer("stall")) == b"PONG\n"

    def test_order_desk_resets(self):
        assert net.get_raw(peer("reset") + "/orders/wholefoods")["ok"]

    def test_slow_market_answer(self):
        assert net.get_json(peer("slow") + "/prices/heather")["ok"]

    def test_market_in_maintenance(self):
        assert net.get_json(peer("unavailable") + "/prices/heather")["ok"]

    def test_order_cut_short(self):
        assert net.get_raw(peer("cut") + "/orders/wholefoods")["buyer"] == "wholefoods"

    def test_scale_reading_in_two_parts(self):
        assert net.scale_reading(peer("split"))["weight_g"] == 41200

    def test_watch_scale_stalls(self):
        assert asyncio.run(net.watch_scale(peer("stall"))) == b"h7 41200\n"

    def test_cold_order_desk(self):
        assert net.get_json(peer("flaky") + "/orders/co-op-east")["ok"]

    def test_apiary_gateway_down(self):
        assert net.gateway_ping(peer("gateway")) == b"PONG\n"

    def test_pool_lends_connections(self):
        pool = net.ConnectionPool(peer("market"), size=2)
        taken = [pool.take() for _ in range(3)]
        for sock in taken:
            pool.give(sock)

    def test_buyer_feeds_at_market_day(self):
        feeds = net.open_buyer_feeds(peer("market"), 400)
        try:
            assert len(feeds) == 400
        finally:
            for feed in feeds:
                feed.close()

    def test_market_stock(self):
        assert net.get_json(peer("market") + "/stock/all")["path"] == "/stock/all"

    def test_pool_returns_connection(self):
        pool = net.ConnectionPool(peer("market"), size=1)
        sock = pool.take()
        pool.give(sock)
        assert pool.take() is sock
