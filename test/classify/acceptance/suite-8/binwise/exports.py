"""Exports: carrier manifests (tar), label bundles (zip), the reservations shelf, the pick index, the
outbox the carriers' agents collect from, and quarantine of suspect lots."""
import csv
import hashlib
import mmap
import os
import pathlib
import shelve
import shutil
import stat
import struct
import tarfile
import zipfile

from binwise import settings


def write_manifest_archive(path, files):
    with tarfile.open(path, "w:gz") as archive:
        for file in files:
            archive.add(file, arcname=pathlib.Path(file).name)
    return path


def read_manifest_archive(path):
    with tarfile.open(path, "r:xz") as archive:
        return sorted(archive.getnames())


def bundle_labels(path, labels):
    """labels: (carrier, label file) pairs, one zip for the print room."""
    with zipfile.ZipFile(path, "w") as bundle:
        for _carrier, label in labels:
            bundle.write(label, arcname=pathlib.Path(label).name)
    return path


class Reservations:
    def __init__(self, path):
        self._db = shelve.open(str(path))

    def reserve(self, sku, qty):
        self._db.setdefault(sku, [])
        self._db[sku].append(qty)

    def total(self, sku):
        return sum(self._db.get(sku, []))

    def close(self):
        self._db.close()


class PickIndex:
    """Fixed-size records (sku id, bin id) written by the nightly slotting job."""

    RECORD = struct.Struct("<II")

    def __init__(self, path):
        self._file = open(path, "rb")
        self._map = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)

    def __len__(self):
        return len(self._map) // self.RECORD.size

    def close(self):
        self._map.close()
        self._file.close()


def write_pick_index(path, records):
    with open(path, "wb") as handle:
        for record in records:
            handle.write(PickIndex.RECORD.pack(*record))


def stage(outbox, name, text):
    staged = pathlib.Path(outbox) / ".staging" / name
    staged.parent.mkdir(parents=True, exist_ok=True)
    staged.write_text(text)
    return staged


def hand_over(staged, outbox):
    shutil.move(str(staged), str(outbox))
    return pathlib.Path(outbox) / staged.name


def publish(staged):
    target = pathlib.Path(settings.OUTBOX) / staged.name
    os.rename(staged, target)
    return target


def freeze_quarantine(folder):
    """A quarantined lot's files are made read-only until QA releases them."""
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)


def edi_checksum(payload):
    """The legacy EDI gateway's message digest (MD4, as its 1998 spec says)."""
    return hashlib.new("md4", payload).hexdigest()


def archive_digest(payload):
    return hashlib.sha256(payload).hexdigest()


def import_catalogue(path):
    """The supplier's product catalogue: sku, description, case pack."""
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["sku"]: row for row in csv.DictReader(handle)}
