import gzip
import shutil
from pathlib import Path

import pytest

from meterwell import archive, frames

DATA = Path(__file__).parents[2] / "data"


@pytest.fixture
def spool(tmp_path):
    folder = tmp_path / "spool"
    folder.mkdir()
    (folder / "batch-0001.json").write_text("[]")
    yield folder
    shutil.rmtree(folder)


def test_export_november(tmp_path):
    rows = ((f"M-{n % 5000:05d}", 1764547200 + n * 900, n % 4000) for n in range(600_000))
    size = archive.export_month(tmp_path / "2026-11.csv", rows)
    assert size > 0


def test_monthly_graph(tmp_path):
    archive.graph_month(tmp_path / "2026-11.rrd", tmp_path / "2026-11.png")


def test_compress_export(tmp_path):
    path = tmp_path / "2026-10.csv"
    path.write_text("meter,ts,wh\n" * 100)
    assert archive.compress(path).exists()


def test_nested_gateway_payload():
    node = {"wh": 1}
    for depth in range(1200):
        node = {f"ch{depth % 4}": node}
    assert len(frames.flatten(node)) == 1


def test_gateway_batch_inflates():
    payload = gzip.compress(b'[{"meter": "M-1", "wh": 5}]')
    assert frames.inflate(payload).startswith(b"[")


def test_read_november_archive():
    readings = archive.read_archive(DATA / "readings-2026-11.json.gz")
    assert len(readings) == 96


def test_rotate_spool(spool, tmp_path):
    (tmp_path / "archive").mkdir()
    target = archive.rotate_spool(spool, tmp_path / "archive")
    assert (target / "batch-0001.json").exists()


@pytest.mark.skipif(shutil.which("rrdcached") is None, reason="rrdcached is not installed")
def test_rrdcached_flush():
    assert archive
