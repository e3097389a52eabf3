"""Per-client glossaries of terms in SQLite."""
import sqlite3
import threading


def open_glossary(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS terms (source TEXT PRIMARY KEY, target TEXT NOT NULL, client TEXT)")
    return conn


def add(conn, source, target, client=None):
    conn.execute("INSERT INTO terms VALUES (?, ?, ?, ?)", (source, target, client, None))


def add_pending(conn, source, client=None):
    conn.execute("INSERT INTO terms (source, target, client) VALUES (?, ?, ?)", (source, None, client))


def by_position(conn):
    return conn.execute("SELECT source, target FROM terms ORDER BY order").fetchall()


def lookup(conn, source):
    row = conn.execute("SELECT target FROM terms WHERE source = ?", (source,)).fetchone()
    return row[0] if row else None


def lookup_all_parallel(conn, sources):
    found = {}

    def work(source):
        found[source] = lookup(conn, source)

    errors = []

    def guarded(source):
        try:
            work(source)
        except Exception as error:  # noqa: BLE001 - collected and raised below
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(source,)) for source in sources]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return found
