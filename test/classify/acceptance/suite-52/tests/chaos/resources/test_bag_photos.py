import os

import pytest

from bagdrop import images

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("count", [1, 10, 50])
def test_photos_written(tmp_path, count):
    assert len(images.photo_paths(str(tmp_path), count)) == count


def test_stitch_small_claim(tmp_path):
    assert images.stitch(images.photo_paths(str(tmp_path), 5)) == 5 * 67


def test_stitch_whole_flight(tmp_path):
    paths = images.photo_paths(str(tmp_path), 300)
    assert images.stitch(paths) == 300 * 67


def test_contact_sheet_small():
    assert len(images.contact_sheet(64, 48, 2)) == 64 * 48 * 8


def test_contact_sheet_for_wide_body_arrival():
    sheet = images.contact_sheet(4000, 3000, 80)
    assert len(sheet) == 4000 * 3000 * 4 * 80


def test_archive_small(tmp_path):
    assert os.path.getsize(images.archive(str(tmp_path), "a.bin", 4, 1024)) == 4096


def test_archive_of_a_day(tmp_path):
    path = images.archive(str(tmp_path), "day.bin", 24, 512 * 1024)
    assert os.path.getsize(path) == 24 * 512 * 1024


def test_export_sheet():
    images.export_sheet("SK1471.bin", b"\x00" * 64)
