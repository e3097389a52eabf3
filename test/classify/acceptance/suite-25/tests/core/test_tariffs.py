import pytest

from rillmark import tariffs


def test_standing_plus_volume():
    assert tariffs.price("standing + volume * 1.84", standing=10, volume=2) == 13.68


def test_rebate_subtracted():
    assert tariffs.price("volume * 1.84 - rebate", volume=10, rebate=2) == 16.4


def test_grouped_formula():
    assert tariffs.price("(standing + volume) * 1.2", standing=10, volume=5) == 18.0
