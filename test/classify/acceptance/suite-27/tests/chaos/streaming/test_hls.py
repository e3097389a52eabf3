import pytest

from wavecrest import hls

pytestmark = pytest.mark.chaos


def test_live_playlist_loads():
    assert hls.live_playlist().target_duration == 6


def test_live_window_is_a_minute():
    assert 54 <= hls.live_window_seconds() <= 66


def test_live_playlist_has_segments():
    assert len(hls.live_playlist().segments) >= 3
