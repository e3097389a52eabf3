import pytest

from clutchpoint import exports

pytestmark = pytest.mark.chaos


def test_logbook_export():
    assert exports.write_logbook([["ana", "2026-03-02", "2"]]).endswith("logbook.csv")


def test_dashcam_archive(tmp_path):
    assert exports.write_dashcam_archive(str(tmp_path), 12)


def test_term_sheets(tmp_path):
    sheets = exports.open_lesson_sheets(str(tmp_path), 1100)
    assert len(sheets) == 1100


def test_pass_certificate_qr(tmp_path):
    assert exports.certificate_qr("CP-2026-0042", str(tmp_path / "qr.png"))


def test_render_every_learner():
    threads = exports.render_all(range(200))
    assert len(threads) == 200
