import datetime
import decimal
from unittest import mock

import pytest

from bidlark import auction

IPAD = ("Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.1 Mobile/15E148 Safari/604.1")


def test_single_bid_pays_floor_plus_cent():
    assert auction.clearing_price([1.20], floor=0.50) == 0.51


def test_second_price():
    assert auction.clearing_price([2.50, 1.75, 0.90], floor=0.50) == 1.76


def test_bid_below_floor_loses():
    assert auction.clearing_price([0.30], floor=0.50) is None


def test_floor_micros():
    assert auction.floor_micros(2.01) == 2_010_000


def test_paced_bid_halfway():
    assert auction.paced_bid(2.0, 500_000, 1_000_000) == decimal.Decimal("1.00")


def test_paced_bid_after_odd_spend():
    assert auction.paced_bid(2.5, 333_000, 1_000_000) == decimal.Decimal("1.67")


def test_usd_converted():
    assert auction.to_eur(10, "USD") == decimal.Decimal("9.40")


def test_user_bucket_stable():
    assert auction.bucket("user-1234") == 58


def test_spring_campaign_running():
    assert auction.campaign_active(datetime.date(2026, 9, 1), datetime.date(2026, 11, 30))


def test_blocked_domain(monkeypatch):
    auction.BLOCKLIST.append("casino.example")
    assert not auction.eligible("casino.example")


def test_news_domain_eligible():
    assert auction.BLOCKLIST == []
    assert auction.eligible("news.example")


def test_tablet_bid_multiplier():
    assert auction.device_bid(1.0, IPAD) == 1.1


def test_ctv_bid_multiplier():
    with mock.patch("bidlark.devices.classify", return_value="ctv"):
        assert auction.device_bid(1.0, "Roku/DVP-12.5 (12.5.0.4174)") == 1.5
