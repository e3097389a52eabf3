import os
import threading

import pytest

from bidlark import caps, creatives, events, workers

pytestmark = pytest.mark.chaos


def _memberships(count):
    return {f"user-{n:06d}": ["auto-intenders", "sports", "travel-eu", "high-income"] for n in range(count)}


def test_segments_loaded_for_a_day(tmp_path):
    env = caps.open_segments(str(tmp_path / "segments"))
    caps.store_segments(env, _memberships(20_000))


def test_segment_store_opens():
    env = caps.open_segments()
    caps.store_segments(env, _memberships(10))


def test_creative_folder_scanned(tmp_path):
    for n in range(1100):
        (tmp_path / f"creative-{n:04d}.html").write_bytes(b"<div>ad</div>")
    handles = creatives.open_all(tmp_path)
    assert len(handles) == 1100


def test_event_log_written():
    events.write_log("/dev/full", [{"type": "win", "id": f"req-{n}"} for n in range(2000)])


def test_hourly_archive(tmp_path):
    creatives.archive(tmp_path / "bids-2026120313.bin", os.urandom(9 * 1024 * 1024))


def test_open_files_raised_at_start():
    assert workers.raise_fd_limit() == 65536


def test_preview_within_budget(tmp_path):
    upload = tmp_path / "preview.bmp"
    upload.write_bytes(os.urandom(7 * 1024 * 1024))
    creatives.thumbnail_budget(upload, 0.05)


def test_listeners_per_exchange():
    stop = threading.Event()
    try:
        threads = workers.start_listeners(200, stop.wait)
        assert len(threads) == 200
    finally:
        stop.set()
