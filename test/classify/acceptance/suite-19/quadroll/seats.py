"""Seat allocation under concurrent enrolment; swaps between sections; batch jobs on threads."""
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Section:
    def __init__(self, code, capacity):
        self.code = code
        self.capacity = capacity
        self.taken = 0
        self.lock = threading.Lock()

    def take(self):
        taken = self.taken
        time.sleep(0.001)
        self.taken = taken + 1


class Swaps:
    def __init__(self, codes):
        self.locks = {code: threading.Lock() for code in codes}

    def swap(self, giver, taker):
        with self.locks[giver]:
            time.sleep(0.05)
            with self.locks[taker]:
                return True


def grade_all(records):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda record: record["marks"]["final"] * 0.6 + record["marks"]["coursework"] * 0.4, records))


class Waitlist:
    def __init__(self):
        self.ready = threading.Condition()
        self.entries = []

    def push(self, student):
        self.entries.append(student)
        self.ready.notify()


def drain(jobs, results):
    def worker():
        while True:
            job = jobs.get_nowait()
            results.put(job["section"].upper())

    threading.Thread(target=worker, daemon=True).start()
    return results.get(timeout=0.3)


def confirm_later(outbox, student):
    def send():
        time.sleep(0.2)
        outbox.append(student)

    thread = threading.Thread(target=send)
    thread.start()
    return thread
