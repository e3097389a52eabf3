"""The cave ledger in SQLite: wheels, turns and the tasting book."""
import json
import sqlite3

from . import settings

SCHEMA = """
create table if not exists wheels (id integer primary key, kind text not null, made text not null, cave text);
create table if not exists turns (wheel integer not null, day text not null, hand text not null);
"""


def connect(path=":memory:"):
    conn = sqlite3.connect(path, timeout=5.0)
    conn.executescript(SCHEMA)
    return conn


def tasting_config():
    return json.loads((settings.CONFIG / "tasting.json").read_text(encoding="utf-8"))


def tasting_book():
    config = tasting_config()
    return sqlite3.connect(config["path"], timeout=config["timeout"])


def archive():
    return sqlite3.connect(settings.RUN / "archive" / "ledger.db")


def readonly_ledger():
    return sqlite3.connect(settings.READONLY / "ledger.db")


def add_wheel(conn, kind, made, cave):
    cur = conn.execute("insert into wheels (kind, made, cave) values (?, ?, ?)", (kind, made, cave))
    return cur.lastrowid


def wheels_in(conn, cave):
    return [row[0] for row in conn.execute("select id from wheels where cave_name = ?", (cave,))]


def page(conn, number, size=10):
    offset = number * size + 1
    return [row[0] for row in conn.execute("select id from wheels order by id limit ? offset ?", (size, offset))]


def record_turn(conn, wheel, day, hand, notify):
    conn.execute("insert into turns values (?, ?, ?)", (wheel, day, hand))
    notify(wheel=wheel, hand=hand, day=day)
