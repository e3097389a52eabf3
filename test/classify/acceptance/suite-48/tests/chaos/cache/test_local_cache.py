import decimal
import time

import pytest

from tideshelf import board as board_module
from tideshelf import cache
from tideshelf.board import PriceBoard

pytestmark = pytest.mark.chaos


class FakeMemcache:
    def __init__(self):
        self.values = {}

    def set(self, key, value, expire=0):
        self.values[key] = str(value).encode()

    def get(self, key):
        return self.values.get(key)


def test_lot_written_and_read_back(local):
    local.set("lot:4411", cache.dump_lot({"species": "hake", "boxes": 12}))
    assert cache.load_lot(local.require("lot:4411")) == {"species": "hake", "boxes": 12}


def test_lot_from_old_writer(local):
    local.set("lot:4412", b'{"species": "cod", "boxes": 3}')
    assert cache.load_lot_v1(local.require("lot:4412"))["boxes"] == 3


def test_prices_of_two_markets(local):
    board = PriceBoard(client=FakeMemcache(), local=local)
    board.remember("brixham", "hake", decimal.Decimal("6.40"))
    board.remember("newlyn", "hake", decimal.Decimal("5.95"))
    assert board.recall("brixham", "hake") == decimal.Decimal("6.40")


def test_price_change_seen():
    board = PriceBoard(client=FakeMemcache(), local=cache.LocalCache(maxsize=8))
    board_module.set_price(board, "looe", "bass", decimal.Decimal("12.50"))
    assert board_module.last_price(board, "looe", "bass") == decimal.Decimal("12.50")
    board_module.set_price(board, "looe", "bass", decimal.Decimal("14.00"))
    assert board_module.last_price(board, "looe", "bass") == decimal.Decimal("14.00")


def test_board_keeps_todays_species():
    board = cache.LocalCache()
    for species in ("hake", "cod", "ling"):
        board.set(f"board:{species}", b"1")
    assert board.require("board:hake") == b"1"


def test_stock_entry_expires(local):
    local.set("stock:east", b"40", ttl=1)
    time.sleep(0.5)
    assert local.get("stock:east") is None
