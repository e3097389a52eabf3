import pytest

from racebib import feeds


@pytest.mark.chaos
class TestNetwork:
    def test_partner_results_feed(self):
        assert feeds.partner_feed()

    def test_mat_reads_from_slow_gateway(self, gateways):
        assert feeds.mat_reads(gateways["stall"], "30k")

    def test_mat_reads_from_old_gateway(self, gateways):
        assert feeds.mat_reads(gateways["reset"], "35k")

    def test_finish_photo_uploaded(self, gateways):
        assert feeds.upload_photo(gateways["busy"], 1001) == 201

    @pytest.mark.parametrize("messages", [10, 100, 1000], ids=lambda n: f"{n}-messages")
    def test_sms_broadcast(self, messages):
        assert feeds.broadcast(messages) == messages

    @pytest.mark.parametrize("mat", ["start", "5k", "10k", "15k", "20k", "half", "25k", "30k", "35k", "40k", "finish"])
    def test_mat_name_accepted(self, mat):
        assert f"READS {mat}\n".encode().startswith(b"READS ")

    def test_broadcast_nothing(self):
        assert feeds.broadcast(0) == 0

    def test_broadcast_one(self):
        assert feeds.broadcast(1) == 1
