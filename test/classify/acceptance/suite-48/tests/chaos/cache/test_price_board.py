import decimal

import pytest

from tideshelf import board as board_module
from tideshelf.board import PriceBoard
from tideshelf.cache import memcache_client

from ...conftest import memcache_answer

pytestmark = pytest.mark.chaos


def test_publish_and_read_price():
    board = PriceBoard()
    board.publish("brixham", {"hake": decimal.Decimal("6.40")})
    assert board.price("brixham", "hake") == decimal.Decimal("6.40")


def test_missing_price_is_none():
    assert PriceBoard().price("brixham", "john-dory") is None


def test_last_price_memo():
    assert board_module.last_price(PriceBoard(), "newlyn", "monkfish") is None


def test_publish_board():
    PriceBoard().publish_board("newlyn", {"hake": "6.10", "cod": "7.85"})


def test_buyer_note_kept():
    PriceBoard().buyer_note("b-17", "cash only")


def test_buyer_note_for_named_buyer():
    PriceBoard(client=memcache_client(("127.0.0.1", 1))).buyer_note("Harbour Fish Ltd", "pays on Friday")


def test_full_board_published(tcp_stub):
    stub = tcp_stub(memcache_answer(b"SERVER_ERROR object too large for cache\r\n"))
    board = {f"{species}-{grade}-{day}": "12.50" for species in range(300) for grade in range(20) for day in range(14)}
    PriceBoard(client=memcache_client(("127.0.0.1", stub.port))).publish_board("peterhead", board)


def test_price_stored_under_pressure(tcp_stub):
    stub = tcp_stub(memcache_answer(b"SERVER_ERROR out of memory storing object\r\n"))
    PriceBoard(client=memcache_client(("127.0.0.1", stub.port))).publish("peterhead", {"haddock": "5.20"})
