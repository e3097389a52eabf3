"""Trailers, posters, subtitles and seat-map images: exports, child processes, scratch space and storage quotas."""
import contextlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor

from reelhouse import settings


class InsufficientSpace(Exception):
    pass


class QuotaExceeded(Exception):
    pass


def export_trailer(path, chunks):
    with open(path, "wb") as export:
        for chunk in chunks:
            export.write(chunk)


def bundle_posters(folder, films):
    """Opens every film's poster at once and writes them into one bundle for the lobby screens."""
    with contextlib.ExitStack() as stack:
        posters = [stack.enter_context(open(os.path.join(folder, f"{film}.png"), "wb")) for film in films]
        for poster in posters:
            poster.write(b"\x89PNG")
        return len(posters)


def poster_buffer():
    return bytearray(settings.POSTER_BUFFER_BYTES)


def render_seat_maps(screens):
    """One renderer thread per screen, all at once."""
    done = threading.Event()
    renderers = [threading.Thread(target=done.wait, args=(1,)) for _ in range(screens)]
    for renderer in renderers:
        renderer.start()
    done.set()
    for renderer in renderers:
        renderer.join()
    return screens


def burn_subtitles(count):
    """Starts one subtitle burner per reel, then waits for all of them."""
    burners = [subprocess.Popen(["sleep", "1"]) for _ in range(count)]
    return [burner.wait() for burner in burners]


def probe(path):
    result = subprocess.run([settings.PROBE_TOOL, "-v", "error", "-show_format", str(path)], capture_output=True, text=True, check=True)
    return result.stdout


def loudness(command, timeout):
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    return result.stdout


def _cpu_cap():
    resource.setrlimit(resource.RLIMIT_CPU, (settings.TRANSCODE_CPU_SECONDS, settings.TRANSCODE_CPU_SECONDS))


def transcode(frames):
    """Transcodes a trailer in a child process under the CPU budget the settings give it."""
    program = f"n = 0\nfor i in range({frames}):\n    n += i * i\nprint(n)"
    result = subprocess.run([sys.executable, "-c", program], preexec_fn=_cpu_cap, capture_output=True, text=True, check=True)
    return int(result.stdout)


def projector_status(command):
    """Asks the booth tool for the projector's state; the tool reads its request from stdin."""
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    child.stdin.write(b"status screen-4\n")
    child.stdin.flush()
    child.wait()
    return child.stdout.read()


def scratch_folder():
    return tempfile.mkdtemp(prefix="dcp-", dir=settings.SCRATCH_DIR)


def ensure_space(folder):
    free = shutil.disk_usage(folder).free
    if free < settings.MIN_FREE_BYTES:
        raise InsufficientSpace(f"only {free / (1 << 30):.1f} GiB free in {folder}, {settings.MIN_FREE_BYTES} bytes required")
    return free


def subtitle_preview(text, folder):
    """Writes a preview file for the subtitle editor and returns its first line."""
    preview = tempfile.NamedTemporaryFile("w", suffix=".srt", dir=folder, delete=False)
    preview.write(text)
    preview.close()
    with open(preview.name) as written:
        return written.readline().strip()


class StorageQuota:
    def __init__(self, megabytes):
        self.left = megabytes

    def take(self, megabytes):
        if megabytes > self.left:
            raise QuotaExceeded(f"upload of {megabytes} MB exceeds the {self.left} MB left in the site's quota")
        self.left -= megabytes


ENCODERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="encoder")


def encode_all(names):
    return list(ENCODERS.map(str.upper, names))


def stop_encoders():
    ENCODERS.shutdown(wait=True)
