import time

import pytest

from redcell import auth


@pytest.fixture(scope="module")
def kiosk_session(tmp_path_factory):
    key = tmp_path_factory.mktemp("kiosk") / "kiosk.key"
    key.write_text("kiosk-key\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REDCELL_SESSION_KEY", str(key))
        yield auth.issue_session({"kiosk": "north-clinic"})


@pytest.mark.parametrize("step", ["check-in", "questionnaire", "haemoglobin", "donation"])
def test_kiosk_walkthrough(kiosk_session, step):
    time.sleep(0.8)
    assert auth.read_session(kiosk_session, max_age=2)["kiosk"] == "north-clinic"
