from concurrent.futures import ThreadPoolExecutor

import pytest

from milkrun import lab as milklab


@pytest.mark.chaos
class TestNetwork:
    def test_quality_result(self, lab):
        assert milklab.quality_result(lab, "S1")["antibiotics"] is False

    @pytest.mark.parametrize("users", [10, 100], ids=lambda users: f"{users}-users")
    def test_results_load(self, lab, users):
        with ThreadPoolExecutor(max_workers=min(users, 16)) as pool:
            results = list(pool.map(lambda n: milklab.quality_result(lab, f"S{n}"), range(users)))
        assert len(results) == users

    @pytest.mark.parametrize("samples", [5, 20, 40], ids=lambda samples: f"samples-{samples}")
    def test_submit_samples(self, lab, samples):
        assert milklab.submit_samples(lab, [f"S{n}" for n in range(samples)]) == samples

    def test_region_certificate(self):
        assert milklab.region_certificate(2026)["year"] == 2026


@pytest.mark.chaos
class TestTelemetry:
    @pytest.mark.asyncio
    async def test_tanker_position(self, telemetry):
        host, port = telemetry
        assert await milklab.tanker_position(host, port, "TK5")

    @pytest.mark.asyncio
    async def test_farm_meter_reading(self, meters):
        host, port = meters
        assert await milklab.meter_reading(host, port, "F0042") > 0
