"""Season exports and hive labels."""
import subprocess

from combwright import settings


def export_season(path, rows):
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(",".join(str(value) for value in row) + "\n")


def print_labels(template, out):
    subprocess.run([settings.LABEL_TOOL, "--output", out, template], check=True)
