import pytest

from fellcall import maps, settings

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("tile", [(12, 2018, 1305), (13, 4037, 2611)])
def test_map_tile(map_tiles, tile):
    assert maps.tile(*tile).startswith(b"\x89PNG")


def test_map_tile_with_team_ca(map_tiles, monkeypatch):
    # The runner mounts the tile service's CA where the deployment's settings point.
    monkeypatch.setattr(settings, "MAPS_CA_FILE", map_tiles.ca_file)
    assert maps.tile(12, 2018, 1305).startswith(b"\x89PNG")
