import os

import pytest

from tidemark import auth


@pytest.fixture
def gateway():
    return os.environ["TIDEMARK_GATEWAY_URL"]


@pytest.fixture
def idp():
    return os.environ["TIDEMARK_IDP_URL"]


@pytest.fixture
def dead_url():
    return os.environ["TIDEMARK_DOCK_URL"]


@pytest.fixture
def main_token():
    return auth.fetch_token("main", "pilots:read")


@pytest.fixture(autouse=True)
def fresh_jwks():
    auth._jwks.clear()
    yield
