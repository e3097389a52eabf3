import pytest

from snowgate import lifts


@pytest.mark.nightly
def test_uptime_report():
    assert lifts.uptime_ratio(420, 480) == 0.875
