import os
from decimal import Decimal

import pytest

from hotbox import receipts


@pytest.fixture
def receipt():
    return receipts.Receipt(order_id=1001, restaurant="pizzeria-uno", total=Decimal("27.49"))


@pytest.fixture
def refund_receipt():
    return receipts.Receipt(order_id=1002, restaurant="pizzeria-uno", total=Decimal("-5.00"), reason="late")


@pytest.fixture
def stored(receipt, tmp_path):
    path = receipts.store(receipt, folder=tmp_path)
    yield path
    os.remove(path)


def test_render_in_euro(receipt):
    assert receipts.render(receipt) == "Order 1001 from pizzeria-uno: €27.49"


def test_render_in_sterling(receipt):
    receipt.currency = "GBP"
    assert receipts.render(receipt, locale="en_GB") == "Order 1001 from pizzeria-uno: £27.49"


def test_store_in_the_receipts_folder(receipt):
    assert os.path.exists(receipts.store(receipt))


def test_stored_receipt_can_be_read(stored):
    with open(stored, encoding="utf-8") as handle:
        assert "27.49" in handle.read()


def test_stored_receipt_archived(stored, tmp_path):
    archived = tmp_path / "archive.txt"
    os.rename(stored, archived)
    assert archived.exists()


def test_refund_receipt(refund_receipt):
    assert "-€5.00" in receipts.render(refund_receipt)
