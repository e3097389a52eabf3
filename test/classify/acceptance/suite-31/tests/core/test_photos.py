import os

import pytest

from vitrine import photos

HERE = os.path.dirname(__file__)


def test_front_taken_at():
    with open(os.path.join(HERE, "..", "data", "2019.44-front.jpg"), "rb") as stream:
        assert photos.taken_at(stream) == "2019:05:14 10:22:03"


def test_back_taken_at():
    with open(os.path.join(HERE, "..", "data", "2019.44-back.jpg"), "rb") as stream:
        assert photos.taken_at(stream).startswith("2019:05:14")


def test_gallery_photo_taken_at():
    with open("data/2019.44-front.jpg", "rb") as stream:
        assert photos.taken_at(stream)


def test_rotation_upright():
    assert photos.rotation(1) == 0


def test_rotation_quarter_turn():
    assert photos.rotation(6) == 90


def test_rotation_mirrored():
    assert photos.rotation(5) == 90


@pytest.fixture
def front_photo():
    with open(os.path.join(HERE, "..", "data", "2019.44-front.jpg"), "rb") as stream:
        yield stream


def test_front_photo_orientation(front_foto):
    assert photos.taken_at(front_foto)
