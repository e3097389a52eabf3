"""Results exports, runners' chip logs, trackers per runner and finisher certificates."""
import subprocess
import threading
import time


def results_export(path, runners):
    with open(path, "w") as out:
        for n in range(runners):
            out.write(f"{n},Runner {n:06d},M40,03:{n % 60:02d}:{n % 59:02d},Harriers of the Long Road\n")
    return path


def open_chip_logs(folder, runners):
    logs = []
    for n in range(runners):
        logs.append(open(folder / f"chip-{n}.log", "a"))
    return len(logs)


def track_runners(runners):
    stop = threading.Event()
    threads = []
    try:
        for n in range(runners):
            t = threading.Thread(target=stop.wait, args=(2,), daemon=True)
            t.start()
            threads.append(t)
    finally:
        stop.set()
    return len(threads)


def certificate(folder, runner):
    source = folder / f"{runner}.ps"
    source.write_text("%!PS\n/Helvetica findfont 24 scalefont setfont 72 720 moveto (Finisher) show showpage\n")
    subprocess.run(["gs", "-q", "-sDEVICE=pdfwrite", "-o", str(folder / f"{runner}.pdf"), str(source)], check=True)
    return folder / f"{runner}.pdf"


def split_tree(splits):
    if not splits:
        return None
    return {"first": splits[0], "rest": split_tree(splits)}


def render_bibs(count):
    start = time.perf_counter()
    digest = 0
    for n in range(count):
        digest = (digest * 31 + hash(f"bib-{n:05d}")) & 0xFFFFFFFF
    return digest, time.perf_counter() - start
