"""The ingest pipeline: a buffer flushed to a sink, decoders in threads."""

import queue
import signal
import threading
import time

from meterwell import settings


class Buffer:
    def __init__(self, sink):
        self.sink = sink
        self.pending = {}

    def add(self, reading):
        self.pending[(reading["meter"], reading["ts"])] = reading

    def flush(self):
        for key in self.pending:
            reading = self.pending[key]
            if not self.sink(reading):
                # Failed readings are retried on the next flush, one second later.
                self.add({**reading, "ts": reading["ts"] + 1})
        self.pending.clear()


def _alarm(signum, frame):
    raise TimeoutError("decoder deadline")


def decode_with_deadline(blob):
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(settings.DECODER_DEADLINE)
    try:
        return blob.decode("ascii").split(",")
    finally:
        signal.alarm(0)


class Acknowledger:
    """A worker thread that decodes batches and acknowledges each one."""

    def __init__(self, decoders):
        self.decoders = decoders
        self.jobs = queue.Queue()
        self.acked = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            batch = self.jobs.get()
            decoded = self.decoders[batch["format"]](batch["body"])
            self.last = decoded
            self.acked.set()

    def submit(self, batch):
        self.acked.clear()
        self.jobs.put(batch)
        self.acked.wait()
        return self.last


def ingest_batch(store, readings):
    started = time.monotonic()
    for reading in readings:
        store.append(reading)
    time.sleep(settings.FLUSH_INTERVAL)
    return time.monotonic() - started
