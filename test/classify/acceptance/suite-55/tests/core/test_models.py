import pytest

from fellcall import models


@pytest.mark.parametrize("casualties", [0, 1, 2, 3, 5])
def test_callout_casualties(casualties):
    message = {"incident": "MR-2026-0400", "location": {"grid": "NY 342 151"},
               "casualties": [{"name": f"walker-{i}", "age": 30 + i} for i in range(casualties)]}
    assert len(models.callout_from_dispatch(message).casualties) == casualties


@pytest.mark.parametrize("team", [4, 8, 12, 20])
def test_callout_team_size(team):
    message = {"incident": "MR-2026-0401", "location": {"grid": "NY 215 072"}, "team": team}
    assert models.callout_from_dispatch(message).team_size == team


def test_callout_casualty_age_unknown():
    message = {"incident": "MR-2026-0402", "location": {"grid": "NY 361 175"},
               "casualties": [{"name": "climber", "injuries": ["ankle"]}]}
    assert models.callout_from_dispatch(message).casualties[0].injuries == ["ankle"]
