import pytest

from redcell import auth


@pytest.mark.parametrize("donor", [118, 240, 377, 402, 515, 689])
def test_session_round_trip(session_key, donor):
    token = auth.issue_session({"donor": donor})
    assert auth.read_session(token) == {"donor": donor}


def test_session_keeps_clinic(session_key):
    token = auth.issue_session({"donor": 9, "clinic": "north"})
    assert auth.read_session(token)["clinic"] == "north"
