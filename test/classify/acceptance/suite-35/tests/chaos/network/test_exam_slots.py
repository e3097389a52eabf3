import pytest

from clutchpoint import exams
from tests.conftest import answer, hang_up, slow, stall

pytestmark = pytest.mark.chaos

SLOTS = b'{"slots": [{"centre": "north", "starts_at": "2026-04-01T09:00:00", "slot_id": 11}]}'


def test_slots_north():
    assert exams.ExamClient().slots("north")


def test_slots_riverside():
    assert exams.ExamClient().slots("riverside")


def test_slots_bad_gateway(stub):
    peer = stub(answer("502 Bad Gateway", b"<html><body><h1>502 Bad Gateway</h1></body></html>", ["Content-Type: text/html"]))
    assert exams.ExamClient(peer.url).slots("north")


def test_slots_retry_unavailable(stub):
    peer = stub(answer("503 Service Unavailable", b"upstream unavailable"))
    assert exams.ExamClient(peer.url).slots_retrying("north")


def test_slots_throttled(stub):
    peer = stub(answer("429 Too Many Requests", b"", ["Retry-After: 60"]))
    assert exams.ExamClient(peer.url).slots("north")


def test_slots_slow(stub):
    peer = stub(slow(2.0, SLOTS))
    assert exams.ExamClient(peer.url, timeout=0.5).slots("north")


def test_slots_hang_up(stub):
    peer = stub(hang_up)
    assert exams.ExamClient(peer.url).slots("north")


def test_slots_maintenance_page(stub):
    page = b"<!DOCTYPE html><html><body>Scheduled maintenance until 06:00</body></html>"
    peer = stub(answer("200 OK", page, ["Content-Type: text/html"]))
    assert exams.ExamClient(peer.url).slots("north")


def test_slots_by_service_host():
    assert exams.slots_by_host("north")


@pytest.mark.flaky(reruns=2)
def test_sms_gateway_stalls(stub):
    peer = stub(stall)
    assert exams.send_reminder_unchecked("+447700900123", "Lesson at 9", peer.url) == 201


def test_sms_reminder_sent(stub):
    peer = stub(answer("201 Created", b'{"id": "m-1"}', ["Content-Type: application/json"]))
    assert exams.send_reminder("+447700900123", "Lesson at 9", peer.url) == "m-1"
