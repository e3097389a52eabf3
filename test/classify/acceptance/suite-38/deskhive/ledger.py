"""Each site's day ledger of desk and room charges (SQLAlchemy over SQLite)."""
import sqlite3
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.pool import QueuePool
from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, create_engine, insert, select, text

from deskhive import settings

metadata = MetaData()
charges = Table(
    "charges", metadata,
    Column("id", Integer, primary_key=True),
    Column("member", String, nullable=False),
    Column("reference", String, unique=True, nullable=False),
    Column("amount", Numeric(10, 2), nullable=False),
)


def engine_for(path):
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=settings.LEDGER_POOL_SIZE, max_overflow=0, pool_timeout=1,
                           connect_args={"check_same_thread": False})
    metadata.create_all(engine)
    return engine


def charge(engine, member, reference, amount):
    with engine.begin() as conn:
        conn.execute(insert(charges).values(member=member, reference=reference, amount=amount))


def total(engine, member):
    with engine.connect() as conn:
        return sum(row.amount for row in conn.execute(select(charges.c.amount).where(charges.c.member == member)))


def refunds(engine, member):
    with engine.connect() as conn:
        return conn.execute(text("SELECT refunded_at FROM charges WHERE member = :m"), {"m": member}).all()


def nightly_close(engine, members):
    """Sums every member's day on four workers."""
    def one(member):
        with engine.connect() as conn:
            rows = conn.execute(select(charges.c.amount).where(charges.c.member == member)).all()
            conn.execute(text("SELECT 1 FROM charges WHERE id IN (SELECT id FROM charges LIMIT 1000)")).all()
            import time
            time.sleep(1.5)
            return sum(row.amount for row in rows)
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, members))


def reissue_invoice(path, member):
    """Marks the member's charges invoiced and logs it in the audit table, on the ledger file."""
    writer = sqlite3.connect(path, timeout=0.2)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE charges SET amount = amount WHERE member = ?", (member,))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (line TEXT)")
    audit.execute("INSERT INTO audit VALUES (?)", (f"reissued {member}",))
    audit.commit()
    writer.commit()
