import gc
import os
import resource

import pytest

from parcelwick import labels


@pytest.fixture
def few_files():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    yield
    gc.collect()
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


class TestResources:
    def test_download_one_label(self):
        assert labels.download_all(["L1"])[0].startswith(b"%PDF")

    def test_download_a_van_of_labels(self, few_files):
        pdfs = labels.download_all([f"L{n}" for n in range(80)])
        assert len(pdfs) == 80

    def test_save_label(self, tmp_path):
        path = labels.save("L1", b"%PDF-1.4", folder=str(tmp_path))
        assert os.path.getsize(path) == 8

    def test_save_label_to_depot_folder(self):
        path = labels.save("L2", b"%PDF-1.4")
        assert path.endswith("L2.pdf")

    def test_print_label(self, tmp_path):
        path = labels.save("L3", b"%PDF-1.4", folder=str(tmp_path))
        assert labels.print_label(path).returncode == 0

    def test_upload_manifest(self, carrier):
        assert carrier.upload_manifest(b"PW" * 4_000_000)["accepted"]

    @pytest.mark.parametrize("count", [1, 5, 20])
    def test_label_batches(self, tmp_path, count):
        for n in range(count):
            labels.save(f"B{n}", b"%PDF", folder=str(tmp_path))
        assert len(os.listdir(tmp_path)) == count

    def test_label_overwritten(self, tmp_path):
        labels.save("L4", b"old", folder=str(tmp_path))
        labels.save("L4", b"new", folder=str(tmp_path))
        assert (tmp_path / "L4.pdf").read_bytes() == b"new"

    def test_files_closed_after_save(self, tmp_path):
        before = len(os.listdir("/proc/self/fd"))
        for n in range(50):
            labels.save(f"C{n}", b"%PDF", folder=str(tmp_path))
        assert len(os.listdir("/proc/self/fd")) <= before

    def test_large_label(self, tmp_path):
        path = labels.save("L5", b"0" * 2_000_000, folder=str(tmp_path))
        assert os.path.getsize(path) == 2_000_000

    def test_label_name(self, tmp_path):
        assert labels.save("L6", b"", folder=str(tmp_path)).endswith("/L6.pdf")

    def test_memory_of_label_list(self):
        ids = [f"L{n}" for n in range(100_000)]
        assert len(set(ids)) == 100_000

    def test_open_file_limit_restored(self, few_files):
        assert resource.getrlimit(resource.RLIMIT_NOFILE)[0] == 64

    def test_temp_folder_writable(self, tmp_path):
        (tmp_path / "probe").write_text("ok")
        assert (tmp_path / "probe").read_text() == "ok"

    def test_label_ids_unique(self):
        assert len({f"L{n}" for n in range(1000)}) == 1000

    def test_download_two_labels(self):
        assert len(labels.download_all(["L7", "L8"])) == 2

    def test_saved_label_readable(self, tmp_path):
        path = labels.save("L9", b"%PDF-1.4 body", folder=str(tmp_path))
        with open(path, "rb") as saved:
            assert saved.read().endswith(b"body")
