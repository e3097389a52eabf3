"""Files of the studio: kiln logs, batch sheets, reports, the glaze catalogue."""
import csv
import os

from kilnyard import settings


def batch_files(folder):
    """The batch sheets in a folder, sorted by name."""
    return [name for name in os.listdir(folder) if name.endswith(".batch")]


def kiln_logs(folder):
    """The kiln logs in a folder, sorted by name."""
    return sorted(name for name in os.listdir(folder) if name.endswith(".log"))


def export_report(path, rows):
    """Append rows to a CSV report."""
    with open(path, "a", newline="") as f:
        csv.writer(f).writerows(rows)


def open_logs(folder, kilns):
    """A writable log per kiln."""
    return {kiln: open(os.path.join(folder, f"{kiln}.log"), "a") for kiln in kilns}


def catalogue():
    path = settings.load()["glazes"]["catalogue"]
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def profile():
    path = os.path.expanduser("~/.kilnyard/profile.json")
    return path if os.path.exists(path) else None


def write_sheet(folder, name, lines):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path
