import datetime as dt
import json
from decimal import Decimal
from unittest import mock

import pytest

from hedgerow import invoices
from hedgerow.errors import BookingError


def test_rent_full_plot():
    assert invoices.rent(Decimal("250")) == Decimal("105.00")


def test_rent_concession():
    assert invoices.rent(Decimal("250"), concession=True) == Decimal("52.50")


def test_rent_with_water():
    assert invoices.with_water(invoices.rent(Decimal("100"))) == Decimal("48.30")


def test_half_plot_rent():
    assert invoices.half_plot_rent(Decimal("250")) == Decimal("52.50")


def test_invoice_json():
    assert json.loads(invoices.invoice_json("A1", invoices.rent(Decimal("250"))))["amount"] == "105.00"


def test_reminder_text():
    text = invoices.render_reminder({"name": "Ruth", "plot": "A1"})
    assert "plot A1" in text


def test_payment_notice_parsed():
    notice = invoices.parse_notice({"plot": "A1", "pence": "31.50", "paid_at": "2026-04-01T10:00:00Z"})
    assert notice.pence == 3150


def test_overdue_local_due_date():
    assert invoices.overdue(dt.datetime(2026, 1, 1, 9, 0))


def test_book_spring_workday():
    assert invoices.book_workday(dt.date(2025, 4, 12)) == {"day": "2025-04-12"}


def test_rent_rate_change_mocked():
    with mock.patch("hedgerow.invoices.Decimal") as fake:
        fake.return_value = Decimal("0.50")
        assert invoices.rent(Decimal("100")) == Decimal("50.00")


def test_water_share_float():
    assert 0.1 + 0.2 == 0.3


def test_negative_area_refused():
    with pytest.raises(ValueError, match="area must be positive"):
        invoices.rent(Decimal("-5"))


def test_book_workday_refuses_past():
    with pytest.raises(BookingError, match="already passed"):
        invoices.book_workday(dt.date(2020, 1, 1))
