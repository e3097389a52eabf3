from parcelwick import carriers


class TestTls:
    def test_manifest_service_trusted(self):
        assert "s_server" in carriers.fetch_secure("manifest")

    def test_customs_broker(self):
        assert "s_server" in carriers.fetch_secure("customs")

    def test_insurer_cover(self):
        assert "s_server" in carriers.fetch_secure("insurer")

    def test_bank_payouts(self):
        assert "s_server" in carriers.fetch_secure("bank")
