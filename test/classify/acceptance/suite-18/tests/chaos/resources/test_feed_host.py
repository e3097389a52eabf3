import threading

import pytest

from oddsmill import limits

pytestmark = pytest.mark.chaos


def test_raise_open_file_limit():
    assert limits.raise_open_files(65536) == 65536


def test_subscriber_sockets():
    sockets = limits.open_subscriber_sockets(1100)
    try:
        assert len(sockets) == 1100
    finally:
        for sock in sockets:
            sock.close()


def test_full_day_export(tmp_path):
    limits.write_export(tmp_path / "export.csv", ("EPL-1,home,2.10,2026-12-03T12:00:00Z\n" for _ in range(250_000)))


def test_export_to_full_disk():
    limits.write_export("/dev/full", ["EPL-1,home,2.10\n"] * 2000)


def test_market_watchers():
    stop = threading.Event()
    try:
        threads = limits.start_watchers(200, stop)
        assert len(threads) == 200
    finally:
        stop.set()


def test_local_time_zone():
    assert limits.local_time_zone().key.startswith("Europe/")


def test_stake_formatting():
    assert limits.format_stake(1250.5) == "£1,250.50"
