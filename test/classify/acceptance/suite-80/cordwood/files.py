"""Files: the archive of closed seasons, the spool of delivery notes, shard ledgers per yard, exports."""
import csv
import os
import sqlite3

from cordwood import ledger, settings


def archive_season(season, rows):
    """Copies a season's orders into its own SQLite file under the archive folder."""
    path = os.path.join(settings.archive_dir(), f"season-{season}.db")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, species TEXT, cords REAL)")
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.close()
    return path


def spool_note(order_id, text):
    folder = settings.spool_dir()
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"note-{order_id}.txt")
    with open(path, "w") as out:
        out.write(text)
    return path


def open_shards(folder, count):
    """Opens every yard's shard ledger at once (the tally reads them together)."""
    return [ledger.connect(os.path.join(folder, f"yard-{number:03}.db")) for number in range(count)]


def export_csv(path, rows):
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        for row in rows:
            writer.writerow(row)
    return os.path.getsize(path)


def write_ledger_rows(path, count):
    conn = ledger.connect(path)
    customer = ledger.add_customer(conn, "Bulk")
    conn.executemany(
        "INSERT INTO orders (customer_id, species, cords) VALUES (?, ?, ?)",
        ((customer, "oak" * 40, n) for n in range(count)),
    )
    conn.commit()
    conn.close()
