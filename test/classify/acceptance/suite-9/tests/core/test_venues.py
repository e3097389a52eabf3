from pathlib import Path

import pytest
import yaml

VENUES = yaml.safe_load((Path(__file__).parents[2] / "config" / "venues.yaml").read_text())


@pytest.mark.parametrize("slug", sorted(VENUES))
def test_sections_add_up_to_capacity(slug):
    venue = VENUES[slug]
    assert sum(venue.get("sections", {}).values()) in (0, venue["capacity"])
