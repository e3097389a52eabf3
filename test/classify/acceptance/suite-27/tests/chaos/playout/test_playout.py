import pytest

from wavecrest.playout import Playout

pytestmark = pytest.mark.chaos


@pytest.fixture
def playout():
    deck = Playout().connect()
    yield deck
    deck.close()


def test_now_playing_title(playout):
    assert isinstance(playout.now_playing(), str)


def test_enqueue_jingle(playout):
    assert playout.enqueue("jingles/station-id.flac") > 0


def test_enqueue_grows_queue(playout):
    before = playout.queue_length()
    playout.enqueue("jingles/station-id.flac")
    assert playout.queue_length() == before + 1


def test_volume_in_range(playout):
    assert 0 <= playout.volume() <= 100


def test_set_volume(playout):
    playout.set_volume(80)
    assert playout.volume() == 80


def test_clear_queue(playout):
    playout.clear()
    assert playout.queue_length() == 0


def test_overnight_rotation_queued(playout):
    for uri in ("overnight/a.flac", "overnight/b.flac", "overnight/c.flac"):
        playout.enqueue(uri)
    assert playout.queue_length() >= 3


def test_emergency_broadcast_jumps_queue(playout):
    song_id = playout.enqueue("emergency/eas-tone.flac")
    playout.jump_to(song_id)
    assert playout.now_playing() != ""


def test_fade_to_silence(playout):
    playout.set_volume(0)
    assert playout.volume() == 0


def test_queue_survives_reconnect(playout):
    playout.enqueue("jingles/station-id.flac")
    length = playout.queue_length()
    playout.close()
    playout.connect()
    assert playout.queue_length() == length
