"""The scan pipeline: photos, point clouds, mesh decimation and the site archive."""
import os
import resource
import subprocess
import sys
import threading
import time

from spoilheap import settings


class PoolExhausted(Exception):
    pass


class ScanPool:
    """A fixed pool of scan workers with a bounded queue in front of them."""

    def __init__(self, workers=None, queue=None):
        self.workers = workers or settings.SCAN_WORKERS
        self.queue = queue or settings.SCAN_QUEUE
        self.busy = 0
        self.waiting = 0
        self.lock = threading.Lock()

    def submit(self, find):
        with self.lock:
            if self.busy < self.workers:
                self.busy += 1
            elif self.waiting < self.queue:
                self.waiting += 1
            else:
                raise PoolExhausted(
                    f"all {self.workers} scan workers busy and {self.queue} queued; refused {find}"
                )


def queue_dig_day(finds):
    pool = ScanPool()
    for find in finds:
        pool.submit(find)
    return pool.busy + pool.waiting


def index_photos(folder):
    """Opens every photo of a trench to read its EXIF header; the handles are closed when the index is."""
    handles = []
    for name in sorted(os.listdir(folder)):
        handles.append(open(os.path.join(folder, name), "rb"))
    headers = [handle.read(4) for handle in handles]
    for handle in handles:
        handle.close()
    return len(headers)


def load_point_cloud(points):
    """Loads a batch of points into one buffer for the registration step."""
    buffer = bytearray(points * settings.POINT_BYTES)
    return len(buffer) // settings.POINT_BYTES


def export_site_archive(path, trenches):
    """Writes the site archive: each trench's context sheets and photos, 4 MB a trench."""
    block = b"\0" * (1024 * 1024)
    with open(path, "wb") as archive:
        for _ in range(trenches * 4):
            archive.write(block)
    return os.path.getsize(path)


def _limit_cpu():
    resource.setrlimit(resource.RLIMIT_CPU, (settings.MESH_CPU_SECONDS, settings.MESH_CPU_SECONDS))


DECIMATE = "import sys\nn = int(sys.argv[1])\ns = 0\nfor i in range(n):\n    s += i * i % 7\nprint(s)\n"


def decimate_mesh(faces):
    """Decimates a mesh in a worker process under the pipeline's CPU limit."""
    done = subprocess.run(
        [sys.executable, "-c", DECIMATE, str(faces)],
        preexec_fn=_limit_cpu, capture_output=True, text=True, check=True,
    )
    return int(done.stdout)


def render_with_tool(mesh):
    done = subprocess.run([settings.MESH_TOOL, "-i", mesh, "-o", mesh + ".ply"], capture_output=True, check=True)
    return done.returncode


def wait_for_scans(threads, seconds):
    time.sleep(seconds)
    return [thread.is_alive() for thread in threads]
