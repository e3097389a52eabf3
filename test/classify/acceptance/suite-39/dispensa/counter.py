"""The dispensary counter's shared state: stock counts the tills decrement, transfers between branches."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Shelf:
    def __init__(self, levels):
        self.levels = dict(levels)
        self.lock = threading.Lock()

    def take(self, sku, count):
        level = self.levels[sku]
        time.sleep(0.001)
        self.levels[sku] = level - count


class Branch:
    def __init__(self, name, level):
        self.name = name
        self.level = level
        self.lock = threading.Lock()


def transfer(src, dst, count):
    with src.lock:
        time.sleep(0.05)
        with dst.lock:
            src.level -= count
            dst.level += count


def restock_all(shelf, orders):
    def one(order):
        return shelf.levels[order["sku"]] + order["count"]

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, orders))


def background_count(shelf, out):
    def run():
        time.sleep(0.2)
        out.append(sum(shelf.levels.values()))
    threading.Thread(target=run, daemon=True).start()
