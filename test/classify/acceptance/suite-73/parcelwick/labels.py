"""Shipping labels: downloaded from the carrier, written to the label folder, printed."""

import os
import subprocess

from . import client
from .settings import settings


def download_all(label_ids, sess=None):
    conf = settings()
    sess = sess or client.session()
    labels = []
    for label_id in label_ids:
        resp = sess.get(f"{conf['carrier_url']}/v1/labels/{label_id}", stream=True, timeout=2)
        resp.raise_for_status()
        labels.append(resp)
    return [next(resp.iter_content(4096)) for resp in labels]


def save(label_id, pdf, folder=None):
    folder = folder or settings()["label_dir"]
    path = os.path.join(folder, f"{label_id}.pdf")
    with open(path, "wb") as out:
        out.write(pdf)
    return path


def print_label(path):
    return subprocess.run([*settings()["printer_command"], path], check=True, capture_output=True)
