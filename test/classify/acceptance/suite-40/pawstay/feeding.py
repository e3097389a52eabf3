"""The feeding ledger of each site (SQLAlchemy over SQLite, and sqlite3 for the night export)."""
import sqlite3
import threading

from sqlalchemy import create_engine, text
from sqlalchemy.pool import QueuePool

from pawstay import settings


def engine_for(path):
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE,
                           max_overflow=0, pool_timeout=0.5, connect_args={"check_same_thread": False})
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS meals (id INTEGER PRIMARY KEY, dog TEXT, slot TEXT, "
                          "UNIQUE (dog, slot))"))
    return engine


def log_meal(engine, dog, slot):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO meals (dog, slot) VALUES (:dog, :slot)"), {"dog": dog, "slot": slot})


def log_meals_twice_for_safety(engine, dog, slot):
    log_meal(engine, dog, slot)
    log_meal(engine, dog, slot)


def busy_round(engine, hold, seconds):
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        hold.wait(seconds)


def parallel_rounds(engine, workers):
    hold = threading.Event()
    errors = []

    def one():
        try:
            busy_round(engine, hold, 1.0)
        except Exception as error:  # noqa: BLE001 - collected for the caller
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def export_night(path):
    writer = sqlite3.connect(path, timeout=0.2)
    writer.execute("CREATE TABLE IF NOT EXISTS night (dog TEXT)")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO night VALUES ('rex')")
    # A second connection for the summary, while the first still holds its write lock.
    summary = sqlite3.connect(path, timeout=0.2)
    summary.execute("INSERT INTO night VALUES ('summary')")
    summary.commit()
    writer.commit()
