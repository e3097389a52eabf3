import json

import pytest

from bidlark import events, schema

REQUEST = {"id": "req-1", "imp": [{"id": "1", "bidfloor": 0.35}], "tmax": 120}


def test_valid_request_passes():
    assert schema.validate(REQUEST) == REQUEST


def test_native_request_passes():
    native = {"id": "req-2", "imps": [{"id": "1", "native": {"ver": "1.2"}}], "tmax": 100}
    assert schema.validate(native)


def test_negative_floor_rejected():
    with pytest.raises(ValueError):
        schema.validate({"id": "req-3", "imp": [{"id": "1", "bidfloor": -1}]})


def test_ext_keys_flattened():
    assert schema.ext_keys({"ext": {"prebid": {"bidder": {"x": 1}}}}) == ["ext.prebid.bidder.x"]


def test_deep_ext_from_header_bidding_wrapper():
    node = leaf = {}
    for depth in range(1200):
        leaf["ext"] = {}
        leaf = leaf["ext"]
    leaf["gpid"] = "/1234/home"
    assert schema.ext_keys(node)[-1].endswith("gpid")


def test_creative_markup_from_legacy_adserver():
    payload = "<div>Caf\u00e9 cr\u00e8me \u2013 \u20ac2</div>".encode("cp1252")
    assert "Caf" in schema.creative_markup(payload, "text/html; charset=windows-1252")


def test_win_event_without_price_rejected():
    with pytest.raises(TypeError):
        events.encode_win("req-9", "c1", None)


@pytest.mark.xfail(strict=True, reason="fastjsonschema accepts a string tmax")
def test_string_tmax_rejected():
    with pytest.raises(ValueError):
        schema.validate({"id": "req-4", "imp": [{"id": "1"}], "tmax": "120"})
