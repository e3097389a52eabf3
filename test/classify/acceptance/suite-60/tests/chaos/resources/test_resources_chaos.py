import threading
import time

import pytest

from pressline import bottling


@pytest.fixture
def label_images(tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()

    def make(count):
        for index in range(count):
            (folder / f"LBL_{index:05d}.png").write_bytes(b"\x89PNG" + index.to_bytes(8, "big"))
        return str(folder)

    return make


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("labels", [200, 1500], ids=lambda labels: f"labels-{labels}")
    def test_label_images(self, label_images, labels):
        assert bottling.open_label_images(label_images(labels)) == labels

    @pytest.mark.parametrize("bottles", [12_000, 120_000], ids=lambda bottles: f"bottles-{bottles}")
    def test_run_export(self, tmp_path, bottles):
        assert bottling.export_run(str(tmp_path / "run.csv"), bottles) > 0

    @pytest.mark.parametrize("bottles", [100_000, 80_000_000], ids=["bottles-100k", "bottles-80m"])
    def test_lot_tracing(self, bottles):
        assert bottling.trace_lots(bottles) == bottles

    @pytest.mark.parametrize("users", [10, 400], ids=lambda users: f"{users}-users")
    def test_bottling_line_threads(self, users):
        stop = threading.Event()
        threads = [threading.Thread(target=stop.wait, daemon=True) for _ in range(users)]
        try:
            for thread in threads:
                thread.start()
        finally:
            stop.set()
        time.sleep(0.05)

    def test_print_labels(self, tmp_path):
        template = tmp_path / "riesling.glabels"
        template.write_text("<Glabels-document/>")
        assert bottling.print_labels(str(template)) == 0
