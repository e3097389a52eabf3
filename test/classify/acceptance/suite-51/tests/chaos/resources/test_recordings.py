import pytest

from bowstring import recordings

pytestmark = pytest.mark.chaos


def test_save_rehearsal_take(tmp_path):
    path = recordings.save_take(str(tmp_path), "take-1.wav", b"\0" * (9 * 1024 * 1024))
    assert path.endswith(".wav")


def test_write_every_part(tmp_path):
    recordings.open_parts(str(tmp_path), [f"part-{n}.txt" for n in range(1500)])


def test_engrave_score(tmp_path):
    source = tmp_path / "mars.ly"
    source.write_text("\\relative c' { c4 d e f }")
    recordings.engrave(str(source))


@pytest.mark.parametrize("size", [1, 1024, 65536, 1048576])
def test_save_small_take(tmp_path, size):
    assert recordings.save_take(str(tmp_path), f"take-{size}.wav", b"\0" * size)
