import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_leaked_files():
    # Files a failed test left open are freed with its traceback's frames: collect them before the next test.
    yield
    gc.collect()
