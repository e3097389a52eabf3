import datetime
import time
from unittest import mock

from rindhall import api, auth


def token(role):
    return auth.mint({"sub": "x", "role": role, "exp": time.time() + 60})


def test_get_wheel():
    assert api.get_wheel("comte-1")[0] == 200


def test_unknown_wheel():
    assert api.get_wheel("nope")[0] == 404


def test_list_by_kind():
    assert api.list_wheels(kind="bleu") == (200, ["bleu-4"])


def test_list_limit():
    assert len(api.list_wheels(limit=1)[1]) == 1


def test_affineur_releases():
    assert api.release(token("affineur"), "comte-1")[0] == 200


def test_trainee_release_refused():
    assert api.release(token("affineur-trainee"), "comte-1")[0] == 403


def test_quote_comte():
    assert api.quote("comte-1", "29.90") == (200, {"price": "1196.00"})


def test_quote_unknown():
    assert api.quote("nope", "1.00")[0] == 404


def test_place_order_notifies():
    notify = mock.Mock()
    status, _ = api.place("fromagerie-lyon", ["comte-1"], datetime.date.today() + datetime.timedelta(days=2), notify)
    assert status == 201
    notify.assert_called_once_with(monger="fromagerie-lyon", wheels=1)


def test_place_order_created():
    status, order = api.place("fromagerie-lyon", ["bleu-4"], datetime.date.today(), lambda *a: None)
    assert (status, order["monger"]) == (201, "fromagerie-lyon")
