from decimal import Decimal

import pytest

from podstead import billing, jobs

pytestmark = pytest.mark.chaos


def test_request_transcode():
    assert jobs.request_transcode(1201, ["64k"])


def test_request_transcode_all_bitrates():
    assert jobs.request_transcode(1201, ["32k", "64k", "128k"])


def test_queue_payout_for_show():
    assert billing.queue_payout(31, Decimal("118.40"), url="memory://")
