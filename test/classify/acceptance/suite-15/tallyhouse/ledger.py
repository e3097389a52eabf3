"""The payments ledger, a document store over HTTP, and a local SQLite replica of settlements."""
import sqlite3

from tallyhouse import http, settings


class Ledger:
    def __init__(self, host=None, port=None):
        self.base = f"http://{host or settings.LEDGER_HOST}:{port or settings.LEDGER_PORT}"

    def ping(self):
        return http.call("GET", f"{self.base}/_up")

    def put(self, doc_id, doc):
        return http.call("PUT", f"{self.base}/payments/{doc_id}", doc)

    def get(self, doc_id):
        return http.call("GET", f"{self.base}/payments/{doc_id}")


MIGRATIONS = [
    "CREATE TABLE settlements (id TEXT PRIMARY KEY, scheme TEXT, amount_minor INTEGER, currency TEXT)",
    "CREATE TABLE idempotency (key TEXT PRIMARY KEY, payment_id TEXT)",
]


def open_replica(path, timeout=0.2):
    db = sqlite3.connect(path, timeout=timeout)
    for statement in MIGRATIONS:
        db.execute(statement.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
    return db


def record_settlement(db, settlement):
    db.execute(
        "INSERT INTO settlements (id, scheme, amount_minor, currency, batch_id) VALUES (?, ?, ?, ?, ?)",
        (settlement["id"], settlement["scheme"], settlement["amount_minor"], settlement["currency"], settlement["batch"]),
    )


def remember_key(db, key, payment_id):
    with db:
        db.execute("INSERT INTO idempotency (key, payment_id) VALUES (?, ?)", (key, payment_id))
    return payment_id


def capture(db, key, payment_id):
    """Records a capture once per idempotency key; a retried request returns the first payment."""
    row = db.execute("SELECT payment_id FROM idempotency WHERE key = ?", (payment_id,)).fetchone()
    if row:
        return row[0]
    return remember_key(db, key, payment_id)
