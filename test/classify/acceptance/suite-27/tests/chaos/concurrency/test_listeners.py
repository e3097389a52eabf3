import threading

import pytest

from wavecrest.listeners import ListenerBoard, poll_relays, poll_relays_concurrently

pytestmark = pytest.mark.chaos


def test_every_relay_counted():
    board = ListenerBoard()
    assert poll_relays(range(60), board) == 60


def test_peak_and_reset_together():
    board = ListenerBoard()
    board.total = 42
    a = threading.Thread(target=board.record_peak, daemon=True)
    b = threading.Thread(target=board.reset_after_peak, daemon=True)
    a.start()
    b.start()
    a.join()
    b.join()
    assert board.total == 0


def test_all_relays_polled_at_once():
    assert poll_relays_concurrently(range(400)) == 400
