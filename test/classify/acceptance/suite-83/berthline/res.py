import os
import subprocess

_open_feeds = []
_audit = []


class ExportError(Exception):
    pass


def read_feed(path):
    handle = open(path, encoding="utf-8")
    _open_feeds.append(handle)
    return handle.readline()


def handle_request(path):
    _audit.append({"path": path, "payload": "x" * 64})
    return 200


def write_export(path, rows):
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(",".join(str(cell) for cell in row) + "\n")
            handle.flush()


def render_pdf(html_path, pdf_path):
    subprocess.run(["wkhtmltopdf", "--quiet", html_path, pdf_path], check=True, capture_output=True)
    return pdf_path


def write_daily_report(settings, day, lines):
    path = os.path.join(settings["reports"]["dir"], f"harbour-{day}.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return path
