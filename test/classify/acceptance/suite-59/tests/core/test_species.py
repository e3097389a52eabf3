import pytest

from seedvault import species


@pytest.mark.parametrize("name", sorted(species.STORAGE))
def test_binomial_is_stable(name):
    assert species.binomial(name) == name


@pytest.mark.parametrize("raw,expected", [("quercus ROBUR", "Quercus robur"), ("  silene dioica ", "Silene dioica"),
                                          ("DIGITALIS purpurea", "Digitalis purpurea")])
def test_binomial(raw, expected):
    assert species.binomial(raw) == expected


@pytest.mark.parametrize("name,expected", [("Primula vulgaris", True), ("Quercus robur", False),
                                           ("Fagus sylvatica", True), ("Bellis perennis", False)])
def test_can_bank(name, expected):
    assert species.can_bank(name) is expected


@pytest.mark.parametrize("name,target", [("Primula vulgaris", 15), ("Fagus sylvatica", 30)])
def test_drying_target(name, target):
    assert species.drying_target(name) == target


def test_drying_target_of_oak():
    assert species.drying_target("Quercus robur") is None
