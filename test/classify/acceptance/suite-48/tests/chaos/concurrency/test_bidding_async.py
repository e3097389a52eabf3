import asyncio

import pytest
import pytest_asyncio

from tideshelf import auction
from tideshelf.auction import Lot, Round

pytestmark = pytest.mark.chaos

LOOP = asyncio.new_event_loop()


def test_first_bid_on_shared_loop():
    assert LOOP.run_until_complete(auction.place_bid(1, 400)) == (1, 400)
    LOOP.close()


def test_second_bid_on_shared_loop():
    assert LOOP.run_until_complete(auction.place_bid(2, 380)) == (2, 380)


def test_bids_in_two_rounds():
    assert asyncio.run(auction.place_bid(3, 500)) == (3, 500)
    assert asyncio.run(auction.place_bid(4, 510)) == (4, 510)


def test_low_bid_then_good_bid():
    async def scenario():
        round_ = Round()
        await round_.bid(5, 300)
        with pytest.raises(ValueError):
            await round_.bid(5, 250)
        await round_.bid_within(5, 320)
    asyncio.run(scenario())


def test_quotes_from_all_quays():
    quotes = asyncio.run(auction.quotes(["east", "west", "north"]))
    assert len(quotes) == 3


def test_round_closes_with_all_lots():
    results = asyncio.run(auction.close_round(Round()))
    assert len(results) == 3


def test_boxes_counted():
    assert auction.count_boxes([Lot(1, 4), Lot(2, 6)]) == 10


@pytest.fixture
async def open_round():
    round_ = Round()
    yield round_


@pytest.mark.asyncio
async def test_bid_in_open_round(open_round):
    await open_round.bid(6, 100)
    assert open_round.best[6] == 100


@pytest_asyncio.fixture
async def quiet_round():
    yield Round()


@pytest.mark.asyncio
async def test_bid_in_quiet_round(quiet_round):
    await quiet_round.bid(7, 90)
    assert quiet_round.best[7] == 90
