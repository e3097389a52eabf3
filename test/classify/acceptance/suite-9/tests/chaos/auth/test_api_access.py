import pytest

from seatline import auth
from seatline.api import create_app

pytestmark = pytest.mark.chaos


@pytest.fixture
def client():
    return create_app().test_client()


def bearer(role, subject="u-1"):
    return {"Authorization": f"Bearer {auth.issue_token(subject, role, ttl=60)}"}


def test_health_needs_no_token(client):
    assert client.get("/health").status_code == 200


@pytest.mark.parametrize("method,path", [
    ("post", "/orders"), ("get", "/orders/SL000001"), ("post", "/refunds"), ("get", "/reports/sales"),
])
def test_endpoints_need_a_token(client, method, path):
    assert getattr(client, method)(path).status_code == 401


@pytest.mark.parametrize("role", ["customer", "box-office"])
def test_expired_token_gets_401(client, role):
    headers = {"Authorization": f"Bearer {auth.issue_token('u', role, ttl=-5)}"}
    assert client.post("/orders", headers=headers, json={}).status_code == 401


def test_customer_cannot_read_reports(client):
    assert client.get("/reports/sales", headers=bearer("customer")).status_code == 403


def test_promoter_reads_sales_report(client):
    assert client.get("/reports/sales", headers=bearer("promoter")).status_code == 200


def test_customer_cannot_refund(client):
    assert client.post("/refunds", headers=bearer("customer"), json={"order": "SL000001"}).status_code == 403


def test_box_office_queues_refund(client):
    response = client.post("/refunds", headers=bearer("box-office"), json={"order": "SL000001"})
    assert response.status_code == 202


def test_failed_login_is_audited(settings):
    auth.audit("login-failed user=cust-1001 ip=203.0.113.9", settings)
