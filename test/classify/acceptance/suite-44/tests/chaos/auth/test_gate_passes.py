import time

import pytest

from baywarden import auth

pytestmark = pytest.mark.chaos

SECRET = "gate-pass-test-secret"


@pytest.fixture(scope="module")
def season_pass():
    return auth.gate_pass("holder-41", "NORTH", seconds=1, secret=SECRET)


def test_season_pass_holder(season_pass):
    assert auth.holder_of(season_pass, SECRET) == "holder-41"


def test_season_pass_holder_after_lunch(season_pass):
    time.sleep(1.5)
    assert auth.holder_of(season_pass, SECRET) == "holder-41"


def test_pass_issued_at_booth():
    token = auth.gate_pass("holder-42", "QUAY")
    assert auth.holder_of(token, "x")


def test_pass_admits_at_gate():
    token = auth.gate_pass("holder-43", "NORTH", secret=SECRET)
    assert auth.admits(token, "NORTH", SECRET)
