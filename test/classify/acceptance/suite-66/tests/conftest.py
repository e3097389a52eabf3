import pytest

from tests import servers


@pytest.fixture(scope="session")
def hubs():
    stall, reset, answer = servers.start()
    return {"stall": stall, "reset": reset, "answer": answer}
