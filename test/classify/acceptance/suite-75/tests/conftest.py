import os

import pytest


@pytest.fixture
def ledger_file(tmp_path):
    return tmp_path / "ledger.db"


@pytest.fixture
def station_url():
    return os.environ["BRINEWELL_STATION_URL"]
