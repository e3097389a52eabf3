"""Play counts and the two ledgers (plays and royalties) that move together."""
import threading
import time


class PlayCounter:
    def __init__(self):
        self.plays = {}

    def record(self, episode_id):
        current = self.plays.get(episode_id, 0)
        time.sleep(0.0005)
        self.plays[episode_id] = current + 1


class Ledgers:
    def __init__(self):
        self.plays_lock = threading.Lock()
        self.royalty_lock = threading.Lock()
        self.plays = 0
        self.royalties = 0

    def play(self):
        with self.plays_lock:
            time.sleep(0.05)
            with self.royalty_lock:
                self.plays += 1
                self.royalties += 1

    def settle(self):
        with self.royalty_lock:
            time.sleep(0.05)
            with self.plays_lock:
                self.royalties = 0
