import json
from pathlib import Path

import msgspec
import pytest

from mashtun import readings

DATA = Path(__file__).parent.parent / "data"


def test_decode_sensor_batch():
    raw = (DATA / "tilt-fv3.json").read_bytes()
    assert len(readings.decode(raw)) == 4


def test_decode_batch_with_notes():
    raw = json.dumps({"id": "B-0412", "recipe": "liffey-lager", "litres": 2000, "notes": "dry hop day 5"})
    assert readings.decode_batch(raw).id == "B-0412"


def test_settled():
    series = [readings.Reading("FV3", g, 12.0, i) for i, g in enumerate([1.020, 1.012, 1.011, 1.011, 1.011])]
    assert readings.settled(series)


def test_bad_reading_rejected():
    with pytest.raises(ValueError):
        readings.decode(b'[{"tank": "FV3", "gravity": "high", "temp_c": 12.0, "at": 1}]')
