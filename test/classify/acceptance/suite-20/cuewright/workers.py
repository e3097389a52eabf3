"""Translation workers: progress counters, segment locks, batch jobs."""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Progress:
    def __init__(self):
        self.done = 0
        self.by_language = {}

    def add(self, count):
        current = self.done
        time.sleep(0.001)
        self.done = current + count

    def mark(self, language):
        self.by_language[language] = self.by_language.get(language, 0) + 1

    def summary(self):
        return {language: count for language, count in self.by_language.items() if count}


class Segments:
    def __init__(self):
        self.source_lock = threading.Lock()
        self.target_lock = threading.Lock()

    def copy_source_to_target(self):
        with self.source_lock:
            time.sleep(0.05)
            with self.target_lock:
                return True

    def copy_target_to_source(self):
        with self.target_lock:
            time.sleep(0.05)
            with self.source_lock:
                return True


def split_batch(segments, size):
    if size > len(segments):
        raise ValueError(f"batch size {size} larger than {len(segments)} segments")
    return [segments[i:i + size] for i in range(0, len(segments), size)]


def run_batches(batches, size):
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(split_batch, batch, size) for batch in batches]
        return [future.result() for future in futures]


_render_lock = asyncio.Lock()


async def render_exclusive(job):
    async with _render_lock:
        await asyncio.sleep(0)
        return job
