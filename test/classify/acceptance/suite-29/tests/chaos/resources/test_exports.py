"""Route sheets, maps and PDFs under the runner's limits."""
import os

import pytest

from gritline import exports

pytestmark = pytest.mark.chaos


@pytest.fixture
def export_dir(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    yield folder
    os.rmdir(folder)


def test_route_sheets_for_county(tmp_path):
    routes = [f"R{n:04}" for n in range(1100)]
    assert exports.write_route_sheets(tmp_path, routes) == 1100


def test_route_sheets_for_depot(tmp_path):
    assert exports.write_route_sheets(tmp_path, ["A61-north", "B6045"]) == 2


def test_county_map(tmp_path):
    tile = b"\x89PNG" + b"\0" * (256 * 1024 - 4)
    assert exports.write_map(tmp_path / "county.png", [tile] * 40) == 40 * 256 * 1024


def test_upload_limit():
    assert exports.upload_limit() == 512 * 1024 * 1024


def test_spool_folder():
    assert exports.spool_folder().is_dir()


def test_render_route_pdf(tmp_path):
    source = tmp_path / "A61-north.html"
    source.write_text("<h1>A61 north</h1>")
    assert exports.render_pdf(source, tmp_path / "A61-north.pdf").exists()


def test_sheet_in_export_dir(export_dir):
    assert exports.write_route_sheets(export_dir, ["A61-north"]) == 1
