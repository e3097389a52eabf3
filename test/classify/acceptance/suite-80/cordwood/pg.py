"""The yard's stock in PostgreSQL (psycopg2): yards, stacks, sales, invoices. Schema: migrations/pg/*.sql."""
import psycopg2
import psycopg2.errors

from cordwood import settings


def connect(dsn=None):
    return psycopg2.connect(dsn or settings.pg_dsn(), connect_timeout=2)


def add_yard(conn, name):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO yards (name) VALUES (%s) RETURNING id", (name,))
        yard_id = cur.fetchone()[0]
    conn.commit()
    return yard_id


def add_stack(conn, yard_id, name, species, cords):
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO stacks (yard_id, name, species, cords) VALUES (%s, %s, %s, %s) RETURNING id",
            (yard_id, name, species, cords),
        )
        stack_id = cur.fetchone()[0]
    conn.commit()
    return stack_id


def stacks_with_yards(conn):
    """(stack name, yard name) for every stack, by stack name."""
    with conn.cursor() as cur:
        cur.execute("SELECT s.name, y.name FROM stacks s JOIN yards y ON y.id = s.id ORDER BY s.name")
        return cur.fetchall()


def stack_names(conn):
    """Every stack's name, in no particular order."""
    with conn.cursor() as cur:
        cur.execute("SELECT name FROM stacks")
        return [row[0] for row in cur.fetchall()]


def cords_of(conn, name):
    with conn.cursor() as cur:
        cur.execute("SELECT cords FROM stacks WHERE name = %s", (name,))
        row = cur.fetchone()
    conn.commit()
    return row[0] if row else None


def set_cords(conn, name, cords):
    with conn.cursor() as cur:
        cur.execute("UPDATE stacks SET cords = %s WHERE name = %s", (cords, name))
    conn.commit()


def sell(conn, name, cords, buyer):
    """Takes `cords` from a stack and records the sale."""
    current = cords_of(conn, name)
    with conn.cursor() as cur:
        cur.execute("UPDATE stacks SET cords = %s WHERE name = %s", (current - cords, name))
        cur.execute("INSERT INTO sales (stack, cords, buyer) VALUES (%s, %s, %s)", (name, cords, buyer))
    conn.commit()


def log_sale(conn, name, cords, buyer):
    """Records a sale taken by phone (the stack is counted at the weekly tally)."""
    with conn.cursor() as cur:
        cur.execute("INSERT INTO sales (stack, cords, buyer) VALUES (%s, %s, %s)", (name, cords, buyer))


def sales_count(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sales")
        count = cur.fetchone()[0]
    conn.commit()
    return count


def find_buyer(conn, name):
    with conn.cursor() as cur:
        cur.execute(f"SELECT id FROM buyers WHERE name = '{name}'")
        row = cur.fetchone()
    conn.commit()
    return row[0] if row else None


def add_buyer(conn, name):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO buyers (name) VALUES (%s) RETURNING id", (name,))
        buyer_id = cur.fetchone()[0]
    conn.commit()
    return buyer_id


def rename_stacks(conn, renames):
    """Renames stacks; a rename onto a taken name is skipped. Returns the names done."""
    done = []
    with conn.cursor() as cur:
        for old, new in renames:
            try:
                cur.execute("UPDATE stacks SET name = %s WHERE name = %s", (new, old))
                done.append(new)
            except psycopg2.errors.UniqueViolation:
                continue
    conn.commit()
    return done


def move_cords(conn, source, target, cords):
    """Moves cords between two stacks in one transaction."""
    with conn.cursor() as cur:
        cur.execute("UPDATE stacks SET cords = cords - %s WHERE name = %s", (cords, source))

        cur.execute("SELECT pg_sleep(0.3)")
        cur.execute("UPDATE stacks SET cords = cords + %s WHERE name = %s", (cords, target))
    conn.commit()


def invoice_total(conn, sale_id):
    with conn.cursor() as cur:
        cur.execute("SELECT total FROM invoices WHERE sale_id = %s", (sale_id,))
        row = cur.fetchone()
    conn.commit()
    return row[0] if row else None


def moisture_of(conn, name):
    with conn.cursor() as cur:
        cur.execute("SELECT moisture FROM stacks WHERE name = %s", (name,))
        row = cur.fetchone()
    conn.commit()
    return row[0] if row else None
