import json
from decimal import Decimal

import pytest

from shorewarden import ledger, storage


class TestRecords:
    def test_put_get(self, table):
        ledger.put_survey(table, "s-1", "spurn", Decimal("120.5"))
        assert ledger.get_survey(table, "s-1")["volume_m3"] == Decimal("120.5")

    def test_record_from_pipeline(self, table):
        ledger.record_survey(table, {"id": "s-2", "site": "spurn", "volume": 98.25})
        assert ledger.get_survey(table, "s-2")["site"] == "spurn"

    def test_survey_by_number(self, table):
        ledger.put_survey(table, "7", "cley", Decimal("3"))
        assert ledger.survey_by_number(table, 7)["site"] == "cley"

    def test_register_site(self, table):
        ledger.register_site(table, "blakeney")
        assert ledger.get_survey(table, "site#blakeney")["site"] == "blakeney"

    def test_overwrite(self, table):
        ledger.put_survey(table, "s-1", "spurn", Decimal("1"))
        ledger.put_survey(table, "s-1", "spurn", Decimal("2"))
        assert ledger.get_survey(table, "s-1")["volume_m3"] == Decimal("2")

    def test_missing_survey(self, table):
        assert ledger.get_survey(table, "s-404") is None


class TestLedgerSettings:
    def test_open_ledger(self, settings, table):
        assert ledger.get_survey(ledger.open_ledger(settings), "s-1") is None

    def test_ledger_count(self, settings, table):
        assert ledger.count_surveys(ledger.open_ledger(settings)) == 0


class TestQueries:
    def test_site_surveys(self, table):
        for number in range(40):
            ledger.put_survey(table, f"s-{number}", "spurn", Decimal(number))
        assert len(ledger.site_surveys(table, "spurn")) == 40

    def test_other_site(self, table):
        ledger.put_survey(table, "s-1", "cley", Decimal(1))
        assert [item["survey_id"] for item in ledger.site_surveys(table, "cley")] == ["s-1"]

    def test_small_site(self, table):
        for number in range(5):
            ledger.put_survey(table, f"s-{number}", "spurn", Decimal(number))
        assert len(ledger.site_surveys(table, "spurn")) == 5

    def test_count(self, table):
        ledger.put_survey(table, "s-1", "cley", Decimal(1))
        assert ledger.count_surveys(table) == 1

    def test_survey_as_json(self, table):
        ledger.put_survey(table, "s-3", "cley", Decimal("44.5"))
        item = ledger.get_survey(table, "s-3")
        assert json.loads(json.dumps(item))["site"] == "cley"


class TestArchive:
    def test_list_empty(self, archive):
        assert storage.list_surveys(archive, "shore-surveys") == []

    def test_upload(self, archive, tmp_path):
        path = tmp_path / "s-1.laz"
        path.write_bytes(b"LASF" + bytes(64))
        storage.upload_survey(archive, "shore-surveys", path, "surveys/s-1.laz")
        assert storage.list_surveys(archive, "shore-surveys") == ["surveys/s-1.laz"]

    def test_upload_two(self, archive, tmp_path):
        for name in ("a", "b"):
            path = tmp_path / f"{name}.laz"
            path.write_bytes(b"LASF")
            storage.upload_survey(archive, "shore-surveys", path, f"surveys/{name}.laz")
        assert len(storage.list_surveys(archive, "shore-surveys")) == 2


class TestFieldLaptop:
    def test_local_ledger_get(self, settings):
        assert ledger.get_survey(ledger.local_ledger(settings), "s-1") is None

    def test_local_ledger_put(self, settings):
        ledger.put_survey(ledger.local_ledger(settings), "s-1", "spurn", Decimal(1))


class TestLoad:
    @pytest.mark.parametrize("users", [10, 50, 100], ids=["10-users", "50-users", "100-users"])
    def test_many_surveys(self, table, users):
        for number in range(users):
            ledger.put_survey(table, f"s-{number}", "spurn", Decimal(number))
        assert ledger.count_surveys(table) == users
