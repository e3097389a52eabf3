import os
import sys

import pytest

from boltyard import documents

pytestmark = pytest.mark.chaos


def test_contract_export(tmp_path):
    pages = (os.urandom(1024 * 1024) for _ in range(12))
    documents.export_contract(tmp_path / "contract-H-2041.pdf", pages)


def test_stamp_manifests(tmp_path):
    assert documents.stamp_manifests(tmp_path, [f"D-{n}" for n in range(1100)]) == 1100


def test_receive_photo():
    headers = {"Content-Length": str(1 << 45), "Content-Type": "image/jpeg"}
    assert documents.receive_photo(headers, b"\xff\xd8\xff\xe0") > 0


def test_merge_contracts(tmp_path):
    pages = []
    for n in range(2):
        page = tmp_path / f"page-{n}.pdf"
        page.write_bytes(b"%PDF-1.4\n%%EOF\n")
        pages.append(page)
    assert documents.merge_contracts(pages, tmp_path / "merged.pdf").exists()


def test_kit_thumbnails():
    assert documents.thumbnails([64, 4096]) == [64 * 64 * 4, 4096 * 4096 * 4]


@pytest.mark.timeout(20)
def test_render_price_list():
    assert documents.render_price_list(80_000_000) > 0


def test_fleet_checksum_slow():
    command = [sys.executable, "-c", "import time; time.sleep(5); print('ok')"]
    assert documents.checksum_fleet(command, timeout=1) == "ok\n"


def test_label_jobs():
    assert documents.print_labels(160) == [0] * 160


def test_kit_inspections():
    assert documents.inspect_kit(200) == 200


def test_scratch_folder():
    assert os.path.isdir(documents.scratch_folder())


def test_preview_leaves_no_files(tmp_path):
    assert documents.preview_contract("HIRE H-2041\nmini-digger, 3 days\n", tmp_path) == "HIRE H-2041"
    assert os.listdir(tmp_path) == []


def test_overdue_report():
    hires = [f"H-{n}" for n in range(60_000)]
    returns = [f"H-{n}" for n in range(0, 60_000, 2)]
    assert len(documents.overdue_report(hires, returns)) == 30_000


def test_depot_log_disk_full():
    with open("/dev/full", "w") as log:
        log.write("H-2041 returned to depot 2\n")
        log.flush()


def test_archive_depot(tmp_path):
    (tmp_path / "depot").mkdir()
    (tmp_path / "depot" / "hires.csv").write_text("H-2041,mini-digger\n")
    assert documents.archive_depot(tmp_path / "depot", tmp_path / "archive").endswith(".tar.gz")
