"""Session bookings in SQLite, and the slot counters the front desks share."""
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from cragloft.errors import BookingError

SCHEMA = """
CREATE TABLE IF NOT EXISTS booking (id INTEGER PRIMARY KEY, member TEXT, day TEXT, slot TEXT, party INTEGER,
                                    UNIQUE (member, day, slot));
CREATE TABLE IF NOT EXISTS member (id TEXT PRIMARY KEY, name TEXT, born TEXT);
"""


def connect(path):
    db = sqlite3.connect(path, timeout=0.2)
    db.executescript(SCHEMA)
    return db


def book(db, member, day, slot, party=1):
    if date.fromisoformat(day) < date.today():
        raise BookingError(f"cannot book {day}: that day is in the past")
    db.execute("INSERT INTO booking (member, day, slot, party) VALUES (?, ?, ?, ?)", (member, day, slot, party))
    db.commit()


def rebook(db, member, day, slot, new_slot):
    # Moving a booking writes the new slot; the old row is removed afterwards.
    db.execute("INSERT INTO booking (member, day, slot, party) VALUES (?, ?, ?, 1)", (member, day, slot))
    db.execute("DELETE FROM booking WHERE member = ? AND day = ? AND slot = ?", (member, day, new_slot))
    db.commit()


def party_sizes(db, day):
    return db.execute("SELECT member, party_size FROM booking WHERE day = ?", (day,)).fetchall()


def cancel_many(db, ids):
    db.execute("DELETE FROM booking WHERE id IN (?)", ids)
    db.commit()


def transfer(db, path, member, to_member):
    # The audit trail is written through a second connection.
    db.execute("UPDATE booking SET member = ? WHERE member = ?", (to_member, member))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS audit (line TEXT)")
    audit.execute("INSERT INTO audit VALUES (?)", (f"{member} -> {to_member}",))
    audit.commit()
    db.commit()


class SlotCounter:
    """Places left in a session, decremented by every desk."""

    def __init__(self, places):
        self.places = places

    def take(self):
        left = self.places
        time.sleep(0.0005)
        self.places = left - 1


class Desks:
    def __init__(self):
        self.bookings = threading.Lock()
        self.waitlist = threading.Lock()
        self.moved = []

    def promote(self, member):
        with self.waitlist:
            time.sleep(0.05)
            with self.bookings:
                self.moved.append(member)

    def cancel(self, member):
        with self.bookings:
            time.sleep(0.05)
            with self.waitlist:
                self.moved.append(member)


def check_in_all(members, passes):
    def one(member):
        return passes[member["pass"]]["valid_until"]

    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, members))


def log_visits(visits, sink):
    def write(visit):
        time.sleep(0.05)
        sink.append(visit)

    for visit in visits:
        threading.Thread(target=write, args=(visit,)).start()
