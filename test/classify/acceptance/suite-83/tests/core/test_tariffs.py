import yaml

from berthline.settings import ROOT

with open(ROOT / "config" / "tariffs.yaml", encoding="utf-8") as handle:
    TARIFFS = yaml.safe_load(handle)


def test_high_season_months():
    assert TARIFFS["seasons"]["high"]["months"] == [6, 7, 8]


def test_low_season_rate():
    assert TARIFFS["seasons"]["low"]["rate_per_m"] == 2.10
