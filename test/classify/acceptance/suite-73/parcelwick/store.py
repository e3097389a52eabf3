"""Shipments in SQLite."""

import sqlite3
import time

MIGRATIONS = {
    "0001_shipments": """
        create table shipments (
            id integer primary key,
            tracking text unique not null,
            recipient text not null,
            weight_kg real not null,
            zone integer not null,
            status text not null default 'booked'
        );
    """,
    "0002_audit": """
        create table audit (id integer primary key, shipment integer, event text not null, at real not null);
    """,
    # 0003_insurance adds shipments.insured_value (written for the insurer's cover, see insure()).
}


def connect(path, timeout=0.2):
    conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    conn.row_factory = sqlite3.Row
    return conn


def migrate(conn):
    for name in sorted(MIGRATIONS):
        conn.executescript(MIGRATIONS[name])


def tracking_number(depot):
    return f"PW{depot}{int(time.time())}"


def book(conn, depot, recipient, weight_kg, zone):
    cur = conn.execute(
        "insert into shipments (tracking, recipient, weight_kg, zone) values (?, ?, ?, ?)",
        (tracking_number(depot), recipient, weight_kg, zone),
    )
    return cur.lastrowid


def find(conn, shipment_id):
    row = conn.execute("select * from shipments where id = ?", (shipment_id,)).fetchone()
    return dict(row) if row else None


def audit(path, shipment_id, event):
    conn = connect(path)
    try:
        conn.execute("insert into audit (shipment, event, at) values (?, ?, ?)", (shipment_id, event, time.time()))
    finally:
        conn.close()


def dispatch(conn, path, shipment_ids):
    """Marks shipments dispatched in one transaction, auditing each."""
    conn.execute("begin immediate")
    try:
        for shipment_id in shipment_ids:
            conn.execute("update shipments set status = 'dispatched' where id = ?", (shipment_id,))
            audit(path, shipment_id, "dispatched")
        conn.execute("commit")
    except Exception:
        conn.execute("rollback")
        raise


def insure(conn, shipment_id, value):
    conn.execute("update shipments set insured_value = ? where id = ?", (value, shipment_id))


def count(conn, status=None):
    if status is None:
        return conn.execute("select count(*) from shipments").fetchone()[0]
    return conn.execute("select count(*) from shipments where status = ?", (status,)).fetchone()[0]


def by_zone(conn):
    return {row[0]: row[1] for row in conn.execute("select zone, count(*) from shipments group by zone")}


def cancel(conn, shipment_id):
    conn.execute("update shipments set status = 'cancelled' where id = ?", (shipment_id,))
