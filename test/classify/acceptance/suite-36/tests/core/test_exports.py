import shutil

import pytest

from chairside import exports

SEEN = []


@pytest.fixture
def scratch(tmp_path):
    folder = tmp_path / "scratch"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_bundle_written(scratch):
    exports.write_bundle(scratch / "b.bin", [b"\x89PNG", b"\x89PNG"])
    SEEN.append("b.bin")
    assert (scratch / "b.bin").stat().st_size == 8


def test_bundle_moved(scratch, tmp_path):
    exports.write_bundle(scratch / "c.bin", [b"x"])
    shutil.move(str(scratch), str(tmp_path / "archived"))
    SEEN.append("c.bin")


def test_only_one_bundle_so_far():
    assert SEEN == ["c.bin"]
