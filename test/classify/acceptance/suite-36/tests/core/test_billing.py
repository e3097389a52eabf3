import json
from decimal import Decimal

import pytest

from chairside import billing


def test_fee_lookup():
    assert billing.fee("D0120") == Decimal("55.00")


def test_fee_with_vat():
    assert billing.with_vat(billing.fee("D2391")) == Decimal("216.00")


def test_insurer_share_rounds_to_cents():
    assert billing.insurer_share(Decimal("95.00"), 65) == Decimal("61.75")


def test_invoice_json():
    assert json.loads(billing.invoice_json("ada", ["D0120", "D1110"]))["lines"][1]["code"] == "D1110"


def test_instalments_add_up():
    assert sum(billing.instalments(1150.0, 3)) == 1150.0


def test_discount_refused():
    with pytest.raises(ValueError, match="discount must be between 0 and 100"):
        billing.discount(Decimal("95.00"), 120)


@pytest.mark.parametrize("code, expected", [("D0120", "55.00"), ("D1110", "95.00"), ("D2740", "1150.00")])
def test_fees(code, expected):
    assert billing.fee(code) == Decimal(expected)
