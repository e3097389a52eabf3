import pytest

from hoofbeat import imaging

pytestmark = pytest.mark.chaos


def test_export_full_series_for_referral(tmp_path):
    frames = [bytes(1024 * 1024) for _ in range(12)]  # twelve 1 MB radiographs of a fetlock series
    assert imaging.export_series(frames, tmp_path / "series.dcm").exists()


def test_preview_png(tmp_path):
    study = tmp_path / "hock.dcm"
    study.write_bytes(b"\0" * 132)
    assert imaging.preview(str(study), str(tmp_path / "hock.png"))


def test_print_stable_label():
    assert imaging.print_label("Bramble: box 4, no hay before surgery") > 0


def test_print_discharge_label():
    assert imaging.print_or_raise("Juniper: discharged, box rest 14 days") > 0


def test_weigh_on_arrival():
    assert imaging.weigh()
