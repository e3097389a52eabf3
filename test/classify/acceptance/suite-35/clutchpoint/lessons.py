"""Lessons in PostgreSQL (psycopg2) and the office's local ledger (SQLAlchemy and sqlite3 over a file)."""
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg2
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from clutchpoint import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS lessons (id INTEGER PRIMARY KEY, learner TEXT NOT NULL, slot TEXT NOT NULL, UNIQUE (learner, slot));
CREATE TABLE IF NOT EXISTS payments (id INTEGER PRIMARY KEY, learner TEXT NOT NULL, pence INTEGER NOT NULL);
"""


def connect_pg():
    return psycopg2.connect(settings.DATABASE_DSN)


def ledger_engine(path):
    return create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE, max_overflow=0,
                         pool_timeout=0.5, connect_args={"check_same_thread": False})


def create_schema(path):
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)


def book(path, learner, slot):
    with sqlite3.connect(path, timeout=1.0) as db:
        db.execute("INSERT INTO lessons (learner, slot) VALUES (?, ?)", (learner, slot))


def reschedule(path, learner, old_slot, new_slot):
    # Moves a lesson: the new row goes in first so the learner never has a gap.
    book(path, learner, new_slot)
    book(path, learner, old_slot)


def lessons_with_instructor(path, learner):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT slot, instructor FROM lessons WHERE learner = ?", (learner,)).fetchall()


def pay_and_book(path, learner, slot, pence):
    db = sqlite3.connect(path, timeout=0.2)
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO payments (learner, pence) VALUES (?, ?)", (learner, pence))
    book(path, learner, slot)  # a second connection while the payment's transaction is open
    db.commit()


def record_payments(engine, rows):
    with Session(engine) as session:
        for learner, pence in rows:
            try:
                session.execute(text("INSERT INTO payments (id, learner, pence) VALUES (1, :l, :p)"), {"l": learner, "p": pence})
                session.flush()
            except IntegrityError:
                pass  # a duplicate from the till's retry
        session.commit()


def workers_total(engine, learners):
    def one(learner):
        with engine.connect() as conn:
            time.sleep(0.4)  # the till's report query is slow
            return conn.execute(text("SELECT COUNT(*) FROM payments WHERE learner = :l"), {"l": learner}).scalar()

    with ThreadPoolExecutor(max_workers=3) as pool:
        return sum(pool.map(one, learners))
