import time

import pytest

from conftest import http_answer
from wavecrest import charts, licensing, royalties

pytestmark = pytest.mark.chaos


def test_track_cleared():
    assert licensing.is_cleared("GBAYE0601498")


def test_unknown_isrc_not_cleared():
    assert not licensing.is_cleared("XX0000000000")


def test_report_plays_accepted():
    plays = [{"isrc": "GBAYE0601498", "played_at": "2026-12-04T21:00:00Z"}]
    assert licensing.report_plays(plays) == 1


def test_clearance_lists_territories():
    assert "GB" in licensing.clearance("GBAYE0601498")["territories"]


def test_cleared_plays_filtered():
    plays = [{"isrc": "GBAYE0601498"}, {"isrc": "USUM71703861"}]
    assert len(royalties.cleared_plays(plays)) <= 2


def test_licensing_refuses_key(tcp_stub):
    peer = tcp_stub(http_answer("401 Unauthorized", b'{"error": "invalid api key"}', ["Content-Type: application/json"]))
    licensing.clearance("GBAYE0601498", base_url=peer.url)


def test_licensing_unavailable_through_retries(tcp_stub):
    peer = tcp_stub(http_answer("503 Service Unavailable", b"down for maintenance"))
    licensing.clearance("GBAYE0601498", base_url=peer.url, retries=2)


def test_licensing_too_slow(tcp_stub):
    def slow(conn):
        conn.recv(65536)
        time.sleep(1.5)
    peer = tcp_stub(slow)
    licensing.clearance("GBAYE0601498", base_url=peer.url, timeout=0.5)


def test_licensing_drops_connection(tcp_stub):
    def drop(conn):
        conn.recv(65536)
    peer = tcp_stub(drop)
    licensing.clearance("GBAYE0601498", base_url=peer.url)


def test_licensing_rate_limited(tcp_stub):
    peer = tcp_stub(http_answer("429 Too Many Requests", b"slow down", ["Retry-After: 30"]))
    licensing.report_plays([{"isrc": "GBAYE0601498"}], base_url=peer.url)


def test_weekly_community_chart():
    assert len(charts.weekly_chart("2026-W49")) == 20
