"""Texts to couriers and customers through the SMS gateway."""

from unittest import mock

import pytest
import responses

from hotbox import dispatch, sms

pytestmark = pytest.mark.chaos

GATEWAY = "https://sms.example.test/v2/messages"


@responses.activate
def test_sms_is_sent_through_the_gateway():
    responses.add(responses.POST, GATEWAY, json={"id": "msg-1"})
    assert sms.send_sms("087 123 4567", "Your order is on its way") == "msg-1"


@responses.activate
def test_courier_is_texted_when_assigned():
    responses.add(responses.POST, "https://sms.example.test/v2/message", json={"id": "msg-2"})
    courier = dispatch.Courier(id=7, position=(53.34, -6.26))
    assert dispatch.notify_assigned(courier, 1001, "087 765 4321") == 7


@responses.activate
def test_assignment_text_goes_to_the_courier():
    responses.add(responses.POST, GATEWAY, json={"id": "msg-3"})
    courier = dispatch.Courier(id=8, position=(53.34, -6.26))
    with mock.patch("hotbox.sms.send_sms") as send:
        dispatch.notify_assigned(courier, 1002, "087 765 4321")
    send.assert_called_once()
