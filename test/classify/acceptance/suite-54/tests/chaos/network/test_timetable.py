from unittest import mock

import pytest

from lapwater import chemistry, timetable, turnstiles

pytestmark = [pytest.mark.chaos, pytest.mark.flaky(reruns=1)]


@pytest.mark.parametrize("pool", ["riverside", "northgate", "castle-baths", "lido", "eastfield", "westmoor"])
def test_public_sessions(timetable, pool):
    assert timetable is not None
    from lapwater import timetable as tt
    assert tt.sessions(pool, "2026-12-07")[0]["lanes"] == 6


@pytest.mark.parametrize("pool", ["riverside", "lido"])
def test_week_of_sessions(timetable, pool):
    from lapwater import timetable as tt
    days = [tt.sessions(pool, f"2026-12-{d:02d}") for d in (7, 8, 9)]
    assert len(days) == 3


@pytest.mark.parametrize("pool", ["harbour", "abbey"])
def test_closures_listed(timetable, pool):
    from lapwater import timetable as tt
    assert tt.closures(pool) == []


def test_closure_notice_posted(timetable):
    with mock.patch("requests.post") as post:
        post.return_value.status_code = 201
        from lapwater import timetable as tt
        tt.notify_closure("lido", "fouling")
    post.assert_called_once()


def test_latest_chlorine_reading():
    reading = chemistry.latest("riverside")
    assert chemistry.safe(reading)


def test_turnstile_admits_member(tcp_stub):
    def silent(conn):
        conn.recv(64)
        import time
        time.sleep(2)
    tcp_stub(silent, port=47314)
    assert turnstiles.admit("M-0042").startswith("OK")
