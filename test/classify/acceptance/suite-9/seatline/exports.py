"""Exports for promoters (CSV of sales, PDF e-tickets) and the box office's door lists."""

import csv
import io
import os
import subprocess
from pathlib import Path

from seatline.settings import load


def door_list(tickets):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["event", "seat", "name"])
    for ticket in tickets:
        writer.writerow([ticket["event"], ticket["seat"], ticket["name"]])
    return out.getvalue()


def write_door_list(folder, event, tickets):
    path = Path(folder) / f"{event}-door-list.csv"
    path.write_text(door_list(tickets), encoding="utf-8")
    return path


def write_sales_export(path, rows):
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(",".join(str(cell) for cell in row) + "\n")
    return path


def render_ticket_pdf(html_path, pdf_path, settings=None):
    settings = settings or load()
    subprocess.run([settings.ticket_renderer, "--quiet", str(html_path), str(pdf_path)], check=True)
    return pdf_path


def open_ticket_files(folder, count):
    """The bulk e-ticket job keeps every ticket's file open until the batch is zipped."""
    handles = []
    for number in range(count):
        handles.append(open(Path(folder) / f"ticket-{number:05d}.pdf", "wb"))
    return handles


def seat_matrix(rows, seats_per_row):
    """A venue's full seat matrix with each seat's history, for the capacity planner."""
    return [[{"row": r, "seat": s, "history": [0] * 4096} for s in range(seats_per_row)] for r in range(rows)]


def archive_folder(folder):
    return sorted(os.listdir(folder))
