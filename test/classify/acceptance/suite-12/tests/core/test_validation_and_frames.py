from decimal import Decimal

from kerbside import frames, validation


def test_valid_vehicle():
    v = validation.validator()
    assert v.validate({"plate": "1KB-001", "model": "Ioniq 5", "seats": 5, "battery_kwh": 77})


def test_vehicle_from_onboarding_app():
    v = validation.validator()
    doc = {"plate": "1KB-044", "model": "Kona", "seats": 5, "battery_kwh": 64.8}
    assert v.validate(doc), v.errors


def test_frame_round_trip():
    assert frames.decode(frames.encode({"v": 7, "kind": "ping"})) == {"v": 7, "kind": "ping"}


def test_odometer_frame_from_trip_record():
    trip = {"vehicle": 7, "km": Decimal("18.4")}
    assert frames.decode(frames.odometer_frame(trip["vehicle"], trip["km"]))["km"] == 18.4
