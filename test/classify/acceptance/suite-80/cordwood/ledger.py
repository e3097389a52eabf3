"""The order ledger in SQLite: customers, orders, deliveries, stacks, invoices. Migrations set PRAGMA user_version."""
import sqlite3

from cordwood import settings

MIGRATIONS = [
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, town TEXT)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),"
    " species TEXT NOT NULL, cords REAL NOT NULL, status TEXT NOT NULL DEFAULT 'open')",
    "CREATE TABLE deliveries (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL UNIQUE, driver TEXT NOT NULL,"
    " delivered_at TEXT NOT NULL)",
    "CREATE TABLE stacks (name TEXT PRIMARY KEY, species TEXT NOT NULL, cords REAL NOT NULL);"
    " CREATE INDEX stacks_by_species ON stacks (species, cords);"
    " CREATE TABLE invoices (order_id INTEGER PRIMARY KEY, total TEXT NOT NULL)",
]


def migrate(conn, upto=None):
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[: upto or len(MIGRATIONS)], start=1):
        if number > version:
            conn.executescript(script)
            conn.execute(f"PRAGMA user_version = {number}")
    conn.commit()


def connect(path=":memory:", migrated=True, timeout=None):
    conn = sqlite3.connect(path, timeout=float(timeout if timeout is not None else settings.busy_timeout()))
    conn.row_factory = sqlite3.Row
    if migrated:
        migrate(conn)
    return conn


class SchemaMismatch(RuntimeError):
    pass


def check_schema(conn):
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    expected = settings.schema_version()
    if found != expected:
        raise SchemaMismatch(f"ledger schema at version {found}, CORDWOOD_SCHEMA_VERSION expects {expected}")
    return found


def add_customer(conn, name, town="Ashby"):
    cursor = conn.execute("INSERT INTO customers (name, town) VALUES (?, ?)", (name, town))
    conn.commit()
    return cursor.lastrowid


def place_order(conn, customer_id, species, cords, status="open"):
    cursor = conn.execute(
        "INSERT INTO orders (customer_id, species, cords, status) VALUES (?, ?, ?, ?)",
        (customer_id, species, cords, status),
    )
    conn.commit()
    return cursor.lastrowid


def orders_with_names(conn):
    """(order id, customer name) for every order, by order id."""
    rows = conn.execute(
        "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.id ORDER BY o.id"
    ).fetchall()
    return [(row["id"], row["name"]) for row in rows]


def open_orders(conn, customer_id):
    """A customer's orders still to deliver: open or late."""
    rows = conn.execute(
        "SELECT id FROM orders WHERE customer_id = ? AND status = 'open' OR status = 'late' ORDER BY id",
        (customer_id,),
    ).fetchall()
    return [row["id"] for row in rows]


def page(conn, number, size):
    """Order ids on the 1-based page `number` of `size` orders."""
    rows = conn.execute(
        "SELECT id FROM orders ORDER BY id LIMIT ? OFFSET ?", (size, number * size)
    ).fetchall()
    return [row["id"] for row in rows]


def species_of(conn, customer_id):
    """The species a customer has ordered, in no particular order."""
    return [row[0] for row in conn.execute("SELECT DISTINCT species FROM orders WHERE customer_id = ?", (customer_id,))]


def stacks_of(conn, species):
    """Stack names of a species, in no particular order."""
    return [row[0] for row in conn.execute("SELECT name FROM stacks WHERE species = ?", (species,))]


def add_stack(conn, name, species, cords):
    conn.execute("INSERT INTO stacks (name, species, cords) VALUES (?, ?, ?)", (name, species, cords))
    conn.commit()


def stack_cords(conn, name):
    row = conn.execute("SELECT cords FROM stacks WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def record_delivery(conn, order_id, driver, when):
    """Marks the order delivered and records who delivered it."""
    conn.execute("INSERT INTO deliveries (order_id, driver, delivered_at) VALUES (?, ?, ?)", (order_id, driver, when))
    conn.execute("UPDATE orders SET status = 'delivered' WHERE id = ?", (order_id,))


def deliveries_by(conn, driver):
    rows = conn.execute(
        "SELECT order_id FROM deliveries WHERE driver = ? ORDER BY delivered_on", (driver,)
    ).fetchall()
    return [row[0] for row in rows]


def import_orders(conn, rows):
    """Imports (customer_id, species, cords) rows; a bad row is skipped. Returns the number imported."""
    imported = 0
    for customer_id, species, cords in rows:
        try:
            conn.execute("INSERT INTO orders (customer_id, species, cords) VALUES (?, ?, ?)", (customer_id, species, cords))
            imported += 1
        except sqlite3.IntegrityError:
            continue
    return imported


def invoice(conn, order_id, total):
    conn.execute("INSERT INTO invoices (order_id, total) VALUES (?, ?)", (order_id, str(total)))
    conn.commit()


def total_cords(conn):
    return conn.execute("SELECT SUM(cords) FROM orders").fetchone()[0]


def set_status(conn, order_id, status):
    conn.execute("UPDATE orders SET status = ? WHERE id = ?", (status, order_id))
    conn.commit()


def status_of(conn, order_id):
    return conn.execute("SELECT status FROM orders WHERE id = ?", (order_id,)).fetchone()[0]


def upsert_stack(conn, name, species, cords):
    """Sets a stack's cords, adding the stack if it is new."""
    conn.execute("INSERT INTO stacks (name, species, cords) VALUES (?, ?, ?)", (name, species, cords))
    conn.commit()


def customers_in(conn, town):
    return [row[0] for row in conn.execute("SELECT name FROM customers WHERE town = ? ORDER BY name", town)]
