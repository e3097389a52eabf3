"""Season exports, hive logs and the photo thumbnails."""
import subprocess
import threading


def season_export(path, hives):
    with open(path, "w") as out:
        for hive in range(hives):
            out.write(f"{hive:08d}," + "x" * 120 + "\n")
    return path


_open_logs = []


def open_hive_logs(folder, hives):
    for hive in range(hives):
        _open_logs.append(open(folder / f"hive-{hive}.log", "a"))
    return len(_open_logs)


def poll_scales(hives):
    done = []
    threads = [threading.Thread(target=lambda: (threading.Event().wait(0.5), done.append(1))) for _ in range(hives)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(done)


def thumbnail(photo, out):
    subprocess.run(["convert", str(photo), "-resize", "200x200", str(out)], check=True)
    return out
