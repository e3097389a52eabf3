from datetime import datetime, timedelta

import pytest

from spokewell import fleetdb

pytestmark = pytest.mark.chaos


@pytest.mark.timeout(30)
def test_archive_a_season_of_rides(fleet):
    start = datetime(2026, 3, 1)
    rides = [(start + timedelta(hours=i), "gps trace " + "x" * 60000) for i in range(160)]
    assert fleetdb.archive_rides(rides) == 160


def test_archive_a_day(fleet):
    start = datetime(2026, 3, 1)
    assert fleetdb.archive_rides([(start, "short")]) == 1
