"""Exports for gym managers: inspection sheets, visit archives, heat maps."""
import os
import subprocess

import numpy
import pyinotify
from prettytable import PrettyTable

from cragloft import settings


def inspection_sheet(rows):
    table = PrettyTable(["wall", "auto-belay", "inspected", "by"])
    for row in rows:
        table.add_row([row["wall"], row["device"], row["inspected"]])
    return table.get_string()


def archive_visits(path, visits):
    with open(path, "w") as out:
        for visit in visits:
            out.write(visit + "\n")


def save_export(name, text):
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    with open(os.path.join(settings.EXPORT_DIR, name), "w") as out:
        out.write(text)


def open_route_cards(folder, count):
    # Every card stays open until the print batch is sent.
    return [open(os.path.join(folder, f"card-{n}.txt"), "w") for n in range(count)]


def heat_map(members, walls):
    # Visits per member per wall hold.
    holds = max(m["id"] for m in members) * walls
    return numpy.zeros((holds, holds), dtype=numpy.float64)


def shrink_photo(path):
    subprocess.run(["pngquant", "--force", "--ext", ".png", path], check=True)


def watch_uploads():
    manager = pyinotify.WatchManager()
    manager.add_watch(settings.UPLOAD_DIR, pyinotify.IN_CLOSE_WRITE, quiet=False)
    return manager
