import pytest

from seedvault import labels


@pytest.mark.chaos
class TestResources:
    def test_small_export(self, tmp_path):
        assert labels.export_inventory(tmp_path / "small.csv", [("SV-2026-00001", 4200)]).exists()

    def test_full_inventory_export(self, tmp_path):
        rows = [(f"SV-{year}-{n:05d}", "Primula vulgaris", 4200, "cold-a") for year in range(1990, 2027)
                for n in range(8000)]
        labels.export_inventory(tmp_path / "inventory.csv", rows)

    def test_packet_labels(self, tmp_path):
        labels.print_labels(tmp_path / "labels.pdf", ["SV-2026-00001", "SV-2026-00002"])
