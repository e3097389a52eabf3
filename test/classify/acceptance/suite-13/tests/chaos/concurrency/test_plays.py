import threading
import wave

import pytest

from podstead import counters, locks, media

pytestmark = pytest.mark.chaos


def test_concurrent_plays_counted():
    counter = counters.PlayCounter()
    threads = [threading.Thread(target=lambda: [counter.record(5) for _ in range(50)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.plays[5] == 400


def test_plays_and_settlement_together():
    ledgers = counters.Ledgers()
    threads = [threading.Thread(target=ledgers.play, daemon=True), threading.Thread(target=ledgers.settle, daemon=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert ledgers.plays == 1


def _tone(path, seconds=1):
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x10" * 8000 * seconds)
    return path


def test_durations_skip_files_that_are_not_audio(tmp_path):
    notes = tmp_path / "show-notes.md"
    notes.write_text("# Episode 12\n")
    assert media.durations([_tone(tmp_path / "ep12.wav"), notes]) == [1, None]


def test_transcode_pool_drains_on_shutdown(tmp_path):
    assert media.durations([_tone(tmp_path / "a.wav"), _tone(tmp_path / "b.wav", 2)]) == [1, 2]
    media.shutdown()


def test_durations_of_a_season(tmp_path):
    assert media.durations([_tone(tmp_path / f"ep{i}.wav") for i in range(3)]) == [1, 1, 1]


def test_prefetch_whole_episode():
    assert media.prefetch(range(400), lambda sid: threading.Event().wait(0.2)) == 400


def test_publish_feed_versions(tmp_path):
    assert locks.publish_all(tmp_path, ["<rss v1/>", "<rss v2/>"]) == 2
