import pytest

from rillmark import flags

pytestmark = pytest.mark.chaos


def test_smart_billing_flag_defaults_off():
    assert flags.flag("smart-billing") is False


def test_maintenance_window_is_written():
    flags.set_maintenance("north", "2026-03-02T06:00:00Z")
