import pytest

from ropewalk import core


def test_duration_seconds():
    assert core.parse_duration("90s") == 90


def test_duration_minutes():
    assert core.parse_duration("15m") == 900


def test_duration_milliseconds():
    assert core.parse_duration("250ms") == pytest.approx(0.25)


def test_duration_hours_and_minutes():
    assert core.parse_duration("1h30m") == 5400


def test_duration_refuses_words():
    with pytest.raises(ValueError):
        core.parse_duration("soon")


def test_size_gigabytes():
    assert core.parse_size("2GB") == 2_000_000_000


def test_size_mebibytes():
    assert core.parse_size("10MiB") == 10 * 1024 * 1024


def test_rope_length():
    assert core.rope_length(1000, 36) == 36


def test_strands_needed():
    assert core.strands_needed(24, 8) == 7


def test_breaking_load_manila():
    assert core.breaking_load_kn(24, "manila") == 48.03


def test_shrinkage():
    assert core.shrinkage(220, 10) == pytest.approx(198)


def test_coils_round_up():
    assert core.coils(500) == 3
