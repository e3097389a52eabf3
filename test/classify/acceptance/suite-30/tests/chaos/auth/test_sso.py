import pytest

from hoofbeat import auth

pytestmark = pytest.mark.chaos

IDP = {
    "idp": {
        "entityId": "https://login.equinegroup.example/saml",
        "singleSignOnService": {"url": "https://login.equinegroup.example/saml/sso",
                                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"},
        "x509cert": "",
    }
}


@pytest.fixture
def idp():
    return auth.idp_settings()


def test_login_redirect(idp):
    assert auth.saml_settings(idp).get_idp_sso_url().startswith("https://")


def test_idp_certificate_present(idp):
    assert idp["idp"]["x509cert"]


def test_logout_url(idp):
    assert auth.saml_settings(idp).get_idp_slo_url()


def test_idp_entity(idp):
    assert idp["idp"]["entityId"].startswith("https://")


def test_sp_settings_valid():
    settings = auth.saml_settings(IDP)
    assert settings.get_sp_data()["entityId"] == "https://hoofbeat.example/saml"


def test_sp_certificate_loaded():
    assert "BEGIN CERTIFICATE" in auth.sp_certificate()
