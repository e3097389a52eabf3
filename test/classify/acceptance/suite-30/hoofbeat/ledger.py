"""The practice's invoice ledger: SQLite on the practice server."""
import sqlite3
from decimal import Decimal

SCHEMA = """
CREATE TABLE IF NOT EXISTS invoices (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, total TEXT NOT NULL,
                                     paid INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS lines (invoice INTEGER NOT NULL, item TEXT NOT NULL, amount TEXT NOT NULL);
"""


class Ledger:
    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(path, timeout=0.2, isolation_level=None)
        self.conn.executescript(SCHEMA)

    def open_invoice(self, owner):
        cursor = self.conn.execute("INSERT INTO invoices (owner, total) VALUES (?, '0')", (owner,))
        return cursor.lastrowid

    def add_line(self, invoice, item, amount):
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO lines VALUES (?, ?, ?)", (invoice, item, str(amount)))
        # The running total is kept by the audit connection, which a second process also uses.
        audit = sqlite3.connect(self.path, timeout=0.2)
        audit.execute("UPDATE invoices SET total = ? WHERE id = ?", (str(self.total(invoice)), invoice))
        audit.commit()
        self.conn.execute("COMMIT")

    def total(self, invoice):
        rows = self.conn.execute("SELECT amount FROM lines WHERE invoice = ?", (invoice,)).fetchall()
        return sum((Decimal(amount) for (amount,) in rows), Decimal(0))

    def vat_due(self, invoice):
        row = self.conn.execute(
            "SELECT SUM(CAST(amount AS REAL) * vat_rate) FROM lines WHERE invoice = ?", (invoice,)
        ).fetchone()
        return row[0]

    def close(self):
        self.conn.close()
