"""The service under the runner's limits: open files, file size, threads, ports."""

import socket
import threading
from decimal import Decimal

import pytest

from hotbox import receipts

pytestmark = pytest.mark.chaos

FEEDS = []  # the feed servers a test started, for the end-of-session report


def test_receipt_spool_for_a_friday_night(tmp_path):
    spool = receipts.ReceiptSpool(tmp_path)
    try:
        for order_id in range(2000):
            spool.add(receipts.Receipt(order_id, "pizzeria-uno", Decimal("21.50")))
    finally:
        spool.flush()


def test_export_a_busy_month(tmp_path):
    rows = ((order_id, "pizzeria-uno", "21.50", "EUR", "x" * 80) for order_id in range(120_000))
    assert receipts.export_month(rows, tmp_path / "2026-11.csv").exists()


def test_one_tracker_thread_per_active_courier():
    stop = threading.Event()
    threads = []
    try:
        for _ in range(400):
            thread = threading.Thread(target=stop.wait, daemon=True)
            thread.start()
            threads.append(thread)
    finally:
        stop.set()
    assert len(threads) == 400


@pytest.fixture
def courier_feed():
    server = socket.socket()
    server.bind(("127.0.0.1", 8765))
    server.listen(8)
    FEEDS.append(server)
    return server


def test_courier_feed_accepts_connections(courier_feed):
    client = socket.create_connection(courier_feed.getsockname())
    client.close()


def test_courier_feed_after_a_restart(courier_feed):
    client = socket.create_connection(courier_feed.getsockname())
    client.close()
