import pytest

from fellcall import models

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("incident", ["MR-2026-0412", "MR-2026-0413", "MR-2026-0415", "MR-2026-0418",
                                      "MR-2026-0420", "MR-2026-0421", "MR-2026-0424"])
def test_acknowledge_callout(dispatch_link, incident):
    reply = dispatch_link.acknowledge(incident)
    assert reply["status"] == "acknowledged"


def test_callout_from_dispatch_message():
    callout = models.callout_from_dispatch({"incident": "MR-2026-0412", "location": {"grid": "NY 342 151"},
                                            "casualties": [{"name": "walker", "age": 54}]})
    assert callout.team_size == 8
