import os

import pytest

from cragloft import exports

pytestmark = pytest.mark.chaos


def test_archive_year_of_visits(tmp_path):
    visits = [f"2026-01-01T10:00:00 member-{n:06d} leith main-wall" for n in range(400_000)]
    exports.archive_visits(tmp_path / "visits-2026.txt", visits)


def test_print_batch_of_route_cards(tmp_path):
    cards = exports.open_route_cards(tmp_path, 1200)
    assert len(cards) == 1200


def test_monthly_export_saved():
    exports.save_export("2026-11.csv", "member,visits\n")


def test_heat_map_for_members():
    grid = exports.heat_map([{"id": 10}, {"id": 250_000}], walls=40)
    assert grid.sum() == 0


def test_route_photo_shrunk(tmp_path):
    photo = tmp_path / "wall.png"
    photo.write_bytes(b"")
    exports.shrink_photo(str(photo))


def test_uploads_watched():
    assert exports.watch_uploads() is not None
