import base64

import cbor2
import pytest
from google.protobuf import struct_pb2

from coldtrail import payloads, spool


def test_decode_current_frame():
    frame = cbor2.dumps({"d": "reefer-0042", "t": 1764748800, "c": 45, "b": 3600})
    assert payloads.decode_frame(frame)["temp_c"] == pytest.approx(4.5)


def test_decode_frame_from_firmware_2():
    # Firmware 2 sensors do not report their battery.
    frame = cbor2.dumps({"d": "reefer-0007", "t": 1764748800, "c": 38})
    assert payloads.decode_frame(frame)["battery_mv"] is None


def test_encoded_reading_is_valid():
    assert payloads.validate(payloads.encode_reading("reefer-0042", 1764748800, 4.5, 3600))


def test_device_from_registry_cache():
    message = struct_pb2.Struct()
    message.update({"device_id": "reefer-0042", "shipment": "SHP-1"})
    cached = base64.b64encode(message.SerializeToString())  # as the registry cache stores it
    assert payloads.device_from_registry(cached)["shipment"] == "SHP-1"


def test_sampling_interval_patch():
    config = {"device": "reefer-0042", "sampling_interval_s": 300}
    patched = payloads.apply_config_patch(config, [{"op": "replace", "path": "/sampling/interval_s", "value": 60}])
    assert patched["sampling_interval_s"] == 60


def test_hottest_devices():
    report = {"readings": [{"device": "reefer-0042", "temp_c": 9.1}, {"device": "reefer-0043", "temp_c": 4.0}]}
    assert payloads.hottest_devices(report) == ["reefer-0042"]


def test_uploaded_readings_counted():
    import io

    upload = io.BytesIO(b'{"gateway": "rtm-7", "readings": [{"temp_c": 4.5}, {"temp_c": 4.6}, {"temp_c": 4.7}')
    assert spool.count_uploaded_readings(upload) == 3
