"""Photographs of objects: EXIF, derivatives and the external metadata tool."""
import os
import subprocess
import threading

import exifread

from vitrine import settings

ORIENTATION = {1: 0, 3: 180, 6: 90, 8: 270}


def taken_at(stream):
    tags = exifread.process_file(stream, details=False)
    return str(tags["EXIF DateTimeOriginal"])


def rotation(orientation):
    return ORIENTATION.get(orientation, 0) if orientation in (1, 3) else -ORIENTATION[orientation]


def write_derivative(folder, name, size):
    path = os.path.join(folder or settings.DERIVATIVE_DIR, name)
    with open(path, "wb") as out:
        chunk = b"\0" * (1 << 20)
        for _ in range(size >> 20):
            out.write(chunk)
    return path


def thumbnail_all(images, make):
    done = []
    threads = [threading.Thread(target=lambda image=image: done.append(make(image))) for image in images]
    for thread in threads[: settings.THUMBNAIL_WORKERS]:
        thread.start()
    for thread in threads[: settings.THUMBNAIL_WORKERS]:
        thread.join()
    return done


def embedded_rights(path):
    result = subprocess.run(["exiftool", "-json", "-Rights", path], capture_output=True, check=True, text=True)
    return result.stdout
