import gzip
import pathlib

import pytest

from oddsmill import cache

pytestmark = pytest.mark.chaos
DATA = pathlib.Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize("market", ["EPL-1", "ATP-77", "NBA-12"])
def test_publish_live_price(market):
    assert cache.publish_price(market, 2.75) is True


def test_last_snapshot_from_shelf():
    assert cache.last_snapshot("EPL-1") is None


def test_rule_can_be_frozen():
    rule = {"market": "EPL-1", "adjust": lambda price: price * 0.95}
    assert cache.freeze_rule(rule)


def test_recorded_snapshot_reads():
    assert "EPL-1" in cache.read_snapshot(DATA / "snapshot-0412.json.gz")


def test_memo_expires():
    memo = cache.PriceMemo(ttl=30)
    memo.put("EPL-1", 2.5, now=100.0)
    assert memo.get("EPL-1", now=131.0) is None


def test_memo_hit():
    memo = cache.PriceMemo(ttl=30)
    memo.put("EPL-1", 2.5, now=100.0)
    assert memo.get("EPL-1", now=110.0) == 2.5


def test_snapshot_round_trip(tmp_path):
    path = tmp_path / "snap.gz"
    with gzip.open(path, "wt") as handle:
        handle.write('{"EPL-1": 2.5}')
    assert "EPL-1" in cache.read_snapshot(path)
