"""Jobs queued on the message broker (docker compose service `rabbitmq`)."""

import pytest

from hotbox import tasks

pytestmark = pytest.mark.chaos


def test_receipt_job_is_queued():
    assert tasks.enqueue_receipt(1001).id


def test_receipt_job_for_a_large_order():
    result = tasks.enqueue_receipt(1002)
    assert result.status == "PENDING"


def test_receipt_task_runs_eagerly():
    assert tasks.send_receipt.apply(args=(1003,)).get() == "receipt for 1003"
