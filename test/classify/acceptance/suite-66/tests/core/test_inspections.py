from unittest import mock

import pytest

from hivekeep import honey

_seen = []


@pytest.mark.parametrize("hive", [f"H{n}" for n in range(60)])
def test_hive_code_shape(hive):
    assert hive.startswith("H") and hive[1:].isdigit()


def test_queen_marked_after_inspection():
    assert "H7" in _seen


def test_inspection_marks_queen():
    _seen.append("H7")
    assert _seen


def test_keeper_notified_of_swarm():
    notifier = mock.Mock()
    honey.notify_keeper(notifier, "k1", "swarm cells in H3")
    notifier.send.assert_called_once_with("k1", "swarm cells in H3")


@pytest.mark.parametrize("weights", [[30.0], [30.0, 32.0], [28.0, 30.0, 32.0]])
def test_average_weight(weights):
    assert honey.average_weight(weights) == sum(weights) / len(weights)
