"""Exports of reconciled batches for finance: files under EXPORT_DIR, compressed."""
import os
from pathlib import Path

import brotli

from tallyhouse import settings


def export_batch(batch_id, rows, folder=None):
    folder = Path(folder or settings.EXPORT_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{batch_id}.csv.br"
    target.write_bytes(brotli.compress("\n".join(",".join(map(str, r)) for r in rows).encode()))
    return target


def write_raw(path, data):
    with open(path, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
