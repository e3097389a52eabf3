import sqlite3

import pytest

from tallyhouse import ledger

pytestmark = pytest.mark.chaos


def test_put_payment(ledger_client):
    assert ledger_client.put("pay_1", {"amount_minor": 1200})


def test_get_payment(ledger_client):
    assert ledger_client.get("pay_1")["amount_minor"] == 1200


def test_missing_payment_is_none(ledger_client):
    assert ledger_client.get("pay_404") is None


def test_ledger_roundtrip(ledger_client):
    ledger_client.put("pay_2", {"amount_minor": 5})
    assert ledger_client.get("pay_2") == {"amount_minor": 5}


def test_record_settlement(replica):
    ledger.record_settlement(replica, {"id": "st_1", "scheme": "visa", "amount_minor": 1200, "currency": "EUR", "batch": "b1"})


def test_replica_written_while_report_reads(tmp_path):
    writer = ledger.open_replica(tmp_path / "r.db")
    reader = ledger.open_replica(tmp_path / "r.db")
    reader.execute("BEGIN EXCLUSIVE")
    writer.execute("INSERT INTO settlements VALUES ('st_2', 'visa', 5, 'EUR')")


def test_capture_is_idempotent(replica):
    first = ledger.capture(replica, "idem-1", "pay_10")
    again = ledger.capture(replica, "idem-1", "pay_11")
    assert again == first
