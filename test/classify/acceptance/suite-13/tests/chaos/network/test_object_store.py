import pytest

from podstead import storage

pytestmark = pytest.mark.chaos


def s3_error(code, message, status):
    body = (f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code><Message>{message}</Message>'
            f"<Resource>/podstead-media</Resource><RequestId>17C2D1A9B8E4F001</RequestId></Error>").encode()
    return {"status": status, "body": body, "headers": {"Content-Type": "application/xml"}}


def test_upload_episode_audio():
    assert storage.upload_audio("night-shift", 12, b"ID3\x04" + b"\x00" * 64) == "audio/night-shift/12.mp3"


def test_audio_size():
    assert storage.audio_size("night-shift", 12) > 0


def test_list_show_audio():
    assert "audio/night-shift/12.mp3" in storage.list_show("night-shift")


def test_upload_when_store_throttles(http_stub):
    url = http_stub(**s3_error("SlowDown", "Please reduce your request rate.", 503))
    assert storage.upload_audio("night-shift", 13, b"ID3\x04", endpoint=url)


def test_upload_from_runner(http_stub):
    url = http_stub(**s3_error("RequestTimeTooSkewed",
                               "The difference between the request time and the server's time is too large.", 403))
    assert storage.upload_audio("night-shift", 14, b"ID3\x04", endpoint=url)
