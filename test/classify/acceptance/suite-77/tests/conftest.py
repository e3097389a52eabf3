import os

import pytest


@pytest.fixture
def registry_url():
    return os.environ["ROPEWALK_REGISTRY_URL"]


@pytest.fixture
def ledger_folder(tmp_path):
    return tmp_path
