"""Packet labels and the vault's inventory export."""
import subprocess

from seedvault import settings


def print_labels(path, accessions):
    return subprocess.run([settings.LABEL_TOOL, "--output", str(path), *accessions], check=True)


def export_inventory(path, rows):
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(",".join(str(value) for value in row) + "\n")
    return path
