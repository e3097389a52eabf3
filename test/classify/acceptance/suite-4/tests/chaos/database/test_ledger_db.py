import sqlite3

import pytest

from tollgate import ledger, settings


@pytest.fixture
def book(tmp_path):
    book = ledger.Ledger(str(tmp_path / "ledger.db"))
    book.migrate()
    yield book
    book.conn.close()


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "archive.db"
    setup = sqlite3.connect(path)
    setup.execute("CREATE TABLE archived_entries (month TEXT, account TEXT, amount_cents INTEGER)")
    setup.close()
    conn = ledger.open_archive(path)
    yield conn
    conn.close()


@pytest.fixture
def nightly_source():
    return settings.require("TOLLGATE_NIGHTLY_LEDGER_URL")


@pytest.fixture
def rollup(book):
    book.append("anna", 500)
    book.append("bo", 250)
    book.start_rollup()
    yield book
    book.conn.execute("DROP TABLE tmp_rollup")


class TestLedgerDb:
    def test_append_and_list(self, book):
        book.append("anna", 500)
        book.append("anna", -200)
        assert book.entries("anna") == [500, -200]

    def test_entries_of_unknown_account(self, book):
        assert book.entries("nobody") == []

    def test_balance(self, book):
        book.append("anna", 500)
        book.append("anna", -200)
        assert book.balance("anna") == 300

    def test_reconcile(self, book):
        book.append("anna", 500)
        assert book.reconcile("anna") == 500

    def test_archive_month(self, archive):
        ledger.archive_month(archive, "2026-11", [("anna", 500), ("bo", 250)])
        assert archive.execute("SELECT COUNT(*) FROM archived_entries").fetchone()[0] == 2

    def test_replica_balance(self):
        assert ledger.replica_balance("anna") >= 0

    def test_audit_event_stored(self):
        assert ledger.audit({"kind": "login", "user": "anna"})

    def test_upsert_account_twice(self):
        engine = ledger.accounts_engine()
        ledger.upsert_account(engine, "anna@example.test", "AB-123")
        ledger.upsert_account(engine, "anna@example.test", "CD-456")

    def test_nightly_import(self, nightly_source):
        assert nightly_source.startswith("postgresql://")

    def test_rollup_totals(self, rollup):
        assert rollup.finish_rollup() == {"anna": 500, "bo": 250}
