"""The cleaning benches: volunteers' seed counts added up in threads."""
import threading


class Tally:
    def __init__(self):
        self.seeds = 0

    def add(self, count):
        current = self.seeds
        threading.Event().wait(0.001)
        self.seeds = current + count


def count_in_parallel(tally, counts):
    threads = [threading.Thread(target=tally.add, args=(count,)) for count in counts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally.seeds
