"""Circulation events published on the broker for the statistics service."""

import json

import pytest

from lendwell import notify

pytestmark = pytest.mark.chaos


def test_loan_event_is_published(settings):
    notify.publish(settings, "loan.created", barcode="30001000012344", card="LW000101")


def test_return_event_is_published(settings):
    notify.publish(settings, "loan.returned", barcode="30001000012344")


def test_event_body_is_json():
    assert json.loads(notify.event_body("loan.created", card="LW1")) == {"kind": "loan.created", "card": "LW1"}
