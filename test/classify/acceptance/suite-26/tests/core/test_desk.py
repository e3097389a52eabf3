import os

import cherrypy
import pytest

from starwick import dome, newsletter, web


def test_night_seats_left():
    assert web.Desk().night("2026-12-11")["left"] == 2


def test_unknown_night_is_404():
    with pytest.raises(cherrypy.HTTPError) as raised:
        web.Desk().night("2026-12-12")
    assert raised.value.status == 404


def test_booking_unknown_night():
    with pytest.raises(cherrypy.HTTPError):
        web.Desk().book("2026-12-31", "adult", "2")


def test_booking_last_two_seats():
    assert web.Desk().book("2026-12-11", "adult", "2") == {"total": "25.00"}


def test_newsletter_escapes_html():
    assert "<script>" not in newsletter.render("Clear skies <script>alert(1)</script>")


def test_desk_table_shows_full_event_name():
    text = newsletter.desk_table([("12-11", "Geminids meteor shower peak", 2)])
    assert "Geminids meteor shower peak" in text


def test_dome_rejects_bad_azimuth_then_rotates(tmp_path):
    with pytest.raises(ValueError):
        dome.rotate(400, lock_dir=str(tmp_path))
    assert dome.rotate(90, lock_dir=str(tmp_path)) == 90


@pytest.fixture
def scratch(tmp_path):
    path = tmp_path / "scratch"
    path.mkdir()
    yield path
    os.rmdir(path)


def test_scratch_export(scratch):
    (scratch / "tonight.txt").write_text("m31\n")
    assert (scratch / "tonight.txt").exists()

