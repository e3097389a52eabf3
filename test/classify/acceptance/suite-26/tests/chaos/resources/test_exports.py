import pytest

from starwick import exports

pytestmark = pytest.mark.chaos


def test_nightly_log_written():
    assert exports.write_log("/dev/full", ["21:04 dome open", "21:10 m31 slew"])


def test_stack_of_frames(tmp_path):
    frame = b"\0" * (1024 * 1024)
    assert exports.write_stack(tmp_path / "m31-stack.fits", [frame] * 12)


def test_thumbnail_made(tmp_path):
    source = tmp_path / "m42.fits"
    source.write_bytes(b"SIMPLE  =")
    assert exports.thumbnail(str(source), str(tmp_path / "m42.png"))


def test_export_folder_ready():
    assert exports.export_dir()
