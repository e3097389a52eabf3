import pytest

from podstead import media, ratelimit

pytestmark = pytest.mark.chaos


def test_write_segments_on_full_disk():
    media.write_segments("/dev/full", 4)


def test_write_long_episode(tmp_path):
    assert media.write_segments(tmp_path / "ep-long.mp3", 12).stat().st_size == 12 << 20


def test_open_all_segments(tmp_path):
    handles = media.open_segments(tmp_path, 1100)
    assert len(handles) == 1100


def test_mix_down_ten_hour_recording():
    frames = 10 * 3600 * 48000 * 8
    assert len(media.mix_buffer(frames, channels=4)) == frames * 4 * 4


def test_transcode_to_low_bitrate(tmp_path):
    source = tmp_path / "ep.wav"
    source.write_bytes(b"RIFF")
    assert media.transcode(source, tmp_path / "ep.mp3").name == "ep.mp3"


def test_upload_limit_per_creator():
    assert all(ratelimit.allow_upload(31) for _ in range(5))
