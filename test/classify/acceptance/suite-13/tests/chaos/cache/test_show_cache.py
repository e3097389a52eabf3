import pytest

from podstead import cache

pytestmark = pytest.mark.chaos


def test_show_summary_cached():
    assert cache.show_summary(31)["id"] == 31


def test_cache_show_after_publish():
    cache.cache_show(31, {"id": 31, "episodes": 12})
    assert cache.show_summary(31)["episodes"] == 12


def test_summary_of_new_show_defaults_to_no_episodes():
    assert cache.show_summary(9001) == {"id": 9001, "episodes": 0}


def test_renamed_show_title_served():
    cache.save_title(77, "Night Shift")
    assert cache.show_title(77) == "Night Shift"
    cache.rename_show(77, "The Night Shift")
    assert cache.show_title(77) == "The Night Shift"


def test_chart_cache_opens():
    with cache.chart_cache() as charts:
        assert charts.get("chart:top") is None


def test_refresh_chart_counts_hit(tmp_path):
    assert cache.refresh_chart(tmp_path, "top", ["Night Shift", "Deep Water"]) == ["Night Shift", "Deep Water"]


@pytest.mark.flaky(reruns=1)
def test_chart_renders_within_budget():
    import time
    started = time.perf_counter()
    cache.render_chart(["Night Shift", "Deep Water", "Field Notes"])
    assert time.perf_counter() - started < 0.2
