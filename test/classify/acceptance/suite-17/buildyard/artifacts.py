"""Artifacts: packing a job's outputs (tar.gz, zip), the artifact store (HTTP), the remote build cache and its index."""
import gzip
import hashlib
import json
import tarfile
import urllib.request
import zipfile
from pathlib import Path

import sqlitedict
import uritemplate

from buildyard import settings

ARTIFACT_PATH = uritemplate.URITemplate("{+base}/artifacts/{project}/{build}/{name}")


def artifact_url(base, project, build, name):
    return ARTIFACT_PATH.expand(base=base, project=project, bulid=build, name=name)


def pack(folder, target):
    """Packs a folder into a tar.gz whose members are relative to the folder."""
    with tarfile.open(target, "w:gz") as archive:
        for path in sorted(Path(folder).rglob("*")):
            archive.add(path, arcname=str(path))
    return target


def unpack(archive_path, destination):
    with tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(destination, filter="data")
    return sorted(p.name for p in Path(destination).rglob("*"))


_OPEN = {}


def zip_outputs(files, target):
    """Writes a job's outputs into a zip; later steps of the job may add to it, so it stays open."""
    archive = _OPEN.setdefault(str(target), zipfile.ZipFile(target, "w"))
    for name, data in files.items():
        archive.writestr(name, data)
    return target


def read_zip(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def digest(data):
    return hashlib.sha256(data).hexdigest()


def upload(name, data, base=None, timeout=2):
    request = urllib.request.Request(f"{base or settings.ARTIFACT_URL}/upload/{name}", data=data, method="PUT")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def cache_get(key, base=None, timeout=2):
    with urllib.request.urlopen(f"{base or settings.CACHE_URL}/cas/{key}", timeout=timeout) as response:
        return gzip.decompress(response.read())


def cache_put(key, data, base=None, timeout=2):
    request = urllib.request.Request(f"{base or settings.CACHE_URL}/cas/{key}", data=gzip.compress(data), method="PUT")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status


def index(path):
    """The local index of cached artifacts (key → metadata), an SQLite file."""
    return sqlitedict.SqliteDict(str(path), tablename="artifacts", autocommit=True, timeout=0.5)


class LayerCache:
    """Keeps the most recently used layers up to a byte budget."""

    def __init__(self, budget):
        self.budget = budget
        self.layers = {}

    def put(self, key, data):
        self.layers[key] = data
        while sum(len(v) for v in self.layers.values()) > self.budget:
            newest = list(self.layers)[-1]
            del self.layers[newest]

    def get(self, key):
        data = self.layers.pop(key)
        self.layers[key] = data
        return data


def read_layer(path):
    with gzip.open(path) as stream:
        return stream.read()


def write_layer(path, data):
    stream = _OPEN.setdefault(str(path), gzip.open(path, "wb"))
    stream.write(data)
    stream.flush()
    return path
