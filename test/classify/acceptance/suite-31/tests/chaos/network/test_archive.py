import pytest

from conftest import http_answer, line_answers
from vitrine import archive, calendar, loans, settings

pytestmark = pytest.mark.chaos


@pytest.fixture
def images():
    connection = archive.connect()
    connection.head_container(settings.SWIFT_CONTAINER)
    return connection


def test_store_master(images):
    assert archive.store(images, "2019.44/master.tif", b"II*\0")


def test_fetch_master(images):
    assert archive.fetch(images, "2019.44/master.tif").startswith(b"II*")


def test_store_thumbnail(images):
    assert archive.store(images, "2019.44/thumb.jpg", b"\xff\xd8")


def test_list_object_images(images):
    _headers, listing = images.get_container(settings.SWIFT_CONTAINER, prefix="2019.44/")
    assert listing


def test_replace_master(images):
    assert archive.store(images, "2019.44/master.tif", b"II*\0v2")


def test_store_during_rebalance(tcp_stub):
    store = tcp_stub(http_answer("503 Service Unavailable", b"<html><h1>Service Unavailable</h1>The server is currently unavailable.</html>"))
    connection = archive.connect(url=store.url + "/v1/AUTH_vitrine")
    archive.store(connection, "2020.7/master.tif", b"II*\0")


def test_store_burst(tcp_stub):
    store = tcp_stub(http_answer("429 Too Many Requests", b"Slow down", ["Retry-After: 5"]))
    connection = archive.connect(url=store.url + "/v1/AUTH_vitrine")
    for number in range(3):
        archive.store(connection, f"2020.7/detail-{number}.jpg", b"\xff\xd8")


@pytest.fixture
def exhibitions():
    return calendar.calendar()


def test_upcoming_exhibitions(exhibitions):
    assert calendar.exhibitions(exhibitions)


def test_exhibition_titles(exhibitions):
    assert all(calendar.exhibitions(exhibitions))


def test_public_calendar():
    public = calendar.calendar(url=settings.PUBLIC_CALENDAR_URL)
    assert calendar.exhibitions(public)


def test_calendar_slow(tcp_stub):
    slow = tcp_stub(line_answers(None, {}, stall_after=0))
    cal = calendar.calendar(url=slow.url + "/dav/calendars/exhibitions/")
    assert calendar.exhibitions(cal)


def test_send_agreement_to_partner(tcp_stub, tmp_path, monkeypatch):
    dav = tcp_stub(http_answer("507 Insufficient Storage", b"quota exceeded"))
    monkeypatch.setattr(settings, "PARTNER_DAV_PASSWORD", "partner-pass")
    agreement = tmp_path / "L-2032.pdf"
    agreement.write_bytes(b"%PDF-1.4 loan")
    loans.send_agreement(loans.partner(port=dav.port), "L-2032", str(agreement))


def test_staff_calendar(tcp_stub):
    dav = tcp_stub(http_answer("401 Unauthorized", b"", ['WWW-Authenticate: Basic realm="calendars"']))
    cal = calendar.calendar(url=dav.url + "/dav/calendars/exhibitions/")
    assert calendar.exhibitions(cal)
