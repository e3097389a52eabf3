import datetime

import pytest

from quadroll import mailer, settings, timetable

pytestmark = pytest.mark.chaos


def test_slots_when_service_unavailable(http_stub):
    url = http_stub(status=503, body={"error": "unavailable"})
    assert timetable.slots(url, "CS101-A")


def test_slots_when_service_is_slow(http_stub):
    url = http_stub(body={"slots": []}, delay=2)
    assert timetable.slots(url, "CS101-A") == []


def test_slots_during_maintenance(http_stub):
    page = b"<!DOCTYPE html><html><head><title>Timetabling - scheduled maintenance</title></head><body>Back soon</body></html>"
    url = http_stub(raw=page, headers={"Content-Type": "text/html"})
    assert timetable.slots(url, "CS101-A") == []


def test_slots_from_default_service():
    assert timetable.slots(settings.TIMETABLE_URL, "CS101-A")


def test_room_of_section():
    assert timetable.room_of("CS101-A")


def test_room_service_tls(tls_peer):
    (host, port), cafile = tls_peer
    assert timetable.room_status(host, port, cafile) == "TLSv1.3"


def test_slots_when_peer_hangs_up(silent_peer_closing):
    host, port = silent_peer_closing
    assert timetable.slots(f"http://{host}:{port}", "CS101-A") == []


def test_calendar_export():
    meetings = [(datetime.datetime(2027, 1, 11, 9, 0), 50), ("2027-01-13T09:00", 50)]
    assert b"BEGIN:VEVENT" in timetable.calendar_for("CS101-A", meetings)


def test_confirmation_mail():
    timetable.notify("ana.lopez@students.quadroll.example", "Enrolled", "CS101-A")


def test_confirmation_through_relay(smtp_requiring_auth):
    host, port = smtp_requiring_auth
    timetable.notify("ana.lopez@students.quadroll.example", "Enrolled", "CS101-A", host=host, port=port)


def test_confirm_does_not_send(monkeypatch):
    sent = []
    monkeypatch.setattr(timetable, "notify", lambda *args: sent.append(args))
    assert mailer.confirm("ana.lopez@students.quadroll.example", "CS101-A")
    assert len(sent) == 1
