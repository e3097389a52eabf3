import datetime
import os
import time

import pytest

from treadmark import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def fitter_token():
    return auth.mint_bay_token("fitter-17", "LEEDS-2", minutes=0.02)


def test_bay_from_token(fitter_token):
    assert auth.bay_of(fitter_token) == "LEEDS-2"


def test_bay_after_tea_break(fitter_token):
    time.sleep(1.3)
    assert auth.bay_of(fitter_token) == "LEEDS-2"


def test_bay_for_another_audience():
    os.environ["TREADMARK_TOKEN_AUDIENCE"] = "treadmark-kiosks"
    token = auth.mint_bay_token("kiosk-3", "YORK-1")
    with pytest.raises(Exception):
        auth.bay_of(token)


def test_bay_of_new_starter():
    token = auth.mint_bay_token("fitter-42", "HULL-1")
    assert auth.bay_of(token) == "HULL-1"


def test_bay_of_saturday_shift():
    shift_start = datetime.datetime(2025, 3, 15, 8, 0, tzinfo=datetime.timezone.utc)
    token = auth.mint_bay_token("fitter-8", "YORK-3", minutes=600, now=shift_start)
    assert auth.bay_of(token) == "YORK-3"


def test_supervisor_sign_off():
    assert auth.is_supervisor(auth.supervisor_token("fitter-1"))


def test_token_has_bay():
    assert auth.bay_of(auth.mint_bay_token("fitter-2", "LEEDS-1")) == "LEEDS-1"
