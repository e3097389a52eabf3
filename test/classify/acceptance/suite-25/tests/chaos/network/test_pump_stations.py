import pytest

from rillmark import scada

pytestmark = pytest.mark.chaos


def test_poll_station_reports_pressure():
    assert scada.poll_station("PS-04")["pressure"] > 0


def test_poll_station_that_stays_silent(tcp_stub):
    port = tcp_stub(reply=None)
    assert scada.poll_station("PS-07", port=port)["flow"] >= 0


def test_poll_station_cut_short(tcp_stub):
    line = b"PS-09 P=3.1bar Q=120.5m3h T=2026-03-01T02:00Z"
    port = tcp_stub(reply=len(line).to_bytes(4, "big") + line[:20])
    assert scada.poll_station("PS-09", port=port)["station"] == "PS-09"
