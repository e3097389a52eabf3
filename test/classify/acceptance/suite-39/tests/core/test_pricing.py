from datetime import datetime
from decimal import Decimal

import pytest

from dispensa import pricing

SKUS = [f"SKU-{n:04d}" for n in range(240)]


@pytest.mark.parametrize("sku", SKUS)
def test_sku_format(sku):
    assert sku.startswith("SKU-") and len(sku) == 8


def test_vat_on_net_price():
    assert pricing.with_vat(Decimal("10.00")) == Decimal("12.00")


def test_copay_exempt():
    assert pricing.copay(Decimal("12.50"), exempt=True) == Decimal("0.00")


def test_receipt_json():
    assert "total" in pricing.receipt_json([{"sku": "AMOX-500", "price": Decimal("9.90")}])


def test_prescription_expiry():
    assert pricing.is_expired({"valid_until": datetime(2026, 1, 1, 12, 0)})


def test_prescription_still_valid():
    from datetime import timezone
    assert not pricing.is_expired({"valid_until": datetime(2025, 6, 30, tzinfo=timezone.utc)})


@pytest.mark.xfail(strict=True, reason="copay cap rounding, PHARM-212")
def test_copay_cap():
    assert pricing.copay(Decimal("12.50"), exempt=False) == Decimal("9.90")


def test_copay_rounding(price_table):
    assert pricing.copay(price_table["AMOX-500"], exempt=False) == Decimal("4.20")
