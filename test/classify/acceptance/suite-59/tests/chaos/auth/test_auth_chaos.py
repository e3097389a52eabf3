import pytest

from seedvault import auth


@pytest.fixture(scope="module")
def collector_session(identity_provider):
    return auth.sign_in("col-maria", "lathyrus")


@pytest.fixture
def partner_token():
    return auth.federation_sign_in("herbarium-edinburgh")


@pytest.fixture
def offline_store():
    import hashlib
    return {name: "sha256$" + hashlib.sha256(password.encode()).hexdigest()
            for name, password in {"ines": "kew-1759", "tomas": "wakehurst-97"}.items()}


@pytest.mark.chaos
class TestAuth:
    def test_technician_signs_in(self, identity_provider):
        claims = auth.verify(auth.sign_in("tech-ada", "primula")["access_token"])
        assert claims["sub"] == "tech-ada"

    @pytest.mark.parametrize("technicians", [5, 10, 20])
    def test_sign_in_load(self, identity_provider, technicians):
        tokens = [auth.sign_in(f"tech-{n}", "primula")["access_token"] for n in range(technicians)]
        assert all(auth.verify(token)["aud"] == "seedvault-api" for token in tokens)

    def test_curator_role(self, identity_provider):
        assert auth.role(auth.verify(auth.sign_in("cur-lee", "silene")["access_token"])) == "curator"

    def test_volunteer_token_accepted(self, identity_provider):
        token = auth.volunteer_sign_in("vol-sam", "digitalis")["access_token"]
        assert auth.verify(token)["sub"] == "vol-sam"

    def test_volunteer_bench_access(self, identity_provider):
        token = auth.volunteer_sign_in("vol-kit", "digitalis")["access_token"]
        assert auth.role(auth.verify(token)) == "technician"

    def test_field_station_token(self, identity_provider):
        token = auth.station_sign_in("station-lizard")["access_token"]
        assert auth.verify(token)["sub"] == "station-lizard"

    def test_sign_out_revokes(self, collector_session):
        auth.sign_out(collector_session["refresh_token"])

    def test_session_refreshes(self, collector_session):
        fresh = auth.refresh(collector_session["refresh_token"])
        assert fresh["access_token"]

    @pytest.mark.parametrize("collector,password", [("ines", "kew-1759"), ("tomas", "wakehurst-97")])
    def test_offline_password_upgraded(self, offline_store, collector, password):
        assert auth.check_password(offline_store, collector, password)
        assert offline_store[collector].startswith("pbkdf2$")
        assert auth.check_password(offline_store, collector, password)

    def test_offline_password_wrong(self, offline_store):
        assert not auth.check_password(offline_store, "ines", "kew-1760")

    def test_partner_curator_signs_in(self, partner_token):
        assert partner_token["access_token"]

    def test_partner_reads_accession(self, partner_token):
        assert partner_token["token_type"] == "Bearer"

    @pytest.mark.parametrize("requests_made", [3])
    def test_partner_load(self, partner_token, requests_made):
        assert partner_token["expires_in"] > requests_made

    def test_token_verified_after_rotation(self, identity_provider):
        claims = auth.verify(auth.sign_in("tech-ada", "primula")["access_token"])
        assert claims["sub"] == "tech-ada"

    def test_curator_token_verified(self, identity_provider):
        assert auth.role(auth.verify(auth.sign_in("cur-lee", "silene")["access_token"])) == "curator"

    def test_refreshed_token_verified(self, identity_provider):
        first = auth.sign_in("tech-bo", "primula")
        assert auth.verify(auth.refresh(first["refresh_token"])["access_token"])["sub"] == "tech-bo"

    @pytest.mark.parametrize("roles,expected", [
        (["curator"], "curator"), (["technician"], "technician"), (["volunteer"], "volunteer"), ([], "visitor"),
        (["volunteer", "curator"], "curator"), (["visitor"], "visitor"),
    ])
    def test_role(self, roles, expected):
        assert auth.role({"roles": roles}) == expected
