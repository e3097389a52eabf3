import tomli_w

from ferrylane import bookings


def test_export_booking_as_toml():
    assert "ref" in tomli_w.dumps({"ref": "FL-1001"})
