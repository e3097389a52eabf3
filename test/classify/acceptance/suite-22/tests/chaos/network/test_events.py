import pytest

from mashtun import events

pytestmark = pytest.mark.chaos


def test_batch_started_event():
    events.batch_started("B-0414")
