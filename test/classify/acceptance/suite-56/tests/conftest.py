import os
import shutil
import sqlite3
import threading
import time

import pytest

from keeperlog import auth, cache, pg, records


@pytest.fixture
def records_db(tmp_path):
    path = str(tmp_path / "records.sqlite3")
    conn = records.open_db(path)
    records.migrate(conn)
    for animal_id, name, species, weight in [
        ("L1", "Asha", "lion", 182.0),
        ("G1", "Tembo", "giraffe", 790.0),
        ("M1", "Pip", "meerkat", 0.7),
        ("P1", "Flip", "penguin", 4.4),
    ]:
        records.add_animal(conn, animal_id, name, species, weight)
    yield path, conn
    conn.close()


@pytest.fixture(scope="session")
def records_pg():
    conn = pg.connect()
    yield conn
    conn.close()


@pytest.fixture
def sensors():
    conn = cache.client()
    conn.ping()
    yield conn
    conn.close()


@pytest.fixture
def keeper_token():
    return auth.sign_in("keeper.amara", "staging-password")


class Applier:
    """The staging replica's applier: copies the primary every few seconds."""

    def __init__(self, primary, replica, every):
        self.primary = primary
        self.replica = replica
        self.every = every
        self.last_applied = time.time()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        while not self.stopped.wait(self.every):
            shutil.copyfile(self.primary, self.replica)
            self.last_applied = time.time()

    def lag(self):
        return time.time() - self.last_applied


@pytest.fixture
def replicated_db(records_db, tmp_path):
    path, conn = records_db
    replica_path = str(tmp_path / "records-ro.sqlite3")
    shutil.copyfile(path, replica_path)
    applier = Applier(path, replica_path, every=5.0)
    applier.thread.start()
    time.sleep(1.5)
    replica = sqlite3.connect(replica_path, check_same_thread=False)
    yield conn, replica, applier
    applier.stopped.set()
    replica.close()


@pytest.fixture
def frames_dir(tmp_path):
    folder = tmp_path / "frames"
    folder.mkdir()

    def make(count):
        for index in range(count):
            (folder / f"frame-{index:05d}.raw").write_bytes(b"THRM" + index.to_bytes(12, "big"))
        return str(folder)

    return make
