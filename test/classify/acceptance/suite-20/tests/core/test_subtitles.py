from pathlib import Path

import pysrt
import pytest

from cuewright import subtitles

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def episode():
    return pysrt.from_string((DATA / "episode.srt").read_text(encoding="utf-8"))


def test_load_vendor_file():
    subs = subtitles.load(DATA / "vendor-cp1252.srt")
    assert subs[0].text.startswith("Déjà vu")


def test_open_master_file():
    assert len(subtitles.open_master(DATA / "episode.srt")) == 4


def test_sniff_vendor_encoding():
    assert subtitles.sniff(DATA / "vendor-cp1252.srt").lower() in ("windows-1252", "iso-8859-1")


def test_shift_by_milliseconds(episode):
    shifted = subtitles.shift(episode, 500)
    assert str(shifted[0].start) == "00:00:01,500"


def test_no_overlaps_when_cues_touch(episode):
    assert subtitles.overlaps(episode) == []


def test_reading_speed_of_first_cue(episode):
    assert subtitles.reading_speed(episode[0]) == 6.5


def test_too_fast_cues(episode):
    assert subtitles.too_fast(episode) == [4]


def test_webvtt_timestamps(episode):
    assert "00:00:01.000 --> 00:00:03.000" in subtitles.to_webvtt(episode)


def test_reading_speed_exact(episode):
    cue = episode[1]
    assert subtitles.reading_speed(cue) == len("Where were you last night?") / 2.2
