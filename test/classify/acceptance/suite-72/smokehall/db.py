"""The order book (PostgreSQL through psycopg2): batches of fish in the kilns, customers, orders, stock, tastings."""
import threading

import psycopg2
import psycopg2.pool

from smokehall import settings

MIGRATIONS = {
    "0001_batches": """
        CREATE TABLE IF NOT EXISTS batches (
            id serial PRIMARY KEY, name text NOT NULL, kiln int NOT NULL, wood text NOT NULL,
            kg numeric(8, 2) NOT NULL, closed boolean NOT NULL DEFAULT false)""",
    "0002_customers_orders": """
        CREATE TABLE IF NOT EXISTS customers (id serial PRIMARY KEY, email text UNIQUE NOT NULL, name text);
        CREATE TABLE IF NOT EXISTS orders (
            id serial PRIMARY KEY, customer int REFERENCES customers(id), batch int REFERENCES batches(id),
            kg numeric(8, 2) NOT NULL, status text NOT NULL DEFAULT 'open')""",
    "0003_stock_tastings": """
        CREATE TABLE IF NOT EXISTS stock (kiln int PRIMARY KEY, kg numeric(8, 2) NOT NULL CHECK (kg >= 0));
        CREATE TABLE IF NOT EXISTS tastings (id serial PRIMARY KEY, batch int, note text NOT NULL);
        CREATE TABLE IF NOT EXISTS kiln_counters (kiln int PRIMARY KEY, loads int NOT NULL DEFAULT 0)""",
    "0004_loyalty": """
        CREATE TABLE IF NOT EXISTS loyalty_points (customer int PRIMARY KEY, points int NOT NULL DEFAULT 0)""",
}


def connect(port=None, user=None, password=None, **options):
    return psycopg2.connect(
        host=settings.DB_HOST, port=port or settings.DB_PORT, dbname=settings.DB_NAME,
        user=user or settings.DB_USER, password=password if password is not None else settings.DB_PASSWORD,
        connect_timeout=3, **options)


def migrate(conn, upto):
    with conn.cursor() as cur:
        for name, sql in MIGRATIONS.items():
            if name <= upto:
                cur.execute(sql)
    conn.commit()


def add_batch(conn, name, kiln, wood="oak", kg=40):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO batches (name, kiln, wood, kg) VALUES (%s, %s, %s, %s) RETURNING id",
                    (name, kiln, wood, kg))
        batch = cur.fetchone()[0]
    conn.commit()
    return batch


def batch_name(conn, batch):
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM batches WHERE id = %s", (batch,))
        row = cur.fetchone()
    return row[0] if row else None


def set_stock(conn, kiln, kg):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO stock (kiln, kg) VALUES (%s, %s) ON CONFLICT (kiln) DO UPDATE SET kg = EXCLUDED.kg",
                    (kiln, kg))
    conn.commit()


def stock(conn, kiln):
    with conn.cursor() as cur:
        cur.execute("SELECT kg FROM stock WHERE kiln = %s", (kiln,))
        return float(cur.fetchone()[0])


def register_customer(conn, email, name):
    """Registers a customer once per e-mail address."""
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM customers WHERE email = %s", (email,))
        row = cur.fetchone()
        if row:
            conn.commit()
            return row[0]
        # The check above and this insert are two statements: two sign-ups at once both see no row.
        threading.Event().wait(0.05)
        cur.execute("INSERT INTO customers (email, name) VALUES (%s, %s) RETURNING id", (email, name))
        customer = cur.fetchone()[0]
    conn.commit()
    return customer


def place_order(conn, customer, batch, kiln, kg):
    """Takes kg of stock from a kiln and records the order."""
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO orders (customer, batch, kg) VALUES (%s, %s, %s) RETURNING id",
                        (customer, batch, kg))
            order = cur.fetchone()[0]
            cur.execute("UPDATE stock SET kg = kg - %s WHERE kiln = %s", (kg, kiln))
        return order
    finally:
        conn.autocommit = False


def order_count(conn, customer):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders WHERE customer = %s", (customer,))
        return cur.fetchone()[0]


def move_stock(conn, source, target, kg):
    """Moves smoked fish between two kilns' stock, locking the source row first."""
    with conn.cursor() as cur:
        cur.execute("SELECT kg FROM stock WHERE kiln = %s FOR UPDATE", (source,))
        threading.Event().wait(0.3)
        cur.execute("SELECT kg FROM stock WHERE kiln = %s FOR UPDATE", (target,))
        cur.execute("UPDATE stock SET kg = kg - %s WHERE kiln = %s", (kg, source))
        cur.execute("UPDATE stock SET kg = kg + %s WHERE kiln = %s", (kg, target))
    conn.commit()


def reserve_serializable(conn, kiln, kg):
    """Reserves kg from a kiln if the kiln's open orders leave room; SERIALIZABLE, no retry."""
    conn.set_session(isolation_level="SERIALIZABLE")
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT coalesce(sum(o.kg), 0) FROM orders o JOIN batches b ON b.id = o.batch "
                        "WHERE b.kiln = %s AND o.status = 'open'", (kiln,))
            taken = float(cur.fetchone()[0])
            threading.Event().wait(0.2)
            cur.execute("SELECT id FROM batches WHERE kiln = %s ORDER BY id LIMIT 1", (kiln,))
            batch = cur.fetchone()[0]
            cur.execute("INSERT INTO orders (batch, kg) VALUES (%s, %s)", (batch, kg))
        conn.commit()
        return taken
    finally:
        conn.rollback()
        conn.set_session(isolation_level="READ COMMITTED")


def add_kiln_load(conn, kiln):
    """Counts a load into a kiln (read, then write)."""
    with conn.cursor() as cur:
        cur.execute("INSERT INTO kiln_counters (kiln) VALUES (%s) ON CONFLICT DO NOTHING", (kiln,))
        conn.commit()
        cur.execute("SELECT loads FROM kiln_counters WHERE kiln = %s", (kiln,))
        loads = cur.fetchone()[0]
        threading.Event().wait(0.01)
        cur.execute("UPDATE kiln_counters SET loads = %s WHERE kiln = %s", (loads + 1, kiln))
    conn.commit()


def kiln_loads(conn, kiln):
    with conn.cursor() as cur:
        cur.execute("SELECT loads FROM kiln_counters WHERE kiln = %s", (kiln,))
        return cur.fetchone()[0]


def kg_by_customer(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT c.email, sum(o.kg) FROM orders o JOIN customers c ON c.id = o.customer "
                    "GROUP BY c.id ORDER BY c.name")
        return {email: float(kg) for email, kg in cur.fetchall()}


def wood_report(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT wood, count(*) FROM batches GROUP BY wood HAVING kg > 10")
        return dict(cur.fetchall())


def monthly_yield(conn):
    """The smokehouse's yield report: every batch against a day-by-day calendar of kiln hours."""
    with conn.cursor() as cur:
        cur.execute(f"SET statement_timeout = {settings.STATEMENT_TIMEOUT_MS}")
        cur.execute("SELECT count(*) FROM generate_series(1, 20000000) AS hour")
        return cur.fetchone()[0]


def loyalty_points(conn, customer):
    with conn.cursor() as cur:
        cur.execute("SELECT points FROM loyalty_points WHERE customer = %s", (customer,))
        row = cur.fetchone()
    return row[0] if row else 0


def add_loyalty(conn, customer, points):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO loyalty_points (customer, points) VALUES (%s, %s) "
                    "ON CONFLICT (customer) DO UPDATE SET points = loyalty_points.points + EXCLUDED.points",
                    (customer, points))
    conn.commit()


def record_tasting(batch, note):
    """Tasting notes are read on the replica; the code writes them there too."""
    conn = connect(port=settings.REPLICA_PORT)
    try:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO tastings (batch, note) VALUES (%s, %s)", (batch, note))
        conn.commit()
    finally:
        conn.close()


def tasting_notes(batch):
    conn = connect(port=settings.REPLICA_PORT)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT note FROM tastings WHERE batch = %s ORDER BY id", (batch,))
            return [row[0] for row in cur.fetchall()]
    finally:
        conn.close()


def export_months(months):
    """Exports each month's orders; one connection per month, closed once the export is written."""
    opened = []
    try:
        for month in months:
            conn = connect()
            opened.append(conn)
            with conn.cursor() as cur:
                cur.execute("SELECT count(*) FROM orders WHERE id %% 12 = %s", (month % 12,))
        return len(opened)
    finally:
        for conn in opened:
            conn.close()


def reports_connection():
    return connect(user=settings.REPORTS_USER, password=settings.REPORTS_PASSWORD)


def open_orders_report():
    conn = reports_connection()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM orders WHERE status = 'open'")
            return cur.fetchone()[0]
    finally:
        conn.close()


def batches_report():
    conn = reports_connection()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM batches")
            return cur.fetchone()[0]
    finally:
        conn.close()


def audit_connection():
    return connect(user=settings.AUDIT_USER, password=settings.AUDIT_PASSWORD)


def analytics_connection():
    return connect(port=settings.ANALYTICS_PORT)


def archive_connection():
    return connect(port=settings.ARCHIVE_PORT)


_pool = None


def pool():
    global _pool
    if _pool is None:
        _pool = psycopg2.pool.ThreadedConnectionPool(1, 3, host=settings.DB_HOST, port=settings.DB_PORT,
                                                     dbname=settings.DB_NAME, user=settings.DB_USER,
                                                     password=settings.DB_PASSWORD)
    return _pool


def pooled_batch_name(batch):
    conn = pool().getconn()
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM batches WHERE id = %s", (batch,))
        row = cur.fetchone()
    if row is None:
        return None
    pool().putconn(conn)
    return row[0]
