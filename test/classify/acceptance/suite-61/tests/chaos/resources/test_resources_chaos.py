import pytest

from milkrun import depot


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("collections", [20_000, 300_000], ids=lambda count: f"collections-{count}")
    def test_month_export(self, tmp_path, collections):
        assert depot.export_month(str(tmp_path / "november.csv"), collections) > 0

    @pytest.mark.parametrize("cows", [2_000, 200_000], ids=lambda cows: f"cows-{cows}")
    def test_herd_history(self, cows):
        assert depot.herd_history(cows) == cows

    @pytest.mark.parametrize("tankers", [20, 400], ids=lambda tankers: f"{tankers}-tankers")
    def test_tanker_threads(self, tankers):
        assert depot.start_tankers(tankers) == tankers

    @pytest.mark.parametrize("farms", [100, 1200], ids=lambda farms: f"farms-{farms}")
    def test_meter_round(self, meters, farms):
        assert depot.read_meters(meters, [f"F{n:04d}" for n in range(farms)]) == farms
