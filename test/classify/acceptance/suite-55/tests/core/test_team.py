import pytest

from fellcall import team


@pytest.mark.parametrize("n", list(range(1, 31)))
def test_counter_single_thread(n):
    counter = team.CalloutCounter()
    for _ in range(n):
        counter.record()
    assert counter.count == n


@pytest.mark.parametrize("items,ttl", [(["a"], 10), (["a", "b"], 10), ([], 1), (["rope"], 60)])
def test_nothing_overdue_at_once(items, ttl):
    timer = team.KitTimer(ttl=ttl)
    for item in items:
        timer.check_out(item)
    assert timer.overdue() == []
