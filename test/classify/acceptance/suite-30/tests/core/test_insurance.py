from hoofbeat import insurance


def test_claim_operation_listed():
    assert "submitSample" in dir(insurance.insurer.service)
