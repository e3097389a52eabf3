import pytest

from spoilheap import register

LABELS = []


@pytest.mark.parametrize("site", ["SPH23", "SPH24", "KGF19", "WRX07"])
@pytest.mark.parametrize("taken", [[], [1], [1, 2, 3], [7], [4, 9, 11]], ids=["none", "one", "three", "seven", "gaps"])
def test_find_number_format(site, taken):
    assert register.next_find_number(site, taken).startswith(f"{site}-")


@pytest.mark.parametrize(("taken", "expected"), [([1, 2, 3], "SPH24-0004"), ([7], "SPH24-0008")])
def test_next_find_number(taken, expected):
    assert register.next_find_number("SPH24", taken) == expected


@pytest.mark.parametrize("bags", range(1, 9))
def test_counter_one_team(bags):
    counter = register.FindCounter()
    for _ in range(bags):
        counter.bag()
    assert counter.count == bags


def test_day_book_records():
    book = register.DayBook()
    book.record("SPH24-0001", "flint")
    assert book.export() == ["SPH24-0001,flint"]


def test_labels_printed_for_trench_one():
    LABELS.extend(["SPH24-0001", "SPH24-0002"])
    assert len(LABELS) == 2


def test_labels_printed_for_trench_two():
    LABELS.extend(["SPH24-0101", "SPH24-0102", "SPH24-0103"])
    assert len(LABELS) == 3


def test_context_count(sheet):
    _, conn = sheet
    assert conn.execute("SELECT count(*) FROM contexts").fetchone()[0] == 3
