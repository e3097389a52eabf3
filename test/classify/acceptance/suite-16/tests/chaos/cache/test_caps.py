import shelve

import pytest

from bidlark import caps

pytestmark = pytest.mark.chaos


@pytest.fixture
def mc():
    return caps.client()


def test_first_impression_counts_one(mc):
    assert caps.seen(mc, "u-1", "c1") == 1


def test_cap_blocks_after_limit(mc):
    for _ in range(3):
        caps.seen(mc, "u-2", "c1")
    assert not caps.allowed(mc, "u-2", "c1", cap=3)


def test_new_user_is_allowed(mc):
    assert caps.allowed(mc, "u-new", "c1", cap=3)


def test_reset_clears_caps(mc):
    caps.reset(mc, "c1", ["u-1", "u-2"])
    assert caps.allowed(mc, "u-1", "c1", cap=1)


def test_device_profile_from_warm_cache(tmp_path):
    assert caps.device_profile(tmp_path / "profiles", "idfa-7f3a") is None


def test_device_profile_roundtrip(tmp_path):
    with shelve.open(str(tmp_path / "profiles")) as profiles:
        profiles["idfa-1"] = {"os": "iOS"}
    assert caps.device_profile(tmp_path / "profiles", "idfa-1") == {"os": "iOS"}
