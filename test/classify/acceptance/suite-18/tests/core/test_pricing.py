import datetime
import decimal
from unittest import mock

import pytest
import requests
import requests_mock

from oddsmill import feed, limits, pricing


@pytest.mark.parametrize("text, expected", [("5/2", 3.5), ("1/1", 2.0), ("2/5", 1.4)])
def test_fractional_to_decimal(text, expected):
    assert pricing.fractional_to_decimal(text) == expected


@pytest.mark.parametrize("price, expected", [(3.5, "5/2"), (1.4, "2/5")])
def test_decimal_to_fractional(price, expected):
    assert pricing.decimal_to_fractional(price) == expected


def test_overround_of_fair_book():
    assert pricing.overround([2.0, 2.0]) == 0


def test_implied_margin():
    market = {"runners": [{"price": 2.1}, {"price": 3.4}, {"price": 3.6}]}
    assert pricing.implied_margin(market) == pytest.approx(0.0478, abs=1e-4)


def test_implied_margin_all_withdrawn():
    market = {"runners": [{"price": 2.1, "withdrawn": True}, {"price": 3.4, "withdrawn": True}]}
    assert pricing.implied_margin(market) is None


def test_payout_exact():
    assert pricing.payout(10, 2.5) == decimal.Decimal("25.00")


def test_payout_of_odd_price():
    assert pricing.payout(3, 2.333) == decimal.Decimal("7.00")


def test_each_way_quarter_odds():
    assert pricing.each_way_return(10, 5.0, 3) == decimal.Decimal("73.33")


def test_accumulator():
    assert pricing.accumulator([2.0, 1.5, 3.0]) == 9.0


def test_accumulator_of_three_favourites():
    assert pricing.accumulator([1.1, 1.2, 1.3]) == 1.72


def test_boost_on_frozen_book():
    book = pricing.frozen_book({"home": 2.1, "away": 3.4})
    assert pricing.apply_boost(book, "home", 0.1)["home"] == pytest.approx(2.31)


def test_provider_csv_decodes():
    raw = "runner,price\nMüller,2.5\n".encode("latin-1")
    assert "Müller" in pricing.decode_provider_csv(raw)


def test_content_negotiation():
    assert pricing.negotiate("application/cbor;q=1.0, application/json;q=0.5") == "application/cbor"


def test_snapshot_json():
    book = {"selections": {"home", "away"}, "suspended": False}
    assert "home" in pricing.snapshot_json(book)


def test_runner_price_by_name():
    market = {"runners": [{"name": "Arsenal", "price": 2.1}, {"name": "Chelsea", "price": 3.4}]}
    assert pricing.runner_price(market, "Arsenal ") == 2.1


def test_market_depth_of_linked_markets():
    parent = {"name": "EPL", "children": []}
    child = {"name": "EPL-1", "children": [parent]}
    parent["children"].append(child)
    assert limits.market_depth(parent) == 2


def test_favourite():
    market = {"runners": [{"name": "Arsenal", "price": 2.1}, {"name": "Chelsea", "price": 3.4}]}
    assert pricing.favourite(market) == "Arsenal"


# test mistakes -----------------------------------------------------------

_SEEN = []


@pytest.mark.parametrize("market", ["EPL-1", "EPL-2"])
def test_each_market_registered_once(market):
    _SEEN.append(market)
    assert _SEEN == [market]


def test_kick_off_still_ahead():
    kick_off = datetime.datetime(2026, 11, 28, 15, 0, tzinfo=datetime.timezone.utc)
    assert pricing.kick_off_in(kick_off) > 0


def test_prices_from_mocked_provider():
    with requests_mock.Mocker() as m:
        m.get("http://127.0.0.1:18081/v2/price/football", json={"sport": "football"})
        assert feed.fetch_prices("football")["sport"] == "football"


def test_settle_ping_uses_urlopen():
    with mock.patch("urllib.request.urlopen") as urlopen, mock.patch.object(feed, "settle_ping", return_value=200):
        feed.settle_ping()
    urlopen.assert_called_once()


def test_bad_sport_raises():
    with pytest.raises(requests.HTTPError):
        pricing.fractional_to_decimal("evens")


@pytest.mark.xfail(strict=True, reason="fractions not simplified yet")
def test_fraction_simplified():
    assert pricing.decimal_to_fractional(2.0) == "1/1"


def test_payout_with_fixture(stake_ten):
    assert pricing.payout(stake_ten, 2.0) == decimal.Decimal("20.00")


@pytest.fixture
def export_dir(tmp_path):
    path = tmp_path / "exports"
    path.mkdir()
    yield path
    (path / "latest.csv").unlink()


def test_export_rotated(export_dir):
    (export_dir / "latest.csv").write_text("EPL-1,2.1\n")
    (export_dir / "latest.csv").rename(export_dir / "2026-12-03.csv")
    assert (export_dir / "2026-12-03.csv").exists()
