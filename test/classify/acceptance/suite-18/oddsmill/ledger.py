"""The bet ledger: PostgreSQL in production, SQLite on a trading desk's machine; archived results in zips."""
import sqlite3
import zipfile

import psycopg2

from oddsmill import settings


def connect_pg():
    return psycopg2.connect(settings.PG_DSN)


def open_desk(path):
    db = sqlite3.connect(path, timeout=0.2)
    db.execute("CREATE TABLE IF NOT EXISTS bets (id TEXT PRIMARY KEY, market TEXT, stake INTEGER, price REAL, settled INTEGER DEFAULT 0)")
    return db


def place(db, bet_id, market, stake, price):
    db.execute("INSERT INTO bets (id, market, stake, price) VALUES (?, ?, ?, ?)", (bet_id, market, stake, price))


def settle(path, bet_id):
    db = sqlite3.connect(path, timeout=0.2)
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE bets SET settled = 1 WHERE id = ?", (bet_id,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("INSERT INTO settlements (bet_id) VALUES (?)", (bet_id,))
    audit.commit()
    db.commit()


def record_settlement(db, bet_id):
    db.execute("INSERT INTO settlements (bet_id) VALUES (?)", (bet_id,))


def void_market(db, market):
    for (bet_id,) in db.execute("SELECT id FROM bets WHERE market = ?", (market,)).fetchall():
        db.execute("INSERT INTO bets (id, market, stake, price, settled) VALUES (?, ?, 0, 1.0, 1)", (bet_id, market))


def count_rows(path):
    db = sqlite3.connect(path)
    return db.execute("SELECT count(*) FROM bets").fetchone()[0]


def archived_results(path):
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()
