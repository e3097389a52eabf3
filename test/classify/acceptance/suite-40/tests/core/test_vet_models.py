from pawstay.models import VetRecord


def test_record_from_vets_payload():
    payload = {"dog": "rex", "vaccinations": [{"name": "rabies", "given": "2026-03-01", "expires_on": "2027-03-01"}]}
    assert VetRecord(**payload).vaccinations[0].name == "rabies"
