from unittest import mock

import pytest
import responses

from moorline import harbour, settings

pytestmark = pytest.mark.chaos


def test_berth_status():
    assert harbour.berth_status("A12")["occupied"] in (True, False)


def test_arrivals():
    assert isinstance(harbour.arrivals("2026-12-03"), list)


def test_berth_status_through_server_errors(http_stub):
    base = http_stub(500, {"error": "internal"})
    assert harbour.berth_status("A12", base=base)


def test_arrivals_from_slow_harbour(http_stub):
    base = http_stub(200, {"arrivals": []}, delay=2)
    assert harbour.arrivals("2026-12-03", base=base) == []


def test_arrivals_board_format(http_stub):
    base = http_stub(200, {"arrivals": [{"mmsi": "235012345", "berthId": "A12", "eta": "2026-12-03T14:10:00Z"}]})
    assert harbour.arrivals("2026-12-03", base=base)[0]["berth"] == "A12"


@responses.activate
def test_report_movement():
    responses.add(responses.GET, f"{settings.HARBOUR_API}/movements", json={"id": "MV-1"})
    assert harbour.report_movement({"mmsi": "235012345", "from": "A12", "to": "fuel"}) == "MV-1"


def test_pilot_request_mocked():
    reply = mock.Mock(status_code=200)
    reply.json.return_value = {"pilot": "Hale", "boarding": "14:30"}
    with mock.patch("requests.post", return_value=reply):
        assert harbour.pilot_request({"mmsi": "235012345", "length_m": 32.0})["pilot"] == "Hale"


def test_pilot_request_for_large_yacht(http_stub):
    base = http_stub(400, {"error": "validation", "detail": "draft_m is required for vessels over 24 m"})
    assert harbour.pilot_request({"mmsi": "235012345", "length_m": 32.0}, base=base)
