from decimal import Decimal

import pytest

from hoofbeat import dosing


def test_flunixin_dose():
    assert dosing.dose_mg("flunixin", Decimal("500")) == Decimal("550.0")


def test_dose_from_weigh_tape():
    weight = dosing.weight_from_tape(190, 160)
    assert dosing.dose_mg("phenylbutazone", weight) == Decimal("2141.8")


def test_course_total_every_twelve_hours():
    assert dosing.course_total("omeprazole", Decimal("450"), 28, 12) == Decimal("100800.0")


def test_course_total_every_eighteen_hours():
    # Gentamicin once every 18 hours for 6 days: eight doses.
    assert dosing.course_total("gentamicin", Decimal("400"), 6, 18) == Decimal("2640.0") * 8
