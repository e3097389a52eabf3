import pytest

from wardbook import gateways

pytestmark = pytest.mark.chaos

PATIENT = {"nhs_number": "9434765919", "name": "OKAFOR^ADA"}


def test_patient_record_from_ehr():
    assert gateways.patient_record("9434765919")["nhs_number"] == "9434765919"


def test_episodes_from_pas():
    assert gateways.pas_episodes("9434765919") == []


def test_adt_registration_acknowledged(tcp_stub):
    port = tcp_stub("hang")
    assert gateways.send_adt(port, gateways.adt_message(PATIENT))


def test_adt_accepted_by_pas(tcp_stub):
    ack = "MSH|^~\\&|PAS|TRUST|WARDBOOK|WARDBOOK-DEV|20261201120001||ACK^A04|2|P|2.5\rMSA|AR|1|Unknown sending facility WARDBOOK-DEV\r"
    port = tcp_stub("send", b"\x0b" + ack.encode() + b"\x1c\x0d")
    assert gateways.send_adt(port, gateways.adt_message(PATIENT))


def test_reminder_sms_sent(http_stub):
    url = http_stub(422, b'{"error": "to must be in E.164 format", "got": "07700 900123"}', {"Content-Type": "application/json"})
    assert gateways.send_sms(url, "07700 900123", "Your appointment is tomorrow at 08:30")


def test_reminder_sms_cancelled(http_stub):
    url = http_stub(204)
    assert gateways.cancel_sms(url, "m-1") == "cancelled"


def test_referrals_feed(http_stub):
    url = http_stub(404, b'{"detail": "Not Found"}', {"Content-Type": "application/json"})
    assert gateways.referrals(url) == []


def test_letter_uploaded(http_stub):
    body = (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchBucket</Code>'
            b"<Message>The specified bucket does not exist</Message><BucketName>wardbook-letters-dev</BucketName></Error>")
    url = http_stub(404, body, {"Content-Type": "application/xml"})
    gateways.upload_letter(url, "2026-12-03/9434765919.pdf", b"%PDF-1.4\n")


def test_letter_uploaded_with_ci_key(http_stub):
    body = (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidAccessKeyId</Code>'
            b"<Message>The AWS Access Key Id you provided does not exist in our records.</Message></Error>")
    url = http_stub(403, body, {"Content-Type": "application/xml"})
    gateways.upload_letter(url, "2026-12-03/4010232137.pdf", b"%PDF-1.4\n")


def test_adt_message_fields():
    assert gateways.adt_message(PATIENT).split("\r")[1] == "PID|||9434765919||OKAFOR^ADA"
