"""Crew dispatch: calls counted per feeder, crews assigned from a roster, the callout notifier."""
import threading
import time


class CallTally:
    def __init__(self):
        self.count = 0

    def add(self):
        current = self.count
        time.sleep(0.0001)
        self.count = current + 1


class Roster:
    def __init__(self, crews):
        self.free = list(crews)
        self.lock = threading.Lock()

    def assign(self):
        with self.lock:
            return self.free.pop() if self.free else None


def notify_all(crews, delays):
    sent = []

    def send(crew, delay):
        time.sleep(delay)
        sent.append(crew)

    for crew, delay in zip(crews, delays):
        threading.Thread(target=send, args=(crew, delay)).start()
    time.sleep(0.05)
    return sent
