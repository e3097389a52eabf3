import pytest

from mashtun import health

pytestmark = pytest.mark.chaos


def test_dashboard_dependencies_up():
    report = health.check_all()
    assert report["excise"] == "ok"


def test_cache_up():
    report = health.check_all()
    assert report["memcached"] == "ok", report
