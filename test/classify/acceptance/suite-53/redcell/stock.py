"""Blood units in the bank's fridges, in SQLite."""
import sqlite3

SCHEMA = """
create table if not exists units (id text primary key, blood_group text, component text, volume_ml integer,
                                  status text default 'available');
create table if not exists audit (unit text, action text);
"""


def connect(path):
    db = sqlite3.connect(path, timeout=0.5)
    db.executescript(SCHEMA)
    return db


def add_unit(db, unit_id, group, component="red cells", volume=280):
    db.execute("insert into units (id, blood_group, component, volume_ml) values (?, ?, ?, ?)",
               (unit_id, group, component, volume))
    db.commit()


def available(db, group):
    return [row[0] for row in db.execute(
        "select id from units where blood_group = ? and status = 'available' order by id", (group,))]


def reserve(db, unit_id):
    db.execute("update units set status = 'reserved' where id = ?", (unit_id,))
    db.commit()


def _audit(path, unit_id, action):
    db = sqlite3.connect(path, timeout=0.5)
    db.execute("insert into audit values (?, ?)", (unit_id, action))
    db.commit()
    db.close()


def issue(db, path, unit_id):
    db.execute("update units set status = 'issued' where id = ?", (unit_id,))
    _audit(path, unit_id, "issued")
    db.commit()


def expire_before(db, day):
    db.execute("update units set status = 'expired' where collected_on < ?", (day,))
    db.commit()
