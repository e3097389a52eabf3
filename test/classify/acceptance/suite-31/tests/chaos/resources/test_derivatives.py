import os
import time

import pytest

from vitrine import photos, search

pytestmark = pytest.mark.chaos


def test_rights_statement(tmp_path):
    image = tmp_path / "2019.44.jpg"
    image.write_bytes(b"\xff\xd8\xff\xd9")
    assert "Rights" in photos.embedded_rights(str(image))


def test_print_master(tmp_path):
    path = photos.write_derivative(str(tmp_path), "2019.44-print.tif", 12 << 20)
    assert os.path.getsize(path) == 12 << 20


def test_thumbnail_whole_gallery():
    done = photos.thumbnail_all([f"2019.{n}" for n in range(200)], lambda image: time.sleep(0.2) or image)
    assert len(done) == 200


def test_index_speed(tmp_path):
    started = time.perf_counter()
    ix = search.open_index(str(tmp_path))
    search.add_objects(ix, [(f"2019.{n}", f"Object {n}") for n in range(4)])
    elapsed = time.perf_counter() - started
    assert elapsed < 0.05, f"indexing 4 objects took {elapsed:.2f} s, budget 0.05 s"


def test_web_derivative():
    path = photos.write_derivative(None, "2019.44-web.jpg", 1 << 20)
    assert os.path.exists(path)
