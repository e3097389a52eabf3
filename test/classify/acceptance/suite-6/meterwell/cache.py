"""A file-backed tariff cache shared by the ingest workers."""

import fcntl
import json
import os


class FileCache:
    def __init__(self, path):
        self.path = path

    def write(self, values):
        with open(self.path, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            handle.seek(0)
            handle.truncate()
            json.dump(values, handle)
            fcntl.flock(handle, fcntl.LOCK_UN)

    def read(self):
        if not os.path.exists(self.path):
            return {}
        with open(self.path) as handle:
            return json.load(handle)
