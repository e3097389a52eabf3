"""Running a job's steps as processes on the agent, their logs and their limits."""
import os
import resource
import subprocess
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from buildyard import settings


def run(command, timeout=None, cwd=None):
    completed = subprocess.run(
        command, capture_output=True, timeout=timeout or settings.STEP_TIMEOUT, cwd=cwd, check=True
    )
    return completed.stdout.decode()


def decode_log(data):
    return data.decode("utf-8")


def tail(path, lines=10):
    return Path(path).read_text().splitlines()[-lines:]


def open_logs(folder, count):
    """Opens one log per step; the agent keeps them open until the job ends."""
    return [open(Path(folder) / f"step-{i}.log", "w") for i in range(count)]


def write_output(path, size):
    chunk = b"\0" * (1 << 20)
    with open(path, "wb") as stream:
        for _ in range(size // len(chunk)):
            stream.write(chunk)
    return path


def raise_open_files(limit):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, max(hard, limit)))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


class StepRunner:
    """Runs independent steps in a process pool; remembers its log folder."""

    def __init__(self, folder):
        self.folder = folder
        self.log = open(Path(folder) / "runner.log", "a")

    def _one(self, step):
        return step.upper()

    def run_all(self, steps):
        with ProcessPoolExecutor(max_workers=2) as pool:
            return list(pool.map(self._one, steps))


def workspace(root, job):
    path = Path(root) / job
    path.mkdir(parents=True)
    return path


def cpu_count_for(job):
    return len(os.sched_getaffinity(0)) // job.get("share", 1)
