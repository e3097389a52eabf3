import os
import subprocess


def save_take(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        handle.write(data)
    return path


def open_parts(folder, names):
    handles = [open(os.path.join(folder, name), "w") for name in names]
    try:
        for handle in handles:
            handle.write("tacet\n")
    finally:
        for handle in handles:
            handle.close()


def engrave(source):
    return subprocess.run(["lilypond", "--pdf", source], check=True, capture_output=True)
