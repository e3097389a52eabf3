from concurrent.futures import ThreadPoolExecutor

import pytest

from pressline import lab as winelab


@pytest.mark.chaos
class TestNetwork:
    def test_must_analysis(self, lab):
        assert winelab.must_analysis(lab, "S1")["ph"] == 3.3

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda users: f"{users}-users")
    def test_analysis_load(self, lab, users):
        with ThreadPoolExecutor(max_workers=min(users, 16)) as pool:
            results = list(pool.map(lambda n: winelab.must_analysis(lab, f"S{n}"), range(users)))
        assert len(results) == users

    def test_full_panel(self, lab):
        assert winelab.must_analysis(lab, "panel-T4")["brix"] > 0

    @pytest.mark.parametrize("samples", [5, 10, 40, 80], ids=lambda samples: f"samples-{samples}")
    def test_submit_batch(self, lab, samples):
        assert winelab.submit_batch(lab, [f"S{n}" for n in range(samples)]) == samples

    @pytest.mark.parametrize("tank", ["T4", "T9"])
    def test_sulphite_report(self, lab, tank):
        assert winelab.sulphite_report(lab, tank).startswith(b"tank,so2")

    def test_region_certificate(self):
        assert winelab.region_certificate(2025)["vintage"] == 2025
