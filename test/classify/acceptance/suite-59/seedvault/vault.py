"""The vault register: accessions, cold rooms, germination tests and withdrawals in PostgreSQL (psycopg2)."""
import pathlib
import threading

import psycopg2
import psycopg2.extensions
import psycopg2.pool

from seedvault import settings

MIGRATIONS = pathlib.Path(__file__).resolve().parent.parent / "migrations"


def connect(dsn=None):
    conn = psycopg2.connect(dsn or settings.VAULT_DSN)
    with conn.cursor() as cur:
        cur.execute(f"SET statement_timeout = {settings.STATEMENT_TIMEOUT_MS}")
        cur.execute(f"SET lock_timeout = {settings.LOCK_TIMEOUT_MS}")
    conn.commit()
    return conn


def replica():
    """A connection to the read replica, for reports that must not load the primary."""
    return psycopg2.connect(settings.REPLICA_DSN)


def archive():
    """The herbarium's archive of old accession sheets."""
    return psycopg2.connect(settings.ARCHIVE_DSN)


def migrate(conn):
    with conn.cursor() as cur:
        for name in settings.MIGRATIONS:
            cur.execute((MIGRATIONS / name).read_text())
    conn.commit()


def reset(conn):
    with conn.cursor() as cur:
        cur.execute("TRUNCATE accessions, rooms, germination, withdrawals RESTART IDENTITY")
    conn.commit()


def intake_pool():
    return psycopg2.pool.ThreadedConnectionPool(settings.INTAKE_POOL_MIN, settings.INTAKE_POOL_MAX,
                                                settings.VAULT_DSN)


def register(conn, number, species, seeds):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO accessions (number, species, seeds) VALUES (%s, %s, %s) RETURNING id",
                    (number, species, seeds))
        accession = cur.fetchone()[0]
    conn.commit()
    return accession


def next_number(conn, year):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM accessions WHERE number LIKE %s", (f"SV-{year}-%",))
        return f"SV-{year}-{cur.fetchone()[0] + 1:05d}"


def register_next(conn, year, species, seeds):
    """Gives a new collection the year's next accession number."""
    number = next_number(conn, year)
    # The clerk's screen confirms the species before the row is written.
    threading.Event().wait(0.1)
    return register(conn, number, species, seeds)


def intake_batch(pool, year, collections):
    """Registers one collection per thread, each on a connection from the intake pool."""
    conn = pool.getconn()
    try:
        for species, seeds in collections:
            with conn.cursor() as cur:
                cur.execute("INSERT INTO accessions (number, species, seeds) VALUES "
                            "('SV-' || %s || '-' || nextval('accessions_id_seq'), %s, %s)", (year, species, seeds))
            threading.Event().wait(0.05)
        conn.commit()
    finally:
        pool.putconn(conn)


def set_room(conn, name, trays):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO rooms VALUES (%s, %s) ON CONFLICT (name) DO UPDATE SET trays = %s", (name, trays, trays))
    conn.commit()


def move_trays(conn, source, target, count):
    """Moves trays between two cold rooms in one transaction."""
    with conn.cursor() as cur:
        cur.execute("UPDATE rooms SET trays = trays - %s WHERE name = %s", (count, source))
        threading.Event().wait(0.2)
        cur.execute("UPDATE rooms SET trays = trays + %s WHERE name = %s", (count, target))
    conn.commit()


def rooms(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT name, trays FROM rooms ORDER BY name")
        return dict(cur.fetchall())


def start_test(conn, accession, lot, sown):
    with conn.cursor() as cur:
        cur.execute("INSERT INTO germination (accession, lot, sown) VALUES (%s, %s, %s) RETURNING id",
                    (accession, lot, sown))
        test = cur.fetchone()[0]
    conn.commit()
    return test


def count_germinated(conn, test, seedlings):
    """Adds a bench's count of seedlings to a germination test."""
    conn.set_isolation_level(psycopg2.extensions.ISOLATION_LEVEL_SERIALIZABLE)
    with conn.cursor() as cur:
        cur.execute("SELECT germinated FROM germination WHERE id = %s", (test,))
        done = cur.fetchone()[0]
        threading.Event().wait(0.1)
        cur.execute("UPDATE germination SET germinated = %s WHERE id = %s", (done + seedlings, test))
    conn.commit()


def viability(conn, accession):
    with conn.cursor() as cur:
        cur.execute("SELECT lot, viability_pct FROM germination WHERE accession = %s ORDER BY lot", (accession,))
        return dict(cur.fetchall())


def record_viability(conn, test, pct):
    with conn.cursor() as cur:
        cur.execute("UPDATE germination SET viability_pct = %s WHERE id = %s", (pct, test))
    conn.commit()


def audit_withdrawal(accession):
    """The audit trail's own connection stamps the accession's last withdrawal."""
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute("UPDATE accessions SET last_withdrawn = now() WHERE id = %s", (accession,))
        conn.commit()
    finally:
        conn.close()


def withdraw(conn, accession, seeds):
    with conn.cursor() as cur:
        cur.execute("SELECT seeds FROM accessions WHERE id = %s FOR UPDATE", (accession,))
        held = cur.fetchone()[0]
        if held < seeds:
            raise ValueError(f"accession {accession} holds {held} seeds, {seeds} asked")
        cur.execute("UPDATE accessions SET seeds = seeds - %s WHERE id = %s", (seeds, accession))
        cur.execute("INSERT INTO withdrawals (accession, seeds) VALUES (%s, %s)", (accession, seeds))
        audit_withdrawal(accession)
    conn.commit()


def duplicate_lots(conn):
    """Lots sown twice for one accession, for the curators' weekly check."""
    with conn.cursor() as cur:
        cur.execute("SELECT a.id FROM germination a WHERE "
                    "(SELECT count(*) FROM germination b WHERE b.accession = a.accession AND b.lot = a.lot) > 1")
        return [row[0] for row in cur.fetchall()]


def stocktake(accessions):
    """Stamps a stocktake on every accession counted; reads the counts from the replica."""
    conn = replica()
    try:
        with conn.cursor() as cur:
            for accession, seeds in accessions.items():
                cur.execute("UPDATE accessions SET seeds = %s WHERE number = %s", (seeds, accession))
        conn.commit()
    finally:
        conn.close()


def count_on_replica(species):
    conn = replica()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM accessions WHERE species = %s", (species,))
            return cur.fetchone()[0]
    finally:
        conn.close()


def archive_sheets(species):
    conn = archive()
    with conn.cursor() as cur:
        cur.execute("SELECT sheet FROM sheets WHERE species = %s", (species,))
        return [row[0] for row in cur.fetchall()]
