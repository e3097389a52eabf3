"""The payments ledger in PostgreSQL (asyncpg), and the shop tills' local ledger (SQLAlchemy over SQLite)."""
import asyncpg
import sqlalchemy as sa

from rinseway import settings


async def connect(dsn=None):
    return await asyncpg.connect(dsn or settings.LEDGER_DSN, timeout=2)


def till_engine(path):
    return sa.create_engine(f"sqlite:///{path}", pool_size=settings.LEDGER_POOL_SIZE, max_overflow=0, pool_timeout=0.5,
                            poolclass=sa.pool.QueuePool, connect_args={"check_same_thread": False})


def create_schema(engine):
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE payment (id INTEGER PRIMARY KEY, card_ref TEXT UNIQUE, pence INTEGER)"))


def record_payment(engine, card_ref, pence):
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO payment (card_ref, pence) VALUES (:r, :p)"), {"r": card_ref, "p": pence})


def refund(engine, card_ref, pence):
    # A refund is recorded as a payment with a negative amount under the same card reference.
    record_payment(engine, card_ref, -pence)


def daily_total(engine, shop):
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT SUM(pence) FROM payment WHERE shop = :s"), {"s": shop}).scalar()


def reconcile(engine, workers):
    """Each worker checks a connection out and holds it while it reconciles a till."""
    import threading
    held = []
    errors = []

    def work():
        try:
            conn = engine.connect()
            held.append(conn)
            threading.Event().wait(0.8)
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for conn in held:
        conn.close()
    if errors:
        raise errors[0]
