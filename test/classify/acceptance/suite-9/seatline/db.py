"""The bookings database (PostgreSQL in production; SQLite for local runs)."""

from sqlalchemy import Column, DateTime, ForeignKey, Integer, Numeric, String, create_engine, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import declarative_base, relationship, sessionmaker
from sqlalchemy.pool import QueuePool

from seatline.settings import load

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    reference = Column(String(12), unique=True, nullable=False)
    email = Column(String(200), nullable=False)
    total = Column(Numeric(10, 2), nullable=False)
    status = Column(String(20), default="pending")
    tickets = relationship("Ticket", back_populates="order")


class Ticket(Base):
    __tablename__ = "tickets"
    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id"))
    event = Column(String(80), nullable=False)
    seat = Column(String(10), nullable=False)
    hold_expires_at = Column(DateTime)
    order = relationship("Order", back_populates="tickets")


def engine_for(url=None, settings=None, **kwargs):
    settings = settings or load()
    url = url or settings.database_url
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"check_same_thread": False})
    return create_engine(
        url,
        poolclass=QueuePool,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        future=True,
        **kwargs,
    )


def session_factory(engine):
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


def apply_migrations(engine, folder):
    """Runs the numbered SQL files in folder, in order (what the deploy job does)."""
    import pathlib

    with engine.begin() as conn:
        for path in sorted(pathlib.Path(folder).glob("*.sql")):
            for statement in path.read_text().split(";"):
                if statement.strip():
                    conn.execute(text(statement))


def place_order(session, reference, email, total, seats):
    order = Order(reference=reference, email=email, total=total)
    order.tickets = [Ticket(event=event, seat=seat) for event, seat in seats]
    session.add(order)
    session.flush()
    return order


def place_orders(session, orders):
    """Imports orders from a partner's file; one bad row must not stop the others."""
    placed = []
    for reference, email, total in orders:
        try:
            placed.append(place_order(session, reference, email, total, []))
        except IntegrityError:  # a duplicate reference: skip the row
            continue
    return placed


def find_order(session, reference):
    return session.execute(select(Order).where(Order.reference == reference)).scalar_one_or_none()


def tickets_expiring(conn, before):
    return conn.execute(
        text("SELECT id, seat FROM tickets WHERE hold_expires_at < :before"), {"before": before}).fetchall()


def sales_by_event(conn):
    """The nightly sales report: every ticket against every order line of its event."""
    return conn.execute(text(
        "SELECT t1.event, count(*) FROM tickets t1 JOIN tickets t2 ON t1.event = t2.event "
        "JOIN tickets t3 ON t2.event = t3.event GROUP BY t1.event")).fetchall()


def confirm_with_payment(engine, reference, take_payment):
    """Marks an order paid. The card is charged inside the transaction so a failed charge rolls it back."""
    with engine.begin() as conn:
        conn.execute(text("UPDATE orders SET status = 'paying' WHERE reference = :r"), {"r": reference})
        take_payment(reference)
        conn.execute(text("UPDATE orders SET status = 'paid' WHERE reference = :r"), {"r": reference})
