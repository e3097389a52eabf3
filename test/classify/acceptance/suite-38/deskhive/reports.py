"""Monthly reports for site managers: exports, badge photos, floor scans, PDFs and thumbnails."""
import contextlib
import os
import resource
import subprocess
import sys

from deskhive import settings


def write_export(path, chunks):
    with open(path, "wb") as export:
        for chunk in chunks:
            export.write(chunk)


def bundle_badge_photos(folder, members):
    """Opens every member's photo at once and writes them into one bundle for the badge printer."""
    with contextlib.ExitStack() as stack:
        photos = [stack.enter_context(open(os.path.join(folder, f"{member}.jpg"), "wb")) for member in members]
        for photo in photos:
            photo.write(b"\xff\xd8")
        return len(photos)


def scan_buffer():
    return bytearray(settings.SCAN_BUFFER_BYTES)


def to_pdf(source, target):
    subprocess.run([settings.PDF_TOOL, "-q", "-o", str(target), str(source)], check=True, capture_output=True)


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (settings.THUMBNAIL_MEMORY, settings.THUMBNAIL_MEMORY))


def thumbnail(size):
    """Renders a floor-plan thumbnail in a child process under the memory cap the settings give it."""
    program = f"import sys; sys.stdout.write(str(len(bytearray({size}))))"
    result = subprocess.run([sys.executable, "-c", program], preexec_fn=_limit_memory, capture_output=True, text=True, check=True)
    return int(result.stdout)


def occupancy_from_sensors(command, timeout):
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    return result.stdout


def render_all(count):
    """Starts one renderer per floor plan, then waits for all of them."""
    renderers = [subprocess.Popen(["sleep", "1"]) for _ in range(count)]
    return [renderer.wait() for renderer in renderers]


def monthly_report(month, rows):
    os.makedirs(settings.REPORT_DIR, exist_ok=True)
    path = os.path.join(settings.REPORT_DIR, f"{month}.csv")
    with open(path, "w") as report:
        report.writelines(f"{row}\n" for row in rows)
    return path
