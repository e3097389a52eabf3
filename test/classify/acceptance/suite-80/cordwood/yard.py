"""The yard floor: loaders taking cords from stacks in threads, tallies, the nightly compaction."""
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from cordwood import ledger, pg


def take(path, name, cords):
    """One loader takes `cords` from a stack, on its own connection."""
    conn = ledger.connect(path, timeout=5)
    try:
        current = ledger.stack_cords(conn, name)
        time.sleep(0.01)
        conn.execute("UPDATE stacks SET cords = ? WHERE name = ?", (current - cords, name))
        conn.commit()
    finally:
        conn.close()


def load_trucks(path, name, trucks, cords_each):
    threads = [threading.Thread(target=take, args=(path, name, cords_each)) for _ in range(trucks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def count_in_pool(conn, names):
    """Cords of each named stack, read in a pool of four workers."""
    with ThreadPoolExecutor(max_workers=4) as workers:
        return list(workers.map(lambda name: ledger.stack_cords(conn, name), names))


def sell_concurrently(dsn, name, buyers, cords_each):
    def one(buyer):
        conn = pg.connect(dsn)
        try:
            pg.sell(conn, name, cords_each, buyer)
        finally:
            conn.close()

    with ThreadPoolExecutor(max_workers=len(buyers)) as workers:
        list(workers.map(one, buyers))


def swap_loads(dsn, first, second, cords):
    """Two crews move cords between the same two stacks at once, one each way."""
    errors = []

    def crew(source, target):
        conn = pg.connect(dsn)
        try:
            pg.move_cords(conn, source, target, cords)
        except Exception as error:  # re-raised below on the caller's thread
            errors.append(error)
        finally:
            conn.close()

    threads = [threading.Thread(target=crew, args=(first, second)), threading.Thread(target=crew, args=(second, first))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


class Tally:
    def __init__(self):
        self.loads = 0
        self.lock = threading.Lock()

    def add(self):
        with self.lock:
            self.loads += 1


def tally_loads(count):
    tally = Tally()
    threads = [threading.Thread(target=tally.add) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally.loads


def compact(path):
    """The nightly compaction: VACUUM the ledger."""
    conn = sqlite3.connect(path, timeout=0.2)
    try:
        conn.execute("VACUUM")
    finally:
        conn.close()
