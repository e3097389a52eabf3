"""The branch hold shelf under concurrent kiosks and the nightly sweeper."""

import threading
from datetime import date, datetime

import pytest

from lendwell import holds, loans

pytestmark = pytest.mark.chaos


def test_two_kiosks_place_holds_at_once():
    shelf = holds.HoldShelf(["central"])
    positions = []
    threads = [threading.Thread(target=lambda card=card: positions.append(shelf.place("central", card))) for card in ("LW1", "LW2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(positions) == [1, 2]


def test_holds_moved_between_branches_both_ways():
    shelf = holds.HoldShelf(["central", "harbour"])
    shelf.shelves["central"].append("LW000101")
    shelf.shelves["harbour"].append("LW000102")
    threads = [
        threading.Thread(target=shelf.transfer, args=("central", "harbour", "LW000101"), daemon=True),
        threading.Thread(target=shelf.transfer, args=("harbour", "central", "LW000102"), daemon=True),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert shelf.shelves == {"central": ["LW000102"], "harbour": ["LW000101"]}


def test_fines_for_a_batch_of_returns():
    returns = [
        {"due": date(2026, 11, 2), "scanned_at": datetime(2026, 11, 5, 10, 12)},
        {"due": date(2026, 11, 2), "scanned_at": datetime(2026, 11, 2, 16, 40)},
        {"due": date(2026, 11, 9), "scanned_at": datetime(2026, 11, 9, 9, 5)},
    ]
    assert loans.fines_for_returns(returns) == [75, 0, 0]


def test_sweeper_releases_expired_holds():
    shelf = holds.HoldShelf(["central"])
    for number in range(5):
        shelf.set_expiry(f"LW00010{number}", date(2026, 11, 20 + number))
    released = []
    shelf.sweep(date(2026, 11, 23), released.append)
    assert len(released) == 4


def test_one_kiosk_places_holds_in_order():
    shelf = holds.HoldShelf(["central"])
    assert [shelf.place("central", card) for card in ("LW1", "LW2", "LW3")] == [1, 2, 3]
