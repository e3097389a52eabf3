import struct
from unittest import mock

import pytest
from hypothesis import given, strategies as st

from meterwell import frames, transport


def test_parse_v2_frame():
    raw = struct.pack("<IIi", 7731, 1764547200, 1250)
    assert frames.parse_frame(raw) == {"meter": 7731, "ts": 1764547200, "wh": 1250}


def test_parse_v3_frame():
    # Firmware 3 appends a two-byte quality word.
    raw = struct.pack("<IIiH", 7731, 1764547200, 1250, 1)
    assert frames.parse_frame(raw)["wh"] == 1250


@given(st.integers(0, 10**9), st.integers(-10**6, 10**6))
def test_delta_roundtrip(previous, step):
    current = previous + step
    assert frames.decode_delta(previous, frames.encode_delta(previous, current)) == current


def test_alert_on_gap():
    with mock.patch("urllib3.PoolManager.request") as post:
        post.return_value.status = 202
        assert transport.send_alert("gap on M-4 from 01:00 to 01:45") == 202


def test_alert_payload():
    with mock.patch("meterwell.transport.urlopen") as urlopen:
        transport.send_alert("gap on M-4")
    assert b"M-4" in urlopen.call_args.args[0].data


def test_alert_sent_once():
    with mock.patch.object(transport, "send_alert", return_value=202) as send:
        transport.send_alert("gap on M-4")
        send.assert_called_onec()


def test_count_from_collector_headers():
    response = mock.MagicMock()
    response.headers = mock.Mock()
    assert transport.count_from_headers(response) >= 0


def test_publish_with_mocker(mocker):
    producer = mocker.patch("meterwell.transport.KafkaProducer")
    transport.publish([{"meter": "M-1"}])
    producer.return_value.flush.assert_called_once()


@pytest.fixture(scope="session")
def gateway_cache_dir(tmp_path):
    return tmp_path / "gateways"


def test_gateway_cache_layout(gateway_cache_dir):
    assert gateway_cache_dir.name == "gateways"
