import pytest

from tests import servers


@pytest.fixture(scope="session")
def gateways():
    stall, reset, busy = servers.start()
    return {"stall": stall, "reset": reset, "busy": busy}
