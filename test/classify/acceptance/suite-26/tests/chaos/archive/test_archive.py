import pytest

from starwick.archive import Archive

pytestmark = pytest.mark.chaos


@pytest.fixture
def archive():
    archive = Archive()
    archive.health()
    return archive


def test_upload_frame(archive):
    assert archive.upload("m31-001.fits", b"SIMPLE  =", "m31")


def test_frames_for_target(archive):
    assert archive.frames("m42") == []


def test_upload_then_list(archive):
    frame = archive.upload("m45-001.fits", b"SIMPLE  =", "m45")
    assert frame in archive.frames("m45")


def test_delete_frame(archive):
    frame = archive.upload("m13-001.fits", b"SIMPLE  =", "m13")
    archive.delete(frame)


def test_upload_large_frame(archive):
    assert archive.upload("m51-001.fits", b"\0" * 100_000, "m51")


def test_frames_unknown_target(archive):
    assert archive.frames("nothing") == []


def test_upload_keeps_name(archive):
    assert archive.upload("m57 ring.fits", b"SIMPLE  =", "m57")


def test_frames_after_delete(archive):
    frame = archive.upload("m81-001.fits", b"SIMPLE  =", "m81")
    archive.delete(frame)
    assert frame not in archive.frames("m81")


def test_frames_listed_in_order(archive):
    assert archive.frames("m101") == sorted(archive.frames("m101"))


def test_health_reports_storage(archive):
    assert archive.health()["storage"] == "ok"
