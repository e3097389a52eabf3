from unittest import mock

from redcell import notify


def test_reminder_is_sent():
    with mock.patch("requests.post") as post:
        post.return_value.json.return_value = {"id": "sms-1"}
        assert notify.remind("+447700900118", "2026-12-14") == "sms-1"


def test_reminder_through_session():
    with mock.patch.object(notify._session, "post") as post:
        post.return_value.json.return_value = {"id": "sms-2"}
        assert notify.remind("+447700900240", "2026-12-15") == "sms-2"
