import os
import shutil
from decimal import Decimal

import pytest

from hoofbeat.ledger import Ledger

pytestmark = pytest.mark.chaos


@pytest.fixture
def ledger_path(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    yield path
    os.remove(path)


@pytest.fixture
def ledger(ledger_path):
    book = Ledger(str(ledger_path))
    yield book
    book.close()


def test_open_invoice(ledger):
    assert ledger.open_invoice("Okafor") == 1


def test_add_line_updates_total(ledger):
    invoice = ledger.open_invoice("Okafor")
    ledger.add_line(invoice, "call-out", Decimal("45.00"))
    assert ledger.total(invoice) == Decimal("45.00")


def test_vat_due(ledger):
    invoice = ledger.open_invoice("Lindqvist")
    ledger.conn.execute("INSERT INTO lines VALUES (?, 'flunixin', '18.40')", (invoice,))
    assert ledger.vat_due(invoice) == pytest.approx(3.68)


def test_year_end_archive(ledger, ledger_path, tmp_path):
    ledger.open_invoice("Okafor")
    ledger.close()
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.move(str(ledger_path), str(archive / "2026.sqlite3"))
    assert (archive / "2026.sqlite3").exists()
