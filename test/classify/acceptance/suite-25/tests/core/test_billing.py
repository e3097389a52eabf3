import datetime as dt
import json
from decimal import Decimal
from unittest import mock

import pytest

from rillmark import billing, exports

SEEN_ACCOUNTS = []


def test_volumetric_charge():
    assert billing.volumetric(12, "1.84") == Decimal("22.08")


def test_sewerage_share():
    assert billing.sewerage(12, "1.20") == Decimal("13.25")


def test_instalments_add_up():
    parts = billing.instalments(Decimal("100.00"), 3)
    assert sum(parts) == Decimal("100.00")


def test_vat_on_bill():
    assert billing.with_vat(Decimal("40.00")) == Decimal("42.00")


def test_days_between_reads():
    previous = dt.datetime(2026, 1, 5, 9, 0)
    current = dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.timezone.utc)
    assert billing.days_between_reads(previous, current) == 59


def test_bill_as_json():
    bill = {"account": "RM-NO-100234", "total": billing.volumetric(10, "1.84")}
    assert json.loads(billing.bill_json(bill))["total"] == "18.40"


def test_standing_charge_for_a_quarter():
    assert billing.standing_charge(91, "73.00") == Decimal("18.20")


def test_estimate_from_history():
    assert billing.estimate([10, 12, 14]) == Decimal("22.08")


def test_bill_period_over_year_end():
    assert billing.bill_period(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)


def test_first_bill_for_new_account():
    SEEN_ACCOUNTS.append("RM-NO-100234")
    assert SEEN_ACCOUNTS == ["RM-NO-100234"]


def test_second_bill_for_new_account():
    SEEN_ACCOUNTS.append("RM-SO-200871")
    assert SEEN_ACCOUNTS == ["RM-SO-200871"]


def test_meter_reading_average():
    readings = [0.1, 0.7]
    assert readings[0] + readings[1] == 0.8


def test_regulator_table_is_rounded():
    table = exports.regulator_table([["M-1", 12.25, ""]])
    assert "| M-1     |     12.3 |" in table


def test_reading_due_date_in_future():
    due = dt.date(2026, 6, 30)
    assert due > dt.date.today()


def test_daily_export_mocked(tmp_path):
    with mock.patch("rillmark.exports.export_readings") as export:
        export.return_value = str(tmp_path / "readings.csv")
        with mock.patch("rillmark.settings.EXPORT_DIR", str(tmp_path)):
            exports.daily_export([("M-1", 12.0)])
    export.assert_called_once()
    assert (tmp_path / "readings.csv").exists()


def test_instalment_for_zero_months():
    with pytest.raises(ValueError):
        billing.instalments(Decimal("100.00"), 0)


@pytest.mark.xfail(strict=True, reason="rounding of the sewerage share, issue 412")
def test_sewerage_share_rounds_to_cents():
    assert billing.volumetric(10, "1.20") == Decimal("12.00")
