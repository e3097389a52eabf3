from wavecrest import hls

PLAYLIST = """#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:1041
#EXTINF:6.0,
seg1041.aac
#EXTINF:6.0,
seg1042.aac
#EXTINF:4.5,
seg1043.aac
"""


def test_window_from_durations():
    assert hls.window_seconds(PLAYLIST) == 16.5


def test_segments_for_ten_minutes():
    assert hls.segments_needed(10, 6) == 100


def test_segments_for_one_minute_of_seven_second_segments():
    assert hls.segments_needed(1, 7) == 9
