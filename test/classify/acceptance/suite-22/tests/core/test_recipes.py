import pytest

from mashtun import recipes


def test_lager_abv():
    assert recipes.abv("liffey-lager") == 5.0


def test_ipa_abv():
    assert recipes.abv("spire-ipa") == 6.8


def test_lager_ibu():
    assert 15 <= recipes.ibu("liffey-lager", 1000) <= 30


def test_ipa_family():
    assert recipes.family("spire-ipa") == "ipa"


def test_water_batch_attenuation():
    assert recipes.attenuation(1.000, 1.000) == 0.0


def test_scaled_hops():
    assert recipes.scale("liffey-lager", 500) == {0: 450.0}


def test_stout_abv_exact():
    og, fg = 1.042, 1.011
    assert (og - fg) * 131.25 == 4.06875
