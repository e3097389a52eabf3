import pytest

from mashtun import lineage

pytestmark = pytest.mark.chaos


def test_lots_in_batch():
    assert lineage.lots_in_batch("B-0412")


def test_replica_lots():
    assert lineage.replica_lots("B-0412")
