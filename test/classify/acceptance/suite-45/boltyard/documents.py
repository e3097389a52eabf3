"""Hire documents: contract PDFs, photos of returned kit, delivery manifests, thumbnails and the depot archive."""
import contextlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor

from boltyard import settings


def export_contract(path, pages):
    with open(path, "wb") as export:
        for page in pages:
            export.write(page)


def stamp_manifests(folder, deliveries):
    """Opens every delivery's manifest at once and stamps them together for the drivers' run."""
    with contextlib.ExitStack() as stack:
        manifests = [stack.enter_context(open(os.path.join(folder, f"{delivery}.txt"), "w")) for delivery in deliveries]
        for manifest in manifests:
            manifest.write("stamped\n")
        return len(manifests)


def receive_photo(headers, body):
    """Reads a returned-kit photo from the yard app into a buffer of the size its upload says."""
    buffer = bytearray(int(headers["Content-Length"]))
    view = memoryview(buffer)
    view[: len(body)] = body
    return len(buffer)


def merge_contracts(paths, out):
    subprocess.run([settings.PDF_TOOL, *map(str, paths), "cat", "output", str(out)], check=True, capture_output=True)
    return out


def _thumbnail_budget():
    limit = settings.THUMBNAIL_MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _thumbnail(size):
    pixels = bytearray(size * size * 4)
    return len(pixels)


def thumbnails(sizes):
    """Renders thumbnails in worker processes held to the memory budget the settings give them."""
    with ProcessPoolExecutor(max_workers=2, initializer=_thumbnail_budget) as pool:
        return list(pool.map(_thumbnail, sizes))


def _render_budget():
    resource.setrlimit(resource.RLIMIT_CPU, (settings.RENDER_CPU_SECONDS, settings.RENDER_CPU_SECONDS + 1))


def render_price_list(items):
    """Renders the printed price list in a child process under the CPU budget the settings give it."""
    program = f"n = 0\nfor i in range({items}):\n    n += i * i\nprint(n)"
    result = subprocess.run([sys.executable, "-c", program], preexec_fn=_render_budget, capture_output=True, text=True, check=True)
    return int(result.stdout)


def checksum_fleet(command, timeout):
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    return result.stdout


def print_labels(count):
    """Starts one label printer job per returned item, then waits for all of them."""
    jobs = [subprocess.Popen(["sleep", "1"]) for _ in range(count)]
    return [job.wait() for job in jobs]


def inspect_kit(items):
    """One inspection thread per returned item, all at once."""
    done = threading.Event()
    inspectors = [threading.Thread(target=done.wait, args=(1,)) for _ in range(items)]
    for inspector in inspectors:
        inspector.start()
    done.set()
    for inspector in inspectors:
        inspector.join()
    return items


def scratch_folder():
    return tempfile.mkdtemp(prefix="contracts-", dir=settings.SCRATCH_DIR)


def preview_contract(text, folder):
    """Writes a preview for the counter's screen and returns its first line."""
    preview = tempfile.NamedTemporaryFile("w", suffix=".txt", dir=folder, delete=False)
    preview.write(text)
    preview.close()
    with open(preview.name) as written:
        return written.readline().strip()


def overdue_report(hires, returns):
    """Lists the hires not yet returned, in the order they went out."""
    overdue = [hire for hire in hires if hire not in returns]
    return overdue


def archive_depot(folder, target):
    return shutil.make_archive(target, "gztar", folder)
