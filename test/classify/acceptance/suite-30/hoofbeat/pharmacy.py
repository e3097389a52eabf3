"""The dispensary's stock, shared by the vets' tablets and the front desk."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Dispensary:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.stock_lock = threading.Lock()
        self.log_lock = threading.Lock()
        self.log = []

    def dispense(self, drug, units):
        left = self.stock[drug]
        time.sleep(0.001)  # the controlled-drugs register is written between the read and the write
        self.stock[drug] = left - units

    def restock(self, drug, units):
        with self.stock_lock:
            time.sleep(0.01)
            with self.log_lock:
                self.log.append(("restock", drug, units))
                self.stock[drug] += units

    def audit(self):
        with self.log_lock:
            time.sleep(0.01)
            with self.stock_lock:
                return list(self.log), dict(self.stock)


def label_batch(orders, workers=4):
    def label(order):
        return f"{order['horse']}: {order['drug']} {order['dose_mg']} mg"
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(label, orders))


def notify_all(owners, send):
    threads = [threading.Thread(target=send, args=(owner,)) for owner in owners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
