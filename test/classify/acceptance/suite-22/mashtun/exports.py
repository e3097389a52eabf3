"""Exports: brew logs, excise ledgers, label runs, container jobs."""
import os
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import docker

from mashtun import settings


class InsufficientSpace(Exception):
    pass


def write_ledger(path, rows):
    with open(path, "w") as handle:
        for row in rows:
            handle.write(",".join(str(value) for value in row) + "\n")


def check_space(folder):
    free_gb = shutil.disk_usage(folder).free / 2 ** 30
    if free_gb < settings.EXPORT_MIN_FREE_GB:
        raise InsufficientSpace(f"{folder} has {free_gb:.1f} GiB free, exports need "
                                f"{settings.EXPORT_MIN_FREE_GB:.1f} GiB")


def barcode(keg, out):
    subprocess.run(["zint", "--barcode=20", f"--data={keg}", f"--output={out}"], check=True)


def render_in_container(batch):
    client = docker.from_env(timeout=2)
    return client.containers.run("mashtun/label-render:3", ["--batch", batch], remove=True)


def dump_brewlog(path, megabytes):
    block = b"x" * 2 ** 20
    with open(path, "wb") as handle:
        for _ in range(megabytes):
            handle.write(block)


def lineage_depth(graph, batch):
    """How many generations of yeast a batch's pitch descends from."""
    parent = graph.get(batch)
    return 0 if parent is None else 1 + lineage_depth(graph, parent)


def start_metrics(port=19100):
    server = HTTPServer(("127.0.0.1", port), BaseHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
