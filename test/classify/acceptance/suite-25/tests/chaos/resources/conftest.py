import gc
import sys

import pytest


@pytest.fixture(autouse=True)
def _collect_leaked_files():
    # Files a failed test left open are freed with its traceback's frames: collect them before the next test.
    yield
    sys.last_traceback = sys.last_value = None
    gc.collect()
