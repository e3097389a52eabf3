"""Monthly invoices and trip archives for business accounts."""
import os
import shutil
import subprocess
import threading
from pathlib import Path

from . import settings


def write_invoice(member_id, month, text):
    folder = Path(settings.INVOICE_DIR) / month
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{member_id}.txt"
    path.write_text(text)
    return path


def merge_pdfs(parts, target):
    subprocess.run([settings.PDF_TOOL, "--empty", "--pages", *map(str, parts), "--", str(target)], check=True)
    return target


def archive_trips(rows, target):
    with open(target, "w") as out:
        for row in rows:
            out.write(",".join(map(str, row)) + "\n")
    return target


def open_logs(folder, vehicle_ids):
    """Keeps one telemetry log open per vehicle while a batch is replayed."""
    handles = {}
    try:
        for vid in vehicle_ids:
            handles[vid] = open(Path(folder) / f"{vid}.log", "a")
    except OSError:
        for handle in handles.values():
            handle.close()
        raise
    return handles


def replay_in_parallel(vehicle_ids, replay):
    threads = [threading.Thread(target=replay, args=(vid,)) for vid in vehicle_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(threads)


def disk_free(path):
    return shutil.disk_usage(path).free // os.sysconf("SC_PAGE_SIZE")
