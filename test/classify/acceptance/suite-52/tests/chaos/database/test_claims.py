import pytest

from bagdrop import manifests

pytestmark = pytest.mark.chaos


@pytest.fixture
def claims_path(tmp_path):
    return str(tmp_path / "claims.db")


@pytest.fixture(scope="module")
def shared_claims(tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "claims.db"
    conn = manifests.claims(str(path))
    yield conn
    conn.close()


@pytest.mark.parametrize("n", range(5))
def test_file_claim(claims_path, n):
    conn = manifests.claims(claims_path)
    manifests.file_claim(conn, f"01261000{n}", f"passenger-{n}", "2026-12-05")
    assert manifests.open_claims(conn) == [f"01261000{n}"]


def test_close_claim(claims_path):
    conn = manifests.claims(claims_path)
    manifests.file_claim(conn, "0126200001", "A. Berg", "2026-12-05")
    manifests.close_claim(claims_path, conn, "0126200001")
    assert manifests.open_claims(conn) == []


def test_claim_courier(claims_path):
    conn = manifests.claims(claims_path)
    manifests.file_claim(conn, "0126200002", "K. Lund", "2026-12-05")
    assert manifests.claim_courier(conn, "0126200002") is None


def test_shared_claim_filed(shared_claims):
    manifests.file_claim(shared_claims, "0126300001", "E. Dahl", "2026-12-05")
    assert "0126300001" in manifests.open_claims(shared_claims)


def test_shared_claim_refiled(shared_claims):
    manifests.file_claim(shared_claims, "0126300001", "E. Dahl", "2026-12-06")
    assert manifests.open_claims(shared_claims) == ["0126300001"]


def test_shared_claims_only_mine(shared_claims):
    manifests.file_claim(shared_claims, "0126300002", "O. Vik", "2026-12-05")
    assert manifests.open_claims(shared_claims) == ["0126300002"]
