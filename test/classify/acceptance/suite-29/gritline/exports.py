"""Route sheets and maps for the crews, written to the spool; PDFs rendered by an external tool."""
import os
import subprocess
from pathlib import Path

from oslo_utils import strutils

from gritline import settings


def write_route_sheets(folder, routes):
    """One sheet per route; the handles stay open until every sheet is written, then all are flushed."""
    folder = Path(folder)
    handles = []
    try:
        for route in routes:
            handle = open(folder / f"{route}.txt", "w")
            handle.write(f"route {route}\n")
            handles.append(handle)
    finally:
        for handle in handles:
            handle.close()
    return len(handles)


def write_map(path, tiles):
    with open(path, "wb") as out:
        for tile in tiles:
            out.write(tile)
    return os.path.getsize(path)


def upload_limit():
    return int(strutils.string_to_bytes(settings.MAX_UPLOAD))


def spool_folder():
    folder = Path(settings.SPOOL_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def render_pdf(source, target):
    subprocess.run(["wkhtmltopdf", "--quiet", str(source), str(target)], check=True)
    return target
