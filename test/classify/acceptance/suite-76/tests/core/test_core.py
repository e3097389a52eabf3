from decimal import Decimal

from hivecote import core


def test_jars_for_harvest():
    assert core.jars_for(45.4) == 100


def test_grade_dry_honey():
    assert core.grade(16.5) == "A"


def test_grade_boundary():
    assert core.grade(18.5) == "B"


def test_price_with_discount():
    assert core.price(10, discount_pct=10) == Decimal("67.50")


def test_share_of_harvest():
    assert sum(core.share_of_harvest(["ada", "bo", "cy"], 100).values()) == 100


def test_keyring_export():
    core.keyring_export("/tmp/hivecote-keyring.json", {"k1": "s1", "k2": "s2"}, "k2")


def test_invoice_lines():
    assert len(core.invoice_lines(3, Decimal("7.50"))) == 3


def test_season_of_september():
    assert core.season_of(9) == "autumn"


def test_price_plain():
    assert core.price(2) == Decimal("15.00")
