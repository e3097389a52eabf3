import pytest
import requests

from redcell import auth, settings


def test_token_is_bearer(donor_token):
    assert donor_token["token_type"] == "Bearer"


def test_token_names_donor(donor_token):
    assert donor_token["sub"] == "donor.118@redcell.test"


def test_token_scope_reads_donor(donor_token):
    assert "donor:read" in donor_token["scope"].split()


def test_token_scope_books(donor_token):
    assert auth.has_role(donor_token["scope"], "appointments:book")


@pytest.mark.parametrize("field", ["access_token", "iat", "exp"])
def test_token_fields(donor_token, field):
    assert field in donor_token


def test_token_lifetime_is_an_hour(donor_token):
    assert donor_token["exp"] - donor_token["iat"] == 3600


def test_lab_client_signs_in():
    token = auth.sign_in("lab.bench.3@redcell.test", "crossmatch", client=settings.LAB_CLIENT)
    assert token["token_type"] == "Bearer"


def test_wrong_password_is_an_http_error(monkeypatch):
    def refuse(*args, **kwargs):
        response = requests.Response()
        response.status_code = 400
        return response
    monkeypatch.setattr(requests, "post", refuse)
    with pytest.raises(requests.HTTPError):
        auth.sign_in("donor.118@redcell.test", "wrong")


def test_lab_viewer_cannot_release_units():
    assert not auth.has_role("lab-viewer stock:read", "lab")


@pytest.mark.parametrize("role", ["donor:read", "appointments:book"])
def test_roles_in_scope(role):
    assert auth.has_role("donor:read appointments:book", role)
