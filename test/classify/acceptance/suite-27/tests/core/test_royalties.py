import datetime as dt
from decimal import Decimal
from unittest import mock

from wavecrest import royalties


def test_report_header_territory():
    assert royalties.report_header("2026-Q4")["territory"] == "GBR"


def test_report_header_names_station():
    assert royalties.report_header("2026-Q4")["station"] == "Wavecrest FM"


def test_artist_country():
    assert royalties.artist_country("IS") == "Iceland"


def test_artist_country_kosovo():
    assert royalties.artist_country("XK") == "Kosovo"


def test_royalty_due():
    assert royalties.royalty_due(1000) == Decimal("15.75")


def test_quiet_quarter_rate():
    assert royalties.plays_per_listener_hour(0, 0) == 0


def test_play_record_is_json():
    track = {"isrc": "GBAYE0601498", "title": "Harbour Lights"}
    assert '"isrc"' in royalties.play_record(track, dt.datetime(2026, 12, 4, 21, 0))


def test_shares_sum_to_one():
    assert sum(royalties.shares([1] * 10)) == 1.0


def test_cleared_plays_with_mocked_service():
    with mock.patch("wavecrest.licensing.clearance", return_value={"status": "cleared"}):
        assert len(royalties.cleared_plays([{"isrc": "GBAYE0601498"}])) == 1
