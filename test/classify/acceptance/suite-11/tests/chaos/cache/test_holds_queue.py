"""The holds queue of a title, in Redis."""

import pytest

from lendwell import holds

pytestmark = pytest.mark.chaos


@pytest.fixture
def queue(settings):
    client = holds.client(settings.redis_url)
    client.ping()
    client.delete("holds:9780141182803")
    yield holds.HoldQueue(client)
    client.close()


def test_first_hold_is_first_in_line(queue):
    queue.place("9780141182803", "LW000101")
    assert queue.position("9780141182803", "LW000101") == 1


def test_second_hold_waits_behind_the_first(queue):
    queue.place("9780141182803", "LW000101")
    queue.place("9780141182803", "LW000102")
    assert queue.position("9780141182803", "LW000102") == 2


def test_returned_copy_goes_to_the_next_member(queue):
    queue.place("9780141182803", "LW000103")
    assert queue.next_for("9780141182803") == "LW000103"
