import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS members (id INTEGER PRIMARY KEY, email TEXT UNIQUE, section TEXT);
CREATE TABLE IF NOT EXISTS rehearsals (id INTEGER PRIMARY KEY, held_on TEXT);
CREATE TABLE IF NOT EXISTS attendance (member_id INTEGER, rehearsal_id INTEGER, present INTEGER);
"""


def connect(path):
    db = sqlite3.connect(path, timeout=0.2)
    db.executescript(SCHEMA)
    return db


def add_member(db, email, section):
    db.execute("INSERT INTO members (email, section) VALUES (?, ?)", (email, section))
    db.commit()


def section_attendance(db, section):
    return db.execute(
        "SELECT COUNT(*) FROM attendance a JOIN members m ON m.id = a.member_id WHERE m.section_id = ?",
        (section,),
    ).fetchone()[0]


def mark_present(path, member_id, rehearsal_id):
    db = sqlite3.connect(path, timeout=0.2)
    db.execute("INSERT INTO attendance VALUES (?, ?, 1)", (member_id, rehearsal_id))
    audit = sqlite3.connect(path, timeout=0.2)
    audit.execute("INSERT INTO rehearsals (held_on) VALUES (date('now'))")
    audit.commit()
    db.commit()
