"""Bag photos taken at check-in, kept on disk and stitched for claims."""
import os


def photo_paths(folder, count):
    paths = []
    for n in range(count):
        path = os.path.join(folder, f"bag-{n:04d}.jpg")
        with open(path, "wb") as handle:
            handle.write(b"\xff\xd8\xff" + bytes(64))
        paths.append(path)
    return paths


def open_photos(paths):
    return [open(path, "rb") for path in paths]


def stitch(paths):
    handles = open_photos(paths)
    return sum(len(handle.read()) for handle in handles)


def contact_sheet(width, height, frames):
    return bytearray(width * height * 4 * frames)


def archive(folder, name, frames, frame_bytes):
    path = os.path.join(folder, name)
    with open(path, "wb") as handle:
        for _ in range(frames):
            handle.write(bytes(frame_bytes))
    return path


def export_folder():
    return os.environ.get("BAGDROP_EXPORTS", "/var/lib/bagdrop/exports")


def export_sheet(name, data):
    folder = export_folder()
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)
