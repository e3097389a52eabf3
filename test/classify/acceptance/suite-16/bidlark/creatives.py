"""Creatives: agencies upload bundles (zip), bidlark checks and archives them."""
import io
import os
import subprocess
import zipfile


def bundle(files):
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)
    for name, data in files.items():
        archive.writestr(name, data)
    return buffer.getvalue()


def bundle_names(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sorted(archive.namelist())


def scan_upload(path):
    """Lists an uploaded bundle with the system's tools before it is unpacked."""
    result = subprocess.run(["tar", "-tzf", str(path)], capture_output=True, text=True, check=True)
    return result.stdout.split()


def thumbnail_budget(path, seconds):
    """Recompresses an upload's preview within the request's time budget."""
    subprocess.run(["gzip", "-9", "-c", str(path)], stdout=subprocess.DEVNULL, timeout=seconds, check=True)


def open_all(folder):
    return [open(os.path.join(folder, name), "rb") for name in sorted(os.listdir(folder))]


def archive(path, data):
    with open(path, "wb") as out:
        out.write(data)
