"""Barcodes printed on new stock."""

import pytest

from lendwell import barcodes


@pytest.mark.parametrize("barcode", ["30001000012346", "30001000012353"])
def test_stock_barcodes_are_valid(barcode):
    assert barcodes.valid(barcode)


def test_short_barcode_is_invalid():
    assert not barcodes.valid("3000100001234")
