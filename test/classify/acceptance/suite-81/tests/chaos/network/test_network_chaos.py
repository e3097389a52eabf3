import asyncio
import json

import pytest
import requests

from reedbank import net


class TestStockService:
    def test_stock_level(self, settings):
        assert net.stock_level(settings["peers"]["stock"], "sedge") >= 0

    def test_stock_level_with_retries(self, settings):
        session = net.retrying_session()
        assert net.stock_level(settings["peers"]["stock"], "water-reed", session) >= 0

    def test_retrying_session_mounts_both(self):
        session = net.retrying_session(total=5)
        assert session.get_adapter("https://x").max_retries.total == 5

    def test_plain_session(self):
        assert isinstance(net.plain_session(), requests.Session)


class TestCarrier:
    def test_carrier_quote(self, settings):
        quote = net.carrier_quote(settings["peers"]["carrier"], 480, "NR12 8AB")
        assert quote["pence"] > 0

    def test_carrier_url_is_http(self, settings):
        assert settings["peers"]["carrier"].startswith("http")


class TestHeaders:
    def test_content_type_plain(self):
        assert net.content_type("text/csv")[0] == "text/csv"

    def test_content_type_with_charset(self):
        assert net.content_type("application/json; charset=utf-8") == ("application/json", {"charset": "utf-8"})

    @pytest.mark.parametrize(("value", "rels"), [
        ('<https://a/2>; rel="next"', {"next": "https://a/2"}),
        ('<https://a/1>; rel="prev", <https://a/3>; rel="next"', {"prev": "https://a/1", "next": "https://a/3"}),
    ])
    def test_link_header(self, value, rels):
        assert net.parse_link_header(value) == rels


class TestBackoff:
    def test_schedule_starts_at_base(self):
        assert net.backoff_schedule(4) == [0.5, 1.0, 2.0, 4.0]

    def test_schedule_capped(self):
        assert max(net.backoff_schedule(10, cap=8.0)) == 8.0

    def test_fetch_retries_then_succeeds(self):
        calls = []

        async def fetch():
            calls.append(1)
            if len(calls) < 2:
                raise ConnectionError("peer reset")
            return "ok"

        assert asyncio.run(net.fetch_with_backoff(fetch)) == "ok"

    def test_fetch_first_try(self):
        async def fetch():
            return "ok"

        assert asyncio.run(net.fetch_with_backoff(fetch)) == "ok"


class TestUrls:
    @pytest.mark.parametrize(("base", "path", "url"), [
        ("http://stock/", "/v1/stock", "http://stock/v1/stock"),
        ("http://stock", "v1/stock", "http://stock/v1/stock"),
        ("http://stock/api/", "bundles", "http://stock/api/bundles"),
    ])
    def test_join(self, base, path, url):
        assert net.join_url(base, path) == url


class TestWebhooks:
    def test_body_sorted(self):
        body = net.webhook_body("order.created", {"b": 1, "a": 2})
        assert body == b'{"data":{"a":2,"b":1},"event":"order.created"}'

    def test_body_is_json(self):
        assert json.loads(net.webhook_body("x", [])) == {"data": [], "event": "x"}

    @pytest.mark.parametrize("event", ["order.created", "order.paid", "barge.loaded"])
    def test_event_named(self, event):
        assert json.loads(net.webhook_body(event, {}))["event"] == event
