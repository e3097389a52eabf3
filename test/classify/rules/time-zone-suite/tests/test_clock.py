import datetime

import pytest

from almanac.clock import local_hour

NOON_UTC = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize(
    "harbour, hour",
    [("brest", 14), ("seattle", 5), ("dover", 13), ("lisbon", 13), ("recife", 9)],
)
def test_local_hour(harbour, hour):
    assert local_hour(harbour, NOON_UTC) == hour
