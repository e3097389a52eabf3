"""Fines for late returns."""

from datetime import date

import pytest

from lendwell import loans, money


def test_three_days_late_is_three_days_of_fines():
    assert loans.fine_for(date(2026, 11, 2), date(2026, 11, 5)) == 75


def test_returned_on_the_due_date_is_free():
    assert loans.fine_for(date(2026, 11, 2), date(2026, 11, 2)) == 0


def test_returned_early_is_free():
    assert loans.fine_for(date(2026, 11, 2), date(2026, 10, 30)) == 0


@pytest.mark.parametrize("cents, capped", [(250, 250), (1000, 1000), (4000, 1000)])
def test_fines_are_capped(cents, capped):
    assert money.fine_cap(cents) == capped


def test_fine_shown_in_euro(settings):
    assert money.cents_to_text(275, settings) == "€2.75"
